import { expect, test, type Page } from '@playwright/test';
import { tag } from '../support/classroom';
import { expectAccessible, linkFrom, logIn, waitForMail } from '../support/fixtures';
import { answer, ask, categoryId, disposeAll, member } from '../support/forum';

/**
 * The notification centre as a learner uses it, with JavaScript off: an answer to their forum question shows
 * as an unread count in the header and an item in /avisos that links to the answer; "mark all as read"
 * clears it; the email preference for forum answers is changed on /cuenta; the email's own unsubscribe
 * link opens a page whose button turns those emails off.
 */

const h1 = (page: Page) => page.getByRole('heading', { level: 1 });
const main = (page: Page) => page.getByRole('main');
const nav = (page: Page) => page.getByRole('navigation', { name: 'Menú principal' });

async function checkPage(page: Page): Promise<void> {
  await expect(page.locator('h1')).toHaveCount(1);
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expectAccessible(page, { javaScriptEnabled: false });
  const res = await page.request.get(page.url());
  expect(res.status(), page.url()).toBe(200);
  expect((await res.body()).length, `${page.url()} HTML size`).toBeLessThan(30_000);
}

test('a learner sees an answer in the header and in /avisos, marks all read, chooses email preferences and unsubscribes from the email link, without JavaScript', async ({ browser, baseURL }) => {
  test.setTimeout(120_000);
  const t = tag();
  const asker = await member(baseURL!, `Lucía Andrade ${t}`);
  const neighbour = await member(baseURL!, `Pedro Vecino ${t}`);
  const context = await browser.newContext({ javaScriptEnabled: false });
  try {
    const title = `Plazos de la nacionalidad por residencia ${t}`;
    const questionId = await ask(asker, {
      categoryId: await categoryId(baseURL!, 'nacionalidad'),
      title,
      body: 'Llevo dos años con residencia legal en España. ¿Cuándo puedo pedir la nacionalidad siendo de Ecuador?',
    });
    await answer(neighbour, questionId, 'Para personas de países iberoamericanos el plazo general es de dos años de residencia legal y continuada.');

    // The email: the forum's own text, with RFC 8058 one-click headers and a visible unsubscribe link.
    const mail = await waitForMail(asker.account.email, /^Nueva respuesta a tu pregunta$/);
    // Long header lines come folded: unfold them as a mail program does.
    const lines = mail.headerLines.map((h) => h.line.replace(/\r?\n[ \t]+/g, ' ').replace(/: +/, ': '));
    expect(lines.some((l) => /^List-Unsubscribe: <http:\/\/localhost:\d+\/api\/notifications\/unsubscribe\?token=[\w-]+>$/.test(l))).toBe(true);
    expect(lines).toContain('List-Unsubscribe-Post: List-Unsubscribe=One-Click');

    // ── The header says there is one unread notification; the centre lists it. ───────────────────────────
    const page = await context.newPage();
    await logIn(page, asker.account, '/cuenta');
    const bell = nav(page).getByRole('link', { name: 'Avisos (1 sin leer)' });
    await expect(bell).toBeVisible();
    await bell.click();
    await expect(page).toHaveURL(/\/avisos$/);
    await expect(h1(page)).toHaveText('Mis avisos');
    await expect(main(page).getByText('Tienes 1 aviso sin leer.')).toBeVisible();
    const item = main(page).locator('ul.notifications > li').first();
    await expect(item).toContainText('Nuevo');
    await expect(item).toContainText(`«${title}»`);
    const link = item.getByRole('link', { name: 'Nueva respuesta a tu pregunta' });
    await expect(link).toHaveAttribute('href', new RegExp(`^/foro/preguntas/${questionId}#respuesta-`));
    await checkPage(page);

    // ── Mark all as read: the count goes from the header and the page. ────────────────────────────────────
    await main(page).getByRole('button', { name: 'Marcar todos como leídos' }).click();
    await expect(main(page).getByRole('status')).toHaveText('Todos tus avisos están marcados como leídos.');
    await expect(nav(page).getByRole('link', { name: 'Avisos', exact: true })).toBeVisible();
    await expect(main(page).getByText('No tienes avisos sin leer.')).toBeVisible();
    await expect(item).not.toContainText('Nuevo');
    await link.click();
    await expect(page).toHaveURL(new RegExp(`/foro/preguntas/${questionId}#respuesta-`));

    // ── Preferences on the account page: one radio group per type. ──────────────────────────────────────
    await page.goto('/cuenta');
    const forum = main(page).getByRole('group', { name: 'Respuestas a tus preguntas del foro' });
    await expect(forum.getByLabel('Un correo en el momento')).toBeChecked();
    await forum.getByLabel('Un resumen al día').check();
    await main(page).getByRole('button', { name: 'Guardar mis avisos' }).click();
    await expect(main(page).getByRole('status')).toHaveText('Hemos guardado tus preferencias de avisos.');
    await page.goto('/cuenta');
    await expect(main(page).getByRole('group', { name: 'Respuestas a tus preguntas del foro' }).getByLabel('Un resumen al día')).toBeChecked();
    await expect(main(page).getByRole('group', { name: 'Certificados' }).getByLabel('Un correo en el momento')).toBeChecked();
    await expectAccessible(page, { javaScriptEnabled: false });

    // ── The visible link in the email opens a page; only its button changes anything. ────────────────────
    const unsubscribe = await context.newPage();
    await unsubscribe.goto(linkFrom(mail, '/avisos/baja?token='));
    await expect(h1(unsubscribe)).toHaveText('Dejar de recibir correos');
    await expect(main(unsubscribe)).toContainText('Vas a dejar de recibir por correo: Respuestas a tus preguntas del foro.');
    await checkPage(unsubscribe);
    await main(unsubscribe).getByRole('button', { name: 'Dejar de recibir estos correos' }).click();
    await expect(main(unsubscribe).getByRole('status')).toHaveText('Listo. Ya no recibirás por correo: Respuestas a tus preguntas del foro.');
    await page.goto('/cuenta');
    await expect(main(page).getByRole('group', { name: 'Respuestas a tus preguntas del foro' }).getByLabel('Ningún correo')).toBeChecked();

    // A later answer still reaches the centre.
    await answer(neighbour, questionId, 'Además, necesitas el certificado de antecedentes penales de Ecuador, apostillado.');
    await page.goto('/avisos');
    await expect(nav(page).getByRole('link', { name: 'Avisos (1 sin leer)' })).toBeVisible();
  } finally {
    await context.close();
    await disposeAll(asker, neighbour);
  }
});
