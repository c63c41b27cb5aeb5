import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { createAccount, expectAccessible, logIn, waitForMail } from '../support/fixtures';
import { completeClass, createClass, day, dispose, expectSmall, person, tag, waitForCertificate } from '../support/classroom';

/**
 * Certificates in the browser, with the people who use them: a learner completes a class and finds the
 * certificate in "Mis certificados" (PDF, link to share); a visitor with no account opens that link and
 * sees it is valid; the trainer revokes it from the class's certificates page; the visitor sees it is
 * revoked. The public page and the trainer's forms also work with JavaScript off. axe checks every page.
 */

const h1 = (page: Page) => page.getByRole('heading', { level: 1 });
const COURSE_ES = 'Plan de negocio para tu emprendimiento';
const COURSE_EN = 'Business plan for your venture';

test('a learner completes a class and shares the certificate; a visitor verifies it; the trainer revokes it', async ({ browser, baseURL }) => {
  test.setTimeout(180_000);
  const trainer = await person(baseURL!, `Formadora ${tag()}`, ['trainer']);
  const learner = await person(baseURL!, `Rosa Núñez ${tag()}`);
  const cls = await createClass(trainer, { startsOn: day(0), endsOn: day(45) });
  await completeClass(learner, trainer, cls.id);
  const issued = await waitForCertificate(learner);
  expect(issued.code).toMatch(/^[A-Z2-7]{25}$/);
  expect(issued.verificationUrl).toBe(`${baseURL}/verificar/${issued.code}`);
  await waitForMail(learner.account.email, /Tu certificado de «Plan de negocio/);

  // The learner finds it from "Mi aprendizaje" and the menu.
  const learnerContext = await browser.newContext();
  const l = await learnerContext.newPage();
  await logIn(l, learner.account, '/aprendizaje');
  await expect(l.getByRole('main').getByRole('link', { name: 'Ver mi certificado' })).toHaveAttribute('href', '/certificados');
  await l.getByRole('navigation', { name: 'Menú principal' }).getByRole('link', { name: 'Mis certificados' }).click();
  await expect(l).toHaveURL(/\/certificados$/);
  await expect(h1(l)).toHaveText('Mis certificados');
  const card = l.getByRole('main').getByRole('listitem').filter({ has: l.getByRole('heading', { name: COURSE_ES }) });
  await expect(card).toContainText('Válido');
  await expect(card).toContainText(issued.codeGrouped);
  await expect(card).toContainText('Formador o formadora');
  await expect(card).toContainText(trainer.account.displayName);
  // The link to share, as text anyone can copy (no JavaScript needed) and as a link.
  await expect(card.getByRole('heading', { name: 'Enlace para compartir' })).toBeVisible();
  await expect(card.getByRole('link', { name: issued.verificationUrl })).toHaveAttribute('href', issued.verificationUrl);
  await expectAccessible(l);
  await expectSmall(await l.request.get('/certificados'));

  // The PDF downloads as a real PDF.
  const pdfLink = card.getByRole('link', { name: /Descargar el certificado en PDF/ });
  await expect(pdfLink).toHaveAttribute('href', `/api/certificates/${issued.code}/pdf`);
  const [download] = await Promise.all([l.waitForEvent('download'), pdfLink.click()]);
  expect(download.suggestedFilename()).toBe(`certificado-plan-de-negocio-${issued.code}.pdf`);
  expect(readFileSync(await download.path()).subarray(0, 5).toString()).toBe('%PDF-');

  // A visitor with no account opens the shared link: valid, and what it states.
  const visitorContext = await browser.newContext();
  const v = await visitorContext.newPage();
  const res = await v.goto(issued.verificationUrl);
  expect(res?.status()).toBe(200);
  await expectSmall(res);
  await expect(h1(v)).toHaveText('Certificado válido');
  await expect(v.getByText('Puente emitió este certificado y sigue siendo válido: no se ha revocado.')).toBeVisible();
  const facts = v.locator('dl.facts');
  await expect(facts).toContainText(learner.account.displayName);
  await expect(facts).toContainText(COURSE_ES);
  await expect(facts).toContainText(`En inglés: ${COURSE_EN}`);
  await expect(facts).toContainText(trainer.account.displayName);
  await expect(facts).toContainText(issued.codeGrouped);
  await expect(facts.getByRole('link', { name: baseURL! })).toHaveAttribute('href', baseURL!);
  await expect(v.getByRole('link', { name: 'Descargar el certificado en PDF' })).toHaveAttribute('href', `/api/certificates/${issued.code}/pdf`);
  const credentialHref = await v.getByRole('link', { name: 'Descargar la credencial firmada (JSON)' }).getAttribute('href');
  expect(credentialHref).toBe(`/api/certificates/${issued.code}/credential`);
  await expect(v.getByRole('heading', { name: 'Qué es la credencial firmada' })).toBeVisible();
  await expect(v.getByRole('main')).toContainText('Open Badges 3.0');
  await expect(v.getByRole('main')).toContainText('did:web:localhost');
  await expect(v.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
  const credential = await v.request.get(credentialHref!);
  expect(credential.status()).toBe(200);
  const vc = JSON.parse(await credential.text()) as { type: string[]; credentialSubject: { name: string } };
  expect(vc.type).toContain('OpenBadgeCredential');
  expect(vc.credentialSubject.name).toBe(learner.account.displayName);
  await expectAccessible(v);

  // The trainer revokes it from the class's certificates page, with a reason.
  const trainerContext = await browser.newContext();
  const t = await trainerContext.newPage();
  await logIn(t, trainer.account, `/mis-clases/${cls.id}`);
  await t.getByRole('navigation', { name: 'Partes de la clase' }).getByRole('link', { name: 'Certificados' }).click();
  await expect(t).toHaveURL(new RegExp(`/mis-clases/${cls.id}/certificados$`));
  await expect(h1(t)).toHaveText('Certificados');
  await expect(t.getByRole('navigation', { name: 'Partes de la clase' }).getByRole('link', { name: 'Certificados' })).toHaveAttribute('aria-current', 'page');
  await expect(t.getByText('Todas las personas que completaron el curso tienen ya su certificado.')).toBeVisible();
  const table = t.getByRole('table', { name: 'Certificados emitidos en esta clase (1)' });
  const row = table.getByRole('row', { name: new RegExp(learner.account.displayName) });
  await expect(row).toContainText('Válido');
  await expect(row.getByRole('link', { name: issued.codeGrouped })).toHaveAttribute('href', `/verificar/${issued.code}`);
  await expectAccessible(t);
  await row.getByRole('link', { name: `Revocar el certificado de ${learner.account.displayName}` }).click();
  await expect(t.getByRole('heading', { name: `Revocar el certificado de ${learner.account.displayName}` })).toBeVisible();
  await expectAccessible(t);
  await t.getByLabel('Motivo', { exact: true }).fill('La tarea entregada era copia de la de otra persona.');
  await t.getByRole('button', { name: 'Revocar el certificado', exact: true }).click();
  await expect(t.getByRole('region', { name: 'Certificados de la clase' }).getByRole('status')).toHaveText(
    `Has revocado el certificado de ${learner.account.displayName}. Le hemos enviado un correo con el motivo.`,
  );
  await expect(row).toContainText('Revocado el');
  await expect(row).toContainText('Motivo: La tarea entregada era copia de la de otra persona.');
  await expect(row.getByRole('link', { name: /^Revocar/ })).toHaveCount(0);
  const mail = await waitForMail(learner.account.email, /ha sido revocado/);
  expect(mail.text).toContain('La tarea entregada era copia de la de otra persona.');

  // The visitor reloads: revoked, still saying what it stated — but never why (that is for the holder).
  await v.reload();
  await expect(h1(v)).toHaveText('Certificado revocado');
  await expect(v.getByRole('main')).toContainText('Este certificado ya no es válido: Puente lo revocó el');
  await expect(v.getByRole('heading', { name: 'Lo que decía el certificado' })).toBeVisible();
  await expect(v.locator('dl.facts')).toContainText(learner.account.displayName);
  await expect(v.getByRole('main')).not.toContainText('copia de la de otra persona');

  // The learner sees it marked, with the reason.
  await l.reload();
  await expect(card).toContainText('Revocado');
  await expect(card).toContainText('Este certificado se revocó el');
  await expect(card).toContainText('Motivo: La tarea entregada era copia de la de otra persona.');
  await expectAccessible(l);

  // In English, the same page says so in English, with the course title in both languages.
  await visitorContext.addCookies([{ name: 'lang', value: 'en', url: baseURL! }]);
  await v.reload();
  await expect(v.locator('html')).toHaveAttribute('lang', 'en');
  await expect(h1(v)).toHaveText('Revoked certificate');
  await expect(v.locator('dl.facts')).toContainText(`${COURSE_EN}`);
  await expect(v.locator('dl.facts')).toContainText(`In Spanish: ${COURSE_ES}`);
  await expectAccessible(v);

  await Promise.all([learnerContext.close(), visitorContext.close(), trainerContext.close()]);
  await dispose(trainer, learner);
});

test('without JavaScript: the code form finds the certificate, the trainer issues for the class and revokes with a checked reason', async ({ browser, baseURL }) => {
  test.setTimeout(180_000);
  const trainer = await person(baseURL!, `Formador ${tag()}`, ['trainer']);
  const learner = await person(baseURL!, `Pablo ${tag()}`);
  const cls = await createClass(trainer, { startsOn: day(0), endsOn: day(30) });
  await completeClass(learner, trainer, cls.id);
  const issued = await waitForCertificate(learner);

  // A visitor types the code as printed, in lower case with its dashes: the form finds it.
  const visitorContext = await browser.newContext({ javaScriptEnabled: false });
  const v = await visitorContext.newPage();
  const scripts: string[] = [];
  v.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(r.url());
  });
  await v.goto('/verificar');
  await expect(h1(v)).toHaveText('Comprobar un certificado');
  await v.getByLabel('Código del certificado').fill(issued.codeGrouped.toLowerCase());
  await v.getByRole('button', { name: 'Comprobar el certificado' }).click();
  await expect(v).toHaveURL(new RegExp(`/verificar/${issued.code}$`));
  await expect(h1(v)).toHaveText('Certificado válido');
  await expect(v.locator('dl.facts')).toContainText(learner.account.displayName);
  // A reading page: no client-side app is sent at all (so it reads the same with JavaScript on, where axe checked it).
  expect(scripts).toEqual([]);

  // The trainer's page, its issue button and revoke form: ordinary form posts.
  const trainerContext = await browser.newContext({ javaScriptEnabled: false });
  const t = await trainerContext.newPage();
  await logIn(t, trainer.account, `/mis-clases/${cls.id}/certificados`);
  await expect(h1(t)).toHaveText('Certificados');

  // Issuing for the whole class again gives nobody a second certificate; the trainer follows the run with a link.
  await t.getByRole('button', { name: 'Emitir certificados para toda la clase' }).click();
  await expect(t).toHaveURL(new RegExp(`/mis-clases/${cls.id}/certificados\\?job=[0-9a-f-]{36}$`));
  const run = t.locator('.notice[role="status"]');
  await expect
    .poll(
      async () => {
        if ((await run.textContent())?.includes('Emisión terminada.')) return true;
        await t.getByRole('link', { name: 'Ver cómo va' }).click();
        return false;
      },
      { timeout: 20_000, intervals: [500] },
    )
    .toBe(true);
  await expect(run).toContainText('Emitidos: 0 · Ya lo tenían: 1 · Con error: 0 · Total: 1');
  await expect(t.locator('meta[http-equiv="refresh"]')).toHaveCount(0);
  await expectAccessible(t, { javaScriptEnabled: false });
  expect((await learner.api.get('/api/me/certificates').then((r) => r.json())) as unknown[]).toHaveLength(1);

  const row = t.getByRole('row', { name: new RegExp(learner.account.displayName) });
  await row.getByRole('link', { name: /^Revocar/ }).click();
  await expect(t).toHaveURL(new RegExp(`\\?revocar=${issued.code}#revocar$`));
  // Two letters once trimmed: the browser lets it through, the server says what is wrong, on the field.
  await t.getByLabel('Motivo', { exact: true }).fill('   ab   ');
  await t.getByRole('button', { name: 'Revocar el certificado', exact: true }).click();
  await expect(t.locator('.error-summary')).toContainText('Hay un problema');
  await expect(t.locator('.error-summary').getByRole('link')).toHaveText(['Escribe el motivo, de 3 a 500 caracteres.']);
  await expect(t.locator('#revoke-reason-error')).toHaveText('Escribe el motivo, de 3 a 500 caracteres.');
  await expect(t.getByLabel('Motivo', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await expect(t.getByLabel('Motivo', { exact: true })).toHaveValue('ab');
  await expectAccessible(t, { javaScriptEnabled: false });
  expect((await (await v.request.get(`/api/certificates/${issued.code}`)).json()).status).toBe('valid');

  await t.getByLabel('Motivo', { exact: true }).fill('Se emitió por error: no completó la tarea final.');
  await t.getByRole('button', { name: 'Revocar el certificado', exact: true }).click();
  await expect(t).toHaveURL(new RegExp(`\\?revocado=${issued.code}#certificados$`));
  await expect(t.getByRole('region', { name: 'Certificados de la clase' }).getByRole('status')).toContainText(`Has revocado el certificado de ${learner.account.displayName}.`);
  await expect(row).toContainText('Motivo: Se emitió por error: no completó la tarea final.');

  await v.reload();
  await expect(h1(v)).toHaveText('Certificado revocado');

  await Promise.all([visitorContext.close(), trainerContext.close()]);
  await dispose(trainer, learner);
});

test('an unknown code is a 404 page that helps to try again; a mistyped code is told what is wrong', async ({ page, context, baseURL }) => {
  const res = await page.goto('/verificar/AAAAAAAAAAAAAAAAAAAAAAAAA');
  expect(res?.status()).toBe(404);
  await expect(h1(page)).toHaveText('No hay ningún certificado con este código');
  await expect(page.getByRole('main')).toContainText('Comprueba que has copiado los 25 caracteres del código');
  await expect(page.getByLabel('Código del certificado')).toHaveValue('AAAAAAAAAAAAAAAAAAAAAAAAA');
  await expectAccessible(page);

  // The form again: too short, then a digit that never appears in a code; what was typed stays.
  await page.getByLabel('Código del certificado').fill('ABCDE-FGHIJ');
  await page.getByRole('button', { name: 'Comprobar el certificado' }).click();
  await expect(page).toHaveURL(/\/verificar\?codigo=ABCDE-FGHIJ$/);
  await expect(page.locator('#codigo-error')).toHaveText('El código tiene 25 letras y números, y has escrito 10. Comprueba que lo has copiado entero.');
  await expect(page.getByLabel('Código del certificado')).toHaveValue('ABCDE-FGHIJ');
  await expect(page.getByLabel('Código del certificado')).toHaveAttribute('aria-invalid', 'true');
  await expectAccessible(page);
  await page.getByLabel('Código del certificado').fill('ABCDE-FGHIJ-KLMN0-PQRST-UVWXY');
  await page.getByRole('button', { name: 'Comprobar el certificado' }).click();
  await expect(page.locator('#codigo-error')).toContainText('nunca lleva 0, 1, 8 ni 9');

  // A well-formed code typed by hand goes to its one address, and is a 404 there too.
  await page.getByLabel('Código del certificado').fill('bbbbb bbbbb bbbbb bbbbb bbbbb');
  await page.getByRole('button', { name: 'Comprobar el certificado' }).click();
  await expect(page).toHaveURL(/\/verificar\/BBBBBBBBBBBBBBBBBBBBBBBBB$/);
  await expect(h1(page)).toHaveText('No hay ningún certificado con este código');
  const typed = await page.goto('/verificar/bbbbb-bbbbb-bbbbb-bbbbb-bbbbb');
  expect(typed?.status()).toBe(404);
  await expect(page).toHaveURL(/\/verificar\/BBBBBBBBBBBBBBBBBBBBBBBBB$/);
  // Not even the shape of a code.
  expect((await page.goto('/verificar/no-es-un-codigo'))?.status()).toBe(404);

  await context.addCookies([{ name: 'lang', value: 'en', url: baseURL! }]);
  const en = await page.goto('/verificar/AAAAAAAAAAAAAAAAAAAAAAAAA');
  expect(en?.status()).toBe(404);
  await expect(h1(page)).toHaveText('There is no certificate with this code');
  await expect(page.getByLabel('Certificate code')).toBeVisible();
  await expectAccessible(page);

  // Email verification keeps its own page next to it.
  await page.goto('/verificar-correo');
  await expect(h1(page)).toHaveText('Confirm your email');
});

test('a learner with no certificate is told how to earn one; the pages are only for who may see them', async ({ page, context, baseURL }) => {
  // Logged out: the login page, coming back afterwards.
  await page.goto('/certificados');
  await expect(page).toHaveURL(/\/entrar\?next=%2Fcertificados$/);

  const learner = await createAccount(baseURL!, { displayName: `Sin certificado ${tag()}`, tag: 'sincert' });
  await logIn(page, learner, '/certificados');
  await expect(h1(page)).toHaveText('Mis certificados');
  await expect(page.getByText('Todavía no tienes ningún certificado.')).toBeVisible();
  await expect(page.getByRole('main').getByRole('link', { name: 'Ir a Mi aprendizaje' })).toHaveAttribute('href', '/aprendizaje');
  await expect(page.getByRole('main').getByRole('link', { name: 'Ver los cursos' })).toHaveAttribute('href', '/cursos');
  await expectAccessible(page);

  // A learner cannot open a class's certificates page, nor can another trainer.
  const owner = await person(baseURL!, `Dueña ${tag()}`, ['trainer']);
  const cls = await createClass(owner);
  expect((await page.goto(`/mis-clases/${cls.id}/certificados`))?.status()).toBe(403);
  const post = await page.request.post(`/mis-clases/${cls.id}/certificados?/emitir`, { form: {}, headers: { origin: new URL(baseURL!).origin } });
  expect(post.status()).toBe(403);

  await context.addCookies([{ name: 'lang', value: 'en', url: baseURL! }]);
  await page.goto('/certificados');
  await expect(h1(page)).toHaveText('My certificates');
  await expect(page.getByText('You do not have any certificates yet.')).toBeVisible();
  await expectAccessible(page);
  await dispose(owner);
});
