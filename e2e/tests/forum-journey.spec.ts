import { expect, test, type Page } from '@playwright/test';
import { tag } from '../support/classroom';
import { expectAccessible, linkFrom, logIn, waitForMail } from '../support/fixtures';
import { answer, ask, categoryId, counsellor, disposeAll, member, moderator, VALID_NIE } from '../support/forum';

/**
 * The legal-counselling forum as the public and askers use it, in a real Chromium against the real app: an
 * anonymous question whose NIE is masked after a review, a counsellor who takes it and answers with the
 * badge, the asker accepting the answer; with and without JavaScript. Then what must never happen: the
 * asker's name or email in any page someone else gets, and a script in a title or a text running.
 */

const h1 = (page: Page) => page.getByRole('heading', { level: 1 });
const main = (page: Page) => page.getByRole('main');
const errorSummary = (page: Page) => page.locator('.error-summary');
/** The value next to a label in a list of facts (`<dl class="facts">`). */
const fact = (page: Page, label: string) => page.locator(`dl.facts dt:text-is("${label}") + dd`);
const answers = (page: Page) => page.locator('article.answer');
const uuid = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const PSEUDONYM = /^Preguntado por Persona [A-HJ-NP-Z2-9]{4}$/;

/** One h1, the page's lang, axe, and (for a page reached by GET) its size as served. */
async function checkPage(page: Page, opts: { javaScriptEnabled?: boolean; size?: boolean } = {}): Promise<void> {
  await expect(page.locator('h1')).toHaveCount(1);
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expect(page.locator('.forum-disclaimer')).toContainText('Las respuestas son información general, no asesoramiento legal.');
  await expectAccessible(page, { javaScriptEnabled: opts.javaScriptEnabled });
  if (opts.size !== false) {
    const res = await page.request.get(page.url());
    expect(res.status(), page.url()).toBe(200);
    expect((await res.body()).length, `${page.url()} HTML size`).toBeLessThan(30_000);
  }
}

test('an asker asks anonymously without JavaScript; the NIE is masked after a review; a counsellor takes and answers it; the asker accepts the answer', async ({ browser, baseURL }) => {
  // Three people in their own browsers, and axe on every page they see.
  test.setTimeout(150_000);
  const t = tag();
  const asker = await member(baseURL!, `Rosa Guamán ${t}`);
  const other = await member(baseURL!, `Pedro Vecino ${t}`);
  const credential = `Abogada, Ilustre Colegio de la Abogacía de Madrid n.º ${t}`;
  const lawyer = await counsellor(baseURL!, `Abogada Marta ${t}`, credential);
  const colleague = await counsellor(baseURL!, `Abogado Luis ${t}`, 'Abogado, Colegio de la Abogacía de Murcia');
  const askerContext = await browser.newContext({ javaScriptEnabled: false });
  const lawyerContext = await browser.newContext({ javaScriptEnabled: false });
  const colleagueContext = await browser.newContext({ javaScriptEnabled: false });
  const check = (p: Page, size = true) => checkPage(p, { javaScriptEnabled: false, size });
  try {
    // ── A visitor reads the forum and is sent to log in to ask, coming back to the form. ─────────────────
    const page = await askerContext.newPage();
    await page.goto('/');
    await page.getByRole('navigation', { name: 'Menú principal' }).getByRole('link', { name: 'Foro' }).click();
    await expect(page).toHaveURL(/\/foro$/);
    await expect(h1(page)).toHaveText('Foro de orientación legal');
    const papers = main(page).locator('.categories > li').filter({ hasText: 'Residencia y papeles' });
    await expect(papers).toContainText('Anónimas por defecto');
    await expect(main(page).locator('.categories > li').filter({ hasText: 'Nacionalidad' })).not.toContainText('Anónimas por defecto');
    await check(page);
    await main(page).getByRole('link', { name: 'Haz una pregunta' }).click();
    await expect(page).toHaveURL(/\/entrar\?next=%2Fforo%2Fpreguntar$/);
    await page.getByLabel('Correo electrónico').fill(asker.account.email);
    await page.getByLabel('Contraseña').fill(asker.account.password);
    await main(page).getByRole('button', { name: 'Entrar' }).click();
    await expect(page).toHaveURL(/\/foro\/preguntar$/);
    await expect(h1(page)).toHaveText('Haz una pregunta');
    // No category chosen yet: anonymous.
    await expect(page.getByLabel('Anónima, con un seudónimo')).toBeChecked();
    await check(page);

    // ── The question, with a NIE in it: the review says what will be hidden, and nothing is stored yet. ──
    const title = `Renovar la residencia con el contrato vencido ${t}`;
    const body = `Mi NIE es ${VALID_NIE} y mi contrato terminó hace dos meses. ¿Puedo renovar la autorización de residencia si ahora cobro el paro?`;
    await page.getByLabel('Categoría').selectOption({ label: 'Residencia y papeles (anónimas por defecto)' });
    await page.getByLabel('España').check();
    await page.getByLabel('Título de tu pregunta').fill(title);
    await page.getByLabel('Tu pregunta', { exact: true }).fill(body);
    await page.getByLabel('Residencia', { exact: true }).check();
    await page.getByRole('button', { name: 'Enviar la pregunta' }).click();
    const review = main(page).locator('section.review');
    await expect(review.getByRole('heading', { name: 'Revisa antes de publicar' })).toBeVisible();
    const masked = review.getByRole('table', { name: 'Lo que vamos a ocultar' });
    await expect(masked.getByRole('row')).toHaveCount(2);
    await expect(masked.getByRole('row').nth(1).getByRole('cell')).toHaveText(['Texto', VALID_NIE, '[NIE oculto]', /NIE/]);
    await expect(review.locator('.as-published')).toContainText(`Mi NIE es [NIE oculto] y mi contrato`);
    await expect(review.locator('.as-published')).not.toContainText(VALID_NIE);
    await expect(review.locator('.as-published')).toContainText(title);
    // The page echoes what was typed to its author only: never into a cache.
    await check(page, false);
    const mine = await page.request.get('/api/forum/questions/mine');
    expect(await mine.json()).toEqual([]);

    // "Volver a editar" brings back the form as it was typed; sending it again gives the same review.
    await review.getByRole('button', { name: 'Volver a editar' }).click();
    await expect(page.getByLabel('Título de tu pregunta')).toHaveValue(title);
    await expect(page.getByLabel('Tu pregunta', { exact: true })).toHaveValue(body);
    await expect(page.getByLabel('España')).toBeChecked();
    await expect(page.getByLabel('Residencia', { exact: true })).toBeChecked();
    await expect(page.getByLabel('Anónima, con un seudónimo')).toBeChecked();
    await page.getByRole('button', { name: 'Enviar la pregunta' }).click();
    await review.getByRole('button', { name: 'Publicar así' }).click();

    await expect(page).toHaveURL(new RegExp(`/foro/preguntas/(${uuid})\\?hecho=publicada$`));
    const questionUrl = page.url().replace(/\?.*$/, '');
    const questionPath = new URL(questionUrl).pathname;
    await expect(page.getByRole('status')).toHaveText('Tu pregunta está publicada. Te avisaremos por correo cuando alguien responda.');
    await expect(h1(page)).toHaveText(title);
    await expect(main(page).locator('.asker')).toHaveText(PSEUDONYM);
    const pseudonym = (await main(page).locator('.asker').textContent())!.replace('Preguntado por ', '');
    await expect(main(page)).toContainText('Mi NIE es [NIE oculto]');
    await expect(main(page)).not.toContainText(VALID_NIE);
    expect(await page.content()).not.toContain(VALID_NIE);
    await expect(fact(page, 'Categoría')).toHaveText('Residencia y papeles');
    await expect(fact(page, 'País')).toHaveText('España');
    await expect(fact(page, 'Estado')).toHaveText('Sin respuestas');
    await expect(fact(page, 'Temas')).toHaveText('Residencia');
    // The author does not report their own question.
    await expect(page.getByText('Denunciar la pregunta')).toHaveCount(0);
    await check(page);

    // My questions: the anonymous one, with its pseudonym, for the author alone.
    await page.goto('/foro/mis-preguntas');
    const listed = main(page).locator('.questions > li').filter({ hasText: title });
    await expect(listed).toContainText('Publicada');
    await expect(listed).toContainText(`Anónima, como ${pseudonym}`);
    await check(page);

    // ── A counsellor takes it; a second one is told who has it. ───────────────────────────────────────────
    const lawyerPage = await lawyerContext.newPage();
    await logIn(lawyerPage, lawyer.account, questionPath);
    await expect(main(lawyerPage).locator('.asker')).toHaveText(`Preguntado por ${pseudonym}`);
    await lawyerPage.getByRole('button', { name: 'Me encargo yo' }).click();
    await expect(lawyerPage).toHaveURL(new RegExp(`${questionPath}\\?hecho=encargada#asesoria$`));
    await expect(lawyerPage.getByRole('status')).toHaveText('Te encargas tú: la pregunta queda reservada para ti durante 24 horas.');
    await check(lawyerPage);
    const colleaguePage = await colleagueContext.newPage();
    await logIn(colleaguePage, colleague.account, questionPath);
    await colleaguePage.getByRole('button', { name: 'Me encargo yo' }).click();
    await expect(errorSummary(colleaguePage)).toContainText(`${lawyer.account.displayName} ya se está encargando de esta pregunta.`);
    await check(colleaguePage, false);

    // Meanwhile another member answers (through the API), then the counsellor answers in the page.
    const neighbourAnswer = await answer(other, questionPath.split('/').pop()!, 'A mí me la renovaron cobrando el paro, pero tardaron tres meses.');
    const advice =
      'Sí, en general se puede renovar si **cobras una prestación contributiva** por desempleo. Lleva el certificado del SEPE a la cita.';
    await lawyerPage.goto(questionPath);
    await lawyerPage.getByLabel('Escribe tu respuesta').fill(advice);
    await lawyerPage.getByRole('button', { name: 'Publicar la respuesta' }).click();
    await expect(lawyerPage).toHaveURL(new RegExp(`${questionPath}\\?hecho=respondida#respuesta-${uuid}$`));
    const answerId = /#respuesta-(.+)$/.exec(lawyerPage.url())![1];
    await expect(lawyerPage.getByRole('status')).toHaveText('Tu respuesta está publicada.');
    const lawyerAnswer = lawyerPage.locator(`#respuesta-${answerId}`);
    await expect(lawyerAnswer).toContainText(lawyer.account.displayName);
    await expect(lawyerAnswer.locator('.credential')).toHaveText(`Asesoría verificada — ${credential}`);
    await expect(lawyerAnswer.locator('strong', { hasText: 'cobras una prestación contributiva' })).toBeVisible();
    // The counsellor's answer comes before the member's.
    await expect(answers(lawyerPage)).toHaveCount(2);
    await expect(answers(lawyerPage).first()).toHaveAttribute('id', `respuesta-${answerId}`);
    await expect(lawyerPage.getByRole('button', { name: 'Me encargo yo' })).toHaveCount(0);
    await check(lawyerPage);

    // ── The asker follows the mail's link to the answer and accepts it. ────────────────────────────────────
    const mail = await waitForMail(asker.account.email, /Una persona asesora ha respondido a tu pregunta/);
    const link = linkFrom(mail, questionPath);
    expect(link).toMatch(new RegExp(`${questionPath}#respuesta-${answerId}$`));
    await page.goto(link);
    const accepted = page.locator(`#respuesta-${answerId}`);
    await accepted.getByRole('button', { name: 'Marcar como respuesta aceptada' }).click();
    await expect(page).toHaveURL(new RegExp(`${questionPath}\\?hecho=aceptada#respuesta-${answerId}$`));
    await expect(page.getByRole('status')).toHaveText('Respuesta marcada como aceptada.');
    await expect(answers(page).first()).toHaveAttribute('id', `respuesta-${answerId}`);
    await expect(answers(page).first().locator('.accepted')).toHaveText('✓ Respuesta aceptada');
    await expect(answers(page).nth(1)).toHaveAttribute('id', `respuesta-${neighbourAnswer}`);
    await expect(answers(page).nth(1).locator('.accepted')).toHaveCount(0);
    await expect(fact(page, 'Estado')).toHaveText('Resuelta');
    await expect(page.getByRole('button', { name: 'Marcar como respuesta aceptada' })).toHaveCount(1);
    await check(page);

    // The list shows it resolved, answered by a counsellor.
    await page.goto(`/foro?q=${encodeURIComponent(t)}`);
    const item = main(page).locator('.questions > li').filter({ hasText: title });
    await expect(item).toContainText(`Preguntado por ${pseudonym}`);
    await expect(item).toContainText('Resuelta · 2 respuestas');
    await expect(item).toContainText('Respondida por asesoría');
    await check(page);
  } finally {
    await askerContext.close();
    await lawyerContext.close();
    await colleagueContext.close();
    await disposeAll(asker, other, lawyer, colleague);
  }
});

test('asking with JavaScript: the problems take the focus, then a review of the phone number, then the question', async ({ browser, baseURL }) => {
  test.setTimeout(60_000);
  const t = tag();
  const asker = await member(baseURL!, `Carmen Quito ${t}`);
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await logIn(page, asker.account, '/foro/preguntar?categoria=nacionalidad');
    // A category where questions carry a name by default, chosen by the link.
    await expect(page.getByLabel('Categoría')).toHaveValue(await categoryId(baseURL!, 'nacionalidad'));
    await expect(page.getByLabel('Con mi nombre')).toBeChecked();
    const title = `Plazo de la nacionalidad con estudios en España ${t}`;
    await page.getByLabel('Ecuador').check();
    await page.getByLabel('Título de tu pregunta').fill(title);
    await page.getByRole('button', { name: 'Enviar la pregunta' }).click();
    await expect(errorSummary(page)).toBeFocused();
    await expect(errorSummary(page).getByRole('link')).toHaveText(['Explica tu pregunta con 20 a 10 000 caracteres.']);
    await expect(page.getByLabel('Título de tu pregunta')).toHaveValue(title);
    await expect(page.getByLabel('Ecuador')).toBeChecked();

    await page.getByLabel('Anónima, con un seudónimo').check();
    await page.getByLabel('Tu pregunta', { exact: true }).fill('Estudié el bachillerato en España. ¿Me reducen el plazo de residencia para pedir la nacionalidad? Mi móvil es 612 345 678.');
    await page.getByRole('button', { name: 'Enviar la pregunta' }).click();
    const review = main(page).locator('section.review');
    await expect(review.getByRole('heading', { name: 'Revisa antes de publicar' })).toBeFocused();
    await expect(review.getByRole('row').nth(1).getByRole('cell')).toHaveText(['Texto', '612 345 678', '[teléfono oculto]', /teléfono/i]);
    await checkPage(page, { size: false });
    await review.getByRole('button', { name: 'Publicar así' }).click();

    await expect(page).toHaveURL(new RegExp(`/foro/preguntas/${uuid}\\?hecho=publicada$`));
    await expect(h1(page)).toHaveText(title);
    await expect(main(page).locator('.asker')).toHaveText(PSEUDONYM);
    await expect(main(page)).toContainText('Mi móvil es [teléfono oculto].');
    await expect(fact(page, 'País')).toHaveText('Ecuador');
    await expect(fact(page, 'Categoría')).toHaveText('Nacionalidad');
    await checkPage(page);
  } finally {
    await context.close();
    await disposeAll(asker);
  }
});

test('a form sent empty or too short shows each problem next to its field, in Spanish; the new-account limit is said above the form', async ({ browser, baseURL }) => {
  const asker = await member(baseURL!, `Luis Guayas ${tag()}`);
  const context = await browser.newContext({ javaScriptEnabled: false });
  try {
    const page = await context.newPage();
    await logIn(page, asker.account, '/foro/preguntar');
    await page.getByRole('button', { name: 'Enviar la pregunta' }).click();
    const problems = ['Elige una categoría.', 'Elige el país al que se refiere tu consulta.', 'Escribe un título de 10 a 200 caracteres.', 'Explica tu pregunta con 20 a 10 000 caracteres.'];
    await expect(errorSummary(page).getByRole('link')).toHaveText(problems);
    await expect(page.locator('#categoryId-error')).toHaveText(problems[0]);
    await expect(page.locator('#country-error')).toHaveText(problems[1]);
    await expect(page.locator('#title-error')).toHaveText(problems[2]);
    await expect(page.locator('#body-error')).toHaveText(problems[3]);
    await expect(page.getByLabel('Título de tu pregunta')).toHaveAttribute('aria-invalid', 'true');
    await checkPage(page, { javaScriptEnabled: false, size: false });

    // Too short, and too many topics: the rest is kept as typed.
    await page.getByLabel('Categoría').selectOption({ label: 'Otras consultas' });
    await page.getByLabel('Otro país').check();
    await page.getByLabel('Título de tu pregunta').fill('¿Y esto?');
    await page.getByLabel('Tu pregunta', { exact: true }).fill('Es corta.');
    for (const topic of ['Visados', 'Residencia', 'Remesas', 'Trabajo', 'Familia', 'Salud']) await page.getByLabel(topic, { exact: true }).check();
    await page.getByRole('button', { name: 'Enviar la pregunta' }).click();
    await expect(errorSummary(page).getByRole('link')).toHaveText([problems[2], problems[3], 'Elige como máximo 5 temas.']);
    await expect(page.getByLabel('Categoría')).toHaveValue(await categoryId(baseURL!, 'otras-consultas'));
    await expect(page.getByLabel('Otro país')).toBeChecked();
    await expect(page.getByLabel('Tu pregunta', { exact: true })).toHaveValue('Es corta.');
    await expect(page.getByLabel('Salud', { exact: true })).toBeChecked();
    expect(await (await page.request.get('/api/forum/questions/mine')).json()).toEqual([]);

    // A new account asks at most three questions a day: the fourth is refused with the API's own words.
    const others = await categoryId(baseURL!, 'otras-consultas');
    for (let i = 1; i <= 3; i++) await ask(asker, { categoryId: others, title: `Pregunta de prueba número ${i}`, body: 'Una pregunta de prueba para llegar al límite diario.' });
    await page.getByLabel('Título de tu pregunta').fill('¿Cuántas preguntas puedo hacer al día?');
    await page.getByLabel('Tu pregunta', { exact: true }).fill('Quiero saber cuántas preguntas puede hacer una cuenta nueva.');
    await page.getByLabel('Salud', { exact: true }).uncheck();
    await page.getByRole('button', { name: 'Enviar la pregunta' }).click();
    await expect(errorSummary(page)).toContainText(/Las cuentas nuevas pueden hacer 3 preguntas al día\. Podrás hacer otra dentro de \d+ minutos\./);
    await expect(page.getByLabel('Título de tu pregunta')).toHaveValue('¿Cuántas preguntas puedo hacer al día?');
  } finally {
    await context.close();
    await disposeAll(asker);
  }
});

test('a question held by a watched word waits for moderation: its author sees it and why, nobody else does', async ({ browser, baseURL }) => {
  test.setTimeout(60_000);
  const t = tag();
  const mod = await moderator(baseURL!, `Moderadora ${t}`);
  const asker = await member(baseURL!, `Jacinto Loja ${t}`);
  // A word of this test alone, so no other question is held by it.
  const word = `retener${t}`;
  const added = await mod.api.post('/api/forum/watched-words', { data: { word, action: 'review' } });
  expect(added.status()).toBe(201);
  const wordId = (await added.json()).id as string;
  const context = await browser.newContext({ javaScriptEnabled: false });
  try {
    const page = await context.newPage();
    await logIn(page, asker.account, '/foro/preguntar?categoria=otras-consultas');
    const title = `Una consulta con la palabra ${word} en el título`;
    await page.getByLabel('España').check();
    await page.getByLabel('Título de tu pregunta').fill(title);
    await page.getByLabel('Tu pregunta', { exact: true }).fill('¿Qué pasa con una pregunta que moderación tiene que revisar antes de publicarla?');
    await page.getByRole('button', { name: 'Enviar la pregunta' }).click();
    await expect(page).toHaveURL(/\/foro\/mis-preguntas\?hecho=retenida$/);
    await expect(page.getByRole('status')).toHaveText('Recibimos tu pregunta. Moderación tiene que revisarla antes de publicarla; mientras tanto, solo la ves tú.');
    const listed = main(page).locator('.questions > li').filter({ hasText: title });
    await expect(listed).toContainText('Esperando moderación');
    await checkPage(page, { javaScriptEnabled: false });
    expect((await page.request.get('/foro/mis-preguntas')).headers()['cache-control']).toBe('private, no-store');
    await listed.getByRole('link', { name: title }).click();
    await expect(h1(page)).toHaveText(title);
    await expect(main(page).locator('.notice--error')).toHaveText('Tu pregunta espera a que moderación la revise. Mientras tanto, solo la ves tú.');
    // The watched word is the moderators' business: not shown.
    await expect(main(page).locator('.notice--error')).not.toContainText(word);
    await checkPage(page, { javaScriptEnabled: false });

    // Not listed, and not a page, for anyone else.
    const visitor = await browser.newContext({ javaScriptEnabled: false });
    try {
      const res = await visitor.request.get(new URL(page.url()).pathname);
      expect(res.status()).toBe(404);
      expect(await res.text()).not.toContain(word);
      expect(await (await visitor.request.get(`/foro?q=${word}`)).text()).not.toContain(title);
    } finally {
      await visitor.close();
    }
  } finally {
    await context.close();
    expect((await mod.api.delete(`/api/forum/watched-words/${wordId}`)).status()).toBe(204);
    await disposeAll(mod, asker);
  }
});

test('an anonymous question never shows who asked: not to a visitor, another member nor a counsellor', async ({ browser, baseURL }) => {
  test.setTimeout(90_000);
  const t = tag();
  // Someone with a name nobody else has, whose question is anonymous.
  const asker = await member(baseURL!, `Zoila Quishpe Filtración ${t}`);
  const other = await member(baseURL!, `Otra Persona ${t}`);
  const lawyer = await counsellor(baseURL!, `Asesora Elena ${t}`, 'Servicio jurídico de la Asociación Rumiñahui');
  const word = `desahucio${t}`;
  const id = await ask(asker, { categoryId: await categoryId(baseURL!, 'derechos-y-discriminacion'), title: `Me quieren echar del piso sin contrato, ${word}`, body: 'Vivo en una habitación sin contrato y la dueña me dice que me vaya esta semana. ¿Qué puedo hacer?' });
  // The asker also answers in their own thread; the counsellor answers too.
  await answer(asker, id, 'Añado que pago cada mes en efectivo y no me da recibo.');
  await answer(lawyer, id, 'Aunque no haya contrato escrito, si pagas una renta hay un arrendamiento: no pueden echarte sin un juicio.');
  const secrets = [asker.account.displayName, asker.account.email, asker.account.id];
  const paths = ['/foro', `/foro?q=${encodeURIComponent(word)}`, '/foro?categoria=derechos-y-discriminacion', `/foro/preguntas/${id}`, `/foro/preguntas/${id}/__data.json`];

  const visitor = await browser.newContext({ javaScriptEnabled: false });
  const memberContext = await browser.newContext({ javaScriptEnabled: false });
  const lawyerContext = await browser.newContext({ javaScriptEnabled: false });
  try {
    await logIn(await memberContext.newPage(), other.account, '/foro');
    await logIn(await lawyerContext.newPage(), lawyer.account, '/foro');
    for (const [who, context] of [['visitor', visitor], ['member', memberContext], ['counsellor', lawyerContext]] as const) {
      for (const path of paths) {
        const res = await context.request.get(path);
        expect(res.status(), `${who} ${path}`).toBe(200);
        const html = await res.text();
        for (const secret of secrets) expect(html.includes(secret), `${who} ${path} shows ${secret}`).toBe(false);
        if (!path.endsWith('.json')) expect(html, `${who} ${path}`).toContain(`Me quieren echar del piso sin contrato, ${word}`);
        // Pages for a logged-in person are theirs alone.
        if (who !== 'visitor') expect(res.headers()['cache-control'], `${who} ${path}`).toBe('private, no-store');
      }
    }
    // In the page, the asker's answer carries the question's pseudonym and the "person who asked" mark.
    const page = await visitor.newPage();
    await page.goto(`/foro/preguntas/${id}`);
    const pseudonym = (await main(page).locator('.asker').textContent())!.replace('Preguntado por ', '');
    expect(pseudonym).toMatch(/^Persona [A-HJ-NP-Z2-9]{4}$/);
    const own = answers(page).filter({ hasText: 'pago cada mes en efectivo' });
    await expect(own.locator('.by')).toContainText(pseudonym);
    await expect(own.locator('.by')).toContainText('Quien pregunta');
    await expect(main(page).getByRole('link', { name: 'Entra para responder' })).toBeVisible();
    await expect(page.getByText('Denunciar la pregunta')).toHaveCount(0);

    // A member reports the question once; a second report is refused with the API's words.
    const memberPage = await memberContext.newPage();
    await memberPage.goto(`/foro/preguntas/${id}`);
    await memberPage.getByText('Denunciar la pregunta').click();
    await memberPage.locator('#denunciar-pregunta').getByLabel('Motivo').selectOption({ label: 'No tiene que ver con el foro' });
    await memberPage.locator('#denunciar-pregunta').getByRole('button', { name: 'Enviar la denuncia' }).click();
    await expect(memberPage.getByRole('status')).toHaveText('Gracias por avisar. Moderación revisará la publicación.');
    await memberPage.getByText('Denunciar la pregunta').click();
    await memberPage.locator('#denunciar-pregunta').getByLabel('Motivo').selectOption({ label: 'Publicidad o spam' });
    await memberPage.locator('#denunciar-pregunta').getByRole('button', { name: 'Enviar la denuncia' }).click();
    await expect(memberPage.locator('#denunciar-pregunta .error-summary')).toContainText('Ya denunciaste esta publicación; moderación la revisará.');
    await expect(memberPage.locator('#denunciar-pregunta details')).toHaveAttribute('open', '');
  } finally {
    await visitor.close();
    await memberContext.close();
    await lawyerContext.close();
    await disposeAll(asker, other, lawyer);
  }
});

test('the list is searched and filtered with a plain form, twenty questions a page, and stays small', async ({ browser, baseURL }) => {
  test.setTimeout(60_000);
  const t = tag();
  // A counsellor asks them all: trusted accounts are not held to the new-account limits.
  const by = await counsellor(baseURL!, `Asesora Listas ${t}`, 'Servicio jurídico de prueba');
  const family = await categoryId(baseURL!, 'reagrupacion-familiar');
  const word = `reagrupar${t}`;
  for (let i = 1; i <= 21; i++) {
    await ask(by, {
      categoryId: family,
      country: i === 21 ? 'EC' : 'ES',
      title: `Pregunta ${i} sobre cómo ${word} a mi madre y a mis dos hijos menores que viven en Guayaquil con su abuela`,
      body: 'Llevo cuatro años con residencia en España y quiero traer a mi madre y a mis hijos. ¿Qué ingresos me piden y cuánto tarda el visado? '.repeat(3),
      tags: ['family', 'visas', 'residence'],
    });
  }
  const context = await browser.newContext({ javaScriptEnabled: false });
  try {
    const page = await context.newPage();
    await page.goto('/foro');
    await page.getByLabel('Buscar en las preguntas').fill(word);
    await page.getByLabel('Categoría', { exact: true }).selectOption({ label: 'Reagrupación familiar' });
    await page.getByRole('button', { name: 'Buscar', exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`/foro\\?q=${word}&categoria=reagrupacion-familiar&estado=&pais=&tema=$`));
    const items = main(page).locator('.questions > li');
    await expect(items).toHaveCount(20);
    await expect(page.getByLabel('Buscar en las preguntas')).toHaveValue(word);
    await expect(page.getByLabel('Categoría', { exact: true })).toHaveValue('reagrupacion-familiar');
    await checkPage(page, { javaScriptEnabled: false });
    const pages = main(page).getByRole('navigation', { name: 'Páginas de preguntas' });
    await pages.getByRole('link', { name: 'Página siguiente' }).click();
    await expect(page).toHaveURL(new RegExp(`/foro\\?q=${word}&categoria=reagrupacion-familiar&pagina=2$`));
    await expect(items).toHaveCount(1);
    await expect(h1(page)).toHaveText('Foro de orientación legal');
    await expect(page).toHaveTitle('Foro de orientación legal, página 2 · Puente');
    await pages.getByRole('link', { name: 'Página anterior' }).click();
    await expect(items).toHaveCount(20);
    // A page past the end does not exist.
    expect((await page.request.get(`/foro?q=${word}&pagina=3`)).status()).toBe(404);

    // Filters combine: the one about Ecuador; none of them is resolved.
    await page.getByLabel('País').selectOption({ label: 'Ecuador' });
    await page.getByRole('button', { name: 'Buscar', exact: true }).click();
    await expect(items).toHaveCount(1);
    await expect(items).toContainText(`Pregunta 21 sobre cómo ${word}`);
    await expect(items.locator('.hint')).toHaveText(/·\s+Sin respuestas\s*$/);
    await page.getByLabel('Estado').selectOption({ label: 'Resuelta' });
    await page.getByRole('button', { name: 'Buscar', exact: true }).click();
    await expect(main(page).getByRole('status')).toContainText('No hay preguntas con estos filtros.');
    await main(page).getByRole('link', { name: 'Ver todas las preguntas' }).click();
    await expect(page).toHaveURL(/\/foro$/);
  } finally {
    await context.close();
    await disposeAll(by);
  }
});

test('a script in a question or an answer is shown as text and never runs', async ({ browser, baseURL }) => {
  test.setTimeout(60_000);
  const t = tag();
  // A counsellor asks here: trusted accounts are not held to the new-account limits.
  const writer = await counsellor(baseURL!, `Asesor Pruebas ${t}`, 'Asesoría jurídica de prueba');
  const attack = `<script>alert(1)</script> <img src=x onerror=alert(2)>`;
  const title = `${attack} ¿Sirve el padrón? ${t}`;
  const id = await ask(writer, {
    categoryId: await categoryId(baseURL!, 'otras-consultas'),
    title,
    body: `${attack}\n\nMira [esta guía](javascript:alert(3)) sobre el padrón y <a href="javascript:alert(4)">este enlace</a>.`,
  });
  await answer(writer, id, `${attack} Y [otra guía](javascript:alert(5)).`);

  const context = await browser.newContext();
  const dialogs: string[] = [];
  try {
    const page = await context.newPage();
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    for (const path of ['/foro', `/foro?q=${encodeURIComponent(`padrón ${t}`)}`, `/foro/preguntas/${id}`]) {
      await page.goto(path);
      await expect(main(page).getByText(`¿Sirve el padrón? ${t}`).first()).toBeVisible();
      await expect(main(page).locator('img, script, [onerror]')).toHaveCount(0);
    }
    // The question page: the title and the texts as text; no link that runs code.
    await expect(h1(page)).toHaveText(title);
    await expect(main(page).locator('.prose').first()).toContainText('<script>alert(1)</script>');
    await expect(answers(page).first()).toContainText('<img src=x onerror=alert(2)>');
    const hrefs = await main(page).locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs.filter((h) => /^\s*javascript:/i.test(h))).toEqual([]);
    expect(dialogs).toEqual([]);
  } finally {
    await context.close();
    await disposeAll(writer);
  }
});
