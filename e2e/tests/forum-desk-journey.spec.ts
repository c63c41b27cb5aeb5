import { expect, request as playwrightRequest, test, type Locator, type Page } from '@playwright/test';
import { expectAccessible, logIn, state } from '../support/fixtures';
import { answer, ask, categories, disposeAll, established, person, report, sql, tag, type Person } from '../support/forum-desk';

/**
 * The forum desk in a real Chromium against the real app: counsellors share the queue of unanswered
 * questions through claims and read the response times; moderators review what was reported or held by a
 * watched word, act on it with reasons that go in the log, and only an explicit, reasoned and logged step
 * shows who asked an anonymous question; admins set the counsellors' credentials. The scene (questions,
 * answers, reports) is set through the API, as the public forum's pages would.
 */

const h1 = (page: Page) => page.getByRole('heading', { level: 1 });
const status = (page: Page) => page.getByRole('status');
const errorSummary = (scope: Page | Locator) => scope.locator('.error-summary');
/** The row of a table that mentions `text`. */
const row = (table: Locator, text: string | RegExp) => table.getByRole('row').filter({ hasText: text });
/** The value next to a label in a list of facts (`<dl class="facts">`). */
const fact = (scope: Page | Locator, label: string) => scope.locator(`dl.facts dt:text-is("${label}") + dd`);
const queueTable = (page: Page) => page.getByRole('table', { name: /^Preguntas sin respuesta de una persona asesora \(\d+\)$/ });
const logTable = (page: Page) => page.getByRole('table', { name: /^Registro de moderación \(\d+\)$/ });
/** A counsellor on /admin/asesoria, by name. */
const counsellorCard = (page: Page, name: string) => page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3, name, exact: true }) });
/** A post's card on the moderation page, by its heading ("Pregunta: …", "Respuesta a: …"). */
const card = (page: Page, name: string) => page.getByRole('article', { name, exact: true });

/** axe, one h1 and the page's lang, for a page shown with JavaScript on or off. */
async function checkPage(page: Page, opts: { javaScriptEnabled?: boolean; lang?: 'es' | 'en' } = {}): Promise<void> {
  await expect(page.locator('h1')).toHaveCount(1);
  await expect(page.locator('html')).toHaveAttribute('lang', opts.lang ?? 'es');
  await expectAccessible(page, { javaScriptEnabled: opts.javaScriptEnabled });
}

/** The size of a page's HTML as served. */
async function htmlSize(page: Page, path: string): Promise<number> {
  const res = await page.goto(path);
  expect(res?.status(), path).toBe(200);
  return (await res!.body()).length;
}

/** Numbers as the response-times page writes them in Spanish. */
const number = (n: number) => new Intl.NumberFormat('es-ES', { maximumFractionDigits: 2 }).format(n);
const percent = (n: number) => new Intl.NumberFormat('es-ES', { style: 'percent', maximumFractionDigits: 0 }).format(n);
const NO_DATA = '—Sin datos';

interface CategoryMetrics {
  slug: string;
  name: { es: string; en: string };
  questions: number;
  answered: number;
  medianHours: number | null;
  p90Hours: number | null;
  within48h: number;
  waiting: number;
  overdue: number;
}

/** A row of the response-times table as the page must show it, from the API's figures. */
function expectedCells(m: CategoryMetrics): string[] {
  const hours = (h: number | null) => (h === null ? NO_DATA : number(h));
  return [
    number(m.questions),
    number(m.answered),
    hours(m.medianHours),
    hours(m.p90Hours),
    m.questions === 0 ? NO_DATA : `${number(m.within48h)} (${percent(m.within48h / m.questions)})`,
    number(m.waiting),
    number(m.overdue),
  ];
}

test('an admin sets a credential; counsellors share the queue through claims and read the response times (without JavaScript)', async ({ browser, baseURL }) => {
  test.setTimeout(150_000);
  const t = tag();
  const ana = await person(baseURL!, `Asesora Ana ${t}`, ['counsellor']);
  const bruno = await person(baseURL!, `Asesor Bruno ${t}`, ['counsellor']);
  const asker = await person(baseURL!, `Persona que pregunta ${t}`);
  const cats = await categories(asker.api);
  const oldTitle = `¿Cuánto tarda la renovación de la residencia? ${t}`;
  const newTitle = `Qué estudiar para el examen de nacionalidad ${t}`;
  // Residence and papers: anonymous by default, so the queue shows a pseudonym.
  const oldId = await ask(asker.api, cats['residencia-y-papeles'], oldTitle);
  const newId = await ask(asker.api, cats['nacionalidad'], newTitle);
  // Asked 50 hours ago: past the 48-hour target (only when the run has its own database to age it in).
  const aged = await sql(`update forum_questions set created_at = now() - interval '50 hours' where id = $1`, [oldId]);

  const adminContext = await browser.newContext({ javaScriptEnabled: false });
  const anaContext = await browser.newContext({ javaScriptEnabled: false });
  const brunoContext = await browser.newContext({ javaScriptEnabled: false });
  try {
    // ── The admin gives Ana her credential line. ─────────────────────────────────────────────────────────────
    const admin = await adminContext.newPage();
    await logIn(admin, state().admin, '/admin/usuarios');
    await admin.getByRole('navigation', { name: 'Secciones de administración' }).getByRole('link', { name: 'Asesoría legal' }).click();
    await expect(admin).toHaveURL(/\/admin\/asesoria$/);
    await expect(h1(admin)).toHaveText('Asesoría legal');
    await expect(admin.getByRole('heading', { level: 2 })).toHaveText(/^Personas asesoras \(\d+\)$/);
    const anaCard = counsellorCard(admin, ana.account.displayName);
    await expect(fact(anaCard, 'Credencial')).toHaveText('Sin credencial');
    await expect(fact(anaCard, 'Verificada')).toHaveText('No');
    await checkPage(admin, { javaScriptEnabled: false });
    const credentialField = admin.getByLabel(`Credencial de ${ana.account.displayName}`);
    await credentialField.fill('Abo');
    await anaCard.getByRole('button', { name: 'Guardar' }).click();
    await expect(errorSummary(admin).getByRole('link')).toHaveText(['Escribe la credencial, de 5 a 200 caracteres.']);
    await expect(admin.getByLabel(`Credencial de ${ana.account.displayName}`)).toHaveValue('Abo');
    await checkPage(admin, { javaScriptEnabled: false });
    const credential = `Abogada, Ilustre Colegio de la Abogacía de Madrid n.º 4${t.length}21`;
    await admin.getByLabel(`Credencial de ${ana.account.displayName}`).fill(credential);
    await anaCard.getByRole('button', { name: 'Guardar' }).click();
    await expect(admin).toHaveURL(new RegExp(`/admin/asesoria\\?hecho=guardada&persona=${ana.account.id}#c-${ana.account.id}$`));
    await expect(status(admin)).toHaveText(`Credencial de ${ana.account.displayName} guardada: sus respuestas llevan la insignia.`);
    await expect(fact(anaCard, 'Credencial')).toHaveText(credential);
    await expect(fact(anaCard, 'Verificada')).toHaveText('Sí');
    await expect(fact(anaCard, 'Respuestas')).toHaveText('0');
    await expect(anaCard.getByRole('button', { name: 'Quitar la credencial' })).toBeVisible();
    await expect(fact(counsellorCard(admin, bruno.account.displayName), 'Verificada')).toHaveText('No');

    // ── Bruno opens the queue first; Ana takes the oldest question. ─────────────────────────────────────────
    const brunoPage = await brunoContext.newPage();
    await logIn(brunoPage, bruno.account, '/foro/cola');
    const anaPage = await anaContext.newPage();
    await logIn(anaPage, ana.account, '/foro/cola');
    await expect(h1(anaPage)).toHaveText('Preguntas por responder');
    await expect(anaPage.getByRole('main')).toContainText('una primera respuesta en 48 horas como mucho');
    await expect(anaPage.getByRole('main')).toContainText('La reserva caduca a las 24 horas si no respondes');
    const oldRow = row(queueTable(anaPage), oldTitle);
    await expect(oldRow.getByRole('link', { name: oldTitle })).toHaveAttribute('href', `/foro/preguntas/${oldId}`);
    const cells = oldRow.getByRole('cell');
    await expect(cells.nth(0)).toHaveText('Residencia y papeles');
    // The pseudonym, never the account: the question is anonymous.
    await expect(cells.nth(1)).toHaveText(/^Persona [A-Z0-9]{4} \(anónima\)$/);
    await expect(cells.nth(2)).toHaveText(aged ? /^hace 50 h\s*Atrasada$/ : 'hace menos de 1 h');
    await expect(cells.nth(3)).toHaveText('Nadie todavía');
    // The same person's question in a category that is not anonymous by default: signed with their name.
    await expect(row(queueTable(anaPage), newTitle).getByRole('cell').nth(1)).toHaveText(asker.account.displayName);
    // Oldest first.
    const titles = await queueTable(anaPage).getByRole('rowheader').allTextContents();
    expect(titles.indexOf(oldTitle)).toBeLessThan(titles.indexOf(newTitle));
    await checkPage(anaPage, { javaScriptEnabled: false });

    await oldRow.getByRole('button', { name: /^Me encargo yo/ }).click();
    await expect(anaPage).toHaveURL(new RegExp(`/foro/cola\\?hecho=reservada&pregunta=${oldId}#q-${oldId}$`));
    await expect(status(anaPage)).toHaveText(`Te encargas de «${oldTitle}». La reserva dura 24 horas.`);
    await expect(cells.nth(3)).toHaveText(/^Tú\s*desde /);
    await expect(oldRow.getByRole('button', { name: /^Me encargo yo/ })).toHaveCount(0);
    await expect(oldRow.getByRole('button', { name: /^Liberar/ })).toHaveCount(1);

    // Bruno's page is from before: his claim is refused, naming who has it; the fresh queue says so too.
    await row(queueTable(brunoPage), oldTitle).getByRole('button', { name: /^Me encargo yo/ }).click();
    await expect(brunoPage.getByRole('alert')).toHaveText(`${ana.account.displayName} ya se está encargando de esta pregunta.`);
    await checkPage(brunoPage, { javaScriptEnabled: false });
    await brunoPage.goto('/foro/cola');
    const taken = row(queueTable(brunoPage), oldTitle);
    await expect(taken.getByRole('cell').nth(3)).toHaveText(new RegExp(`^${ana.account.displayName}\\s*desde `));
    await expect(taken.getByRole('button')).toHaveCount(0);
    await expect(row(queueTable(brunoPage), newTitle).getByRole('button', { name: /^Me encargo yo/ })).toHaveCount(1);

    // ── Ana answers (as a verified counsellor): the question leaves the queue and counts in the figures. ───
    await answer(ana.api, oldId, 'El plazo legal para resolver la renovación es de tres meses. Si pasa sin respuesta, se entiende concedida.');
    await anaPage.goto('/foro/cola');
    await expect(row(queueTable(anaPage), oldTitle)).toHaveCount(0);
    await expect(row(queueTable(anaPage), newTitle)).toHaveCount(1);
    await anaPage.getByRole('navigation', { name: 'Trabajo en el foro' }).getByRole('link', { name: 'Tiempos de respuesta' }).click();
    await expect(h1(anaPage)).toHaveText('Tiempos de respuesta');
    await expect(anaPage.getByRole('main')).toContainText('últimos 90 días');
    await expect(anaPage.getByRole('main')).toContainText('La mediana es lo que tarda una pregunta típica');
    const metrics = (await (await ana.api.get('/api/forum/metrics')).json()) as { categories: CategoryMetrics[]; total: CategoryMetrics };
    const residencia = metrics.categories.find((c) => c.slug === 'residencia-y-papeles')!;
    expect(residencia.answered).toBeGreaterThanOrEqual(1);
    expect(residencia.medianHours).not.toBeNull();
    const figures = anaPage.getByRole('table', { name: 'Primera respuesta de una persona asesora, últimos 90 días' });
    await expect(figures.getByRole('columnheader')).toHaveText([
      'Categoría',
      'Preguntas',
      'Con respuesta',
      'Mediana (horas)',
      'Percentil 90 (horas)',
      'Respuesta en 48 h o menos',
      'Esperan ahora',
      'Atrasadas ahora',
    ]);
    // One row per category and one for all of them, each with the API's figures written for Spanish readers.
    await expect(figures.getByRole('row')).toHaveCount(metrics.categories.length + 2);
    for (const c of [...metrics.categories, metrics.total]) {
      const r = figures.getByRole('row').filter({ has: anaPage.getByRole('rowheader', { name: c.name.es, exact: true }) });
      await expect(r.getByRole('cell'), c.slug).toHaveText(expectedCells(c));
    }
    await expect(figures.locator('tfoot').getByRole('rowheader')).toHaveText('Todas las categorías');
    await checkPage(anaPage, { javaScriptEnabled: false });
    expect(await htmlSize(anaPage, '/foro/panel'), 'response times HTML size').toBeLessThan(30_000);
    expect(await htmlSize(anaPage, '/foro/cola'), 'queue HTML size').toBeLessThan(30_000);
    await expect(row(queueTable(anaPage), newTitle).getByRole('link', { name: newTitle })).toHaveAttribute('href', `/foro/preguntas/${newId}`);
  } finally {
    await adminContext.close();
    await anaContext.close();
    await brunoContext.close();
    await disposeAll([ana, bruno, asker]);
  }
});

test('moderators review reported and held posts, act with reasons that go in the log, and see who asked only through the audited step (without JavaScript)', async ({ browser, baseURL }) => {
  // Many pages, each checked with axe, and nine people.
  test.setTimeout(150_000);
  const t = tag();
  const secretName = `Nayeli Secreta ${t}`;
  const moderator = await person(baseURL!, `Moderadora Marta ${t}`, ['moderator']);
  const asker = await person(baseURL!, secretName);
  const answerer = await person(baseURL!, `Vecino que responde ${t}`);
  const signer = await person(baseURL!, `Carmen Firmada ${t}`);
  // Reports from established accounts (older than a week) are the ones that hide a post.
  const members = [await established(baseURL!, `Miembro Uno ${t}`), await established(baseURL!, `Miembro Dos ${t}`), await established(baseURL!, `Miembro Tres ${t}`)];
  const [m1, m2, m3] = members as [Person, Person, Person];
  const cats = await categories(asker.api);
  const anonTitle = `Mi renovación lleva meses parada en extranjería ${t}`;
  const signedTitle = `Reagrupar a mi madre que vive en Quito ${t}`;
  const anonId = await ask(asker.api, cats['residencia-y-papeles'], anonTitle);
  const signedId = await ask(signer.api, cats['reagrupacion-familiar'], signedTitle);
  const answerId = await answer(answerer.api, anonId, `Compra la cita a un gestor que conozco, escríbeme por privado ${t}.`);
  expect(await report(m1.api, answerId, 'personal_data', 'Pide que le escriban por privado')).toBe(false);
  expect(await report(m2.api, answerId, 'spam')).toBe(false);
  // The third open report hides it until a moderator looks.
  expect(await report(m3.api, answerId, 'abuse')).toBe(true);
  await report(m1.api, anonId, 'misleading', 'El título exagera');
  await report(m2.api, signedId, 'off_topic');
  const word = `tramitazo${t}`;
  const anonymous = await playwrightRequest.newContext({ baseURL });

  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const check = () => checkPage(page, { javaScriptEnabled: false });
  /** Nothing on the page tells who asked the anonymous question. */
  const nobodyUnmasked = async () => {
    const html = await page.content();
    expect(html).not.toContain(secretName);
    expect(html).not.toContain(asker.account.email);
  };
  try {
    await logIn(page, moderator.account, '/foro/moderacion');
    await expect(h1(page)).toHaveText('Moderación del foro');
    await nobodyUnmasked();

    // ── The hidden answer: its reasons, its state; shown again. ───────────────────────────────────────────
    const answerCard = `Respuesta a: ${anonTitle}`;
    const anonCard = `Pregunta: ${anonTitle}`;
    const signedCard = `Pregunta: ${signedTitle}`;
    const hidden = card(page, answerCard);
    await expect(hidden.getByRole('heading', { level: 3 })).toHaveText(`Respuesta a: ${anonTitle}`);
    await expect(hidden).toContainText(`Escrita por ${answerer.account.displayName}`);
    await expect(fact(hidden, 'Estado')).toHaveText('Oculta');
    await expect(fact(hidden, 'Por qué')).toHaveText('se ocultó sola al llegar a 3 denuncias');
    await expect(fact(hidden, 'Texto')).toContainText('Compra la cita a un gestor');
    await expect(hidden).toContainText('Denuncias abiertas: 3');
    await expect(hidden.getByRole('listitem')).toHaveText([/^Datos personales: Pide que le escriban por privado \(/, /^Publicidad o spam \(/, /^Insultos o acoso \(/]);
    await expect(hidden.getByRole('link', { name: 'Ver en el foro' })).toHaveAttribute('href', `/foro/preguntas/${anonId}#respuesta-${answerId}`);
    // The anonymous question: its pseudonym, and the separate step to learn more.
    const anon = card(page, anonCard);
    await expect(anon).toContainText(/Escrita por Persona [A-Z0-9]{4} \(seudónimo: es anónima\)/);
    await expect(anon.getByRole('link', { name: 'Saber quién la escribió…' })).toHaveAttribute('href', `/foro/moderacion/identidad?pregunta=${anonId}`);
    await expect(anon.getByRole('listitem')).toHaveText([/^Información engañosa: El título exagera \(/]);
    await check();

    await hidden.getByRole('button', { name: 'Volver a mostrar' }).click();
    await expect(page).toHaveURL(/\/foro\/moderacion\?hecho=restore#aviso$/);
    await expect(status(page)).toHaveText('Hecho: la publicación se ve de nuevo y sus denuncias quedan cerradas.');
    await expect(card(page, answerCard)).toHaveCount(0);
    const publicQuestion = await (await anonymous.get(`/api/forum/questions/${anonId}`)).json();
    expect(publicQuestion.answers.map((a: { id: string }) => a.id)).toContain(answerId);

    // ── Hiding the signed question needs a reason. ───────────────────────────────────────────────────────
    const signed = card(page, signedCard);
    await expect(signed).toContainText(`Escrita por ${signer.account.displayName}`);
    await signed.getByRole('button', { name: 'Ocultar' }).click();
    await expect(errorSummary(card(page, signedCard)).getByRole('link')).toHaveText(['Escribe el motivo, de 5 a 1000 caracteres.']);
    await expect(card(page, signedCard).locator('.field-error')).toHaveText('Escribe el motivo, de 5 a 1000 caracteres.');
    await expect(card(page, signedCard).getByLabel('Motivo', { exact: true })).toHaveAttribute('aria-invalid', 'true');
    await check();
    const hideReason = 'Pregunta duplicada de otra que ya tiene respuesta';
    await card(page, signedCard).getByLabel('Motivo', { exact: true }).fill(hideReason);
    await card(page, signedCard).getByRole('button', { name: 'Ocultar' }).click();
    await expect(status(page)).toHaveText('Hecho: la publicación queda oculta.');
    expect((await anonymous.get(`/api/forum/questions/${signedId}`)).status()).toBe(404);

    // ── Locking the anonymous question. ──────────────────────────────────────────────────────────────────
    const lockReason = 'Cerrada mientras revisamos el hilo';
    await card(page, anonCard).getByLabel('Motivo', { exact: true }).fill(lockReason);
    await card(page, anonCard).getByRole('button', { name: 'Cerrar la pregunta' }).click();
    await expect(status(page)).toHaveText('Hecho: la pregunta queda cerrada y ya no admite respuestas.');
    await expect(fact(card(page, anonCard), 'Estado')).toHaveText('Visible. La pregunta está cerrada: no admite respuestas.');
    await expect(card(page, anonCard).getByRole('button', { name: 'Reabrir la pregunta' })).toHaveCount(1);
    expect((await m3.api.post(`/api/forum/questions/${anonId}/answers`, { data: { body: 'Una respuesta más a una pregunta cerrada.' } })).status()).toBe(409);

    // ── A watched word to review: a question with it is held until approved. ─────────────────────────────
    await page.getByRole('button', { name: 'Vigilar esta palabra' }).click();
    await expect(errorSummary(page).getByRole('link')).toHaveText(['Escribe una palabra o expresión de 2 a 60 caracteres.']);
    await check();
    await page.getByLabel('Palabra o expresión').fill(word.toUpperCase());
    await expect(page.getByRole('radio', { name: /^Revisar/ })).toBeChecked();
    await page.getByRole('button', { name: 'Vigilar esta palabra' }).click();
    await expect(page).toHaveURL(/\/foro\/moderacion\?hecho=word#aviso$/);
    await expect(status(page)).toHaveText('Hecho: la palabra queda vigilada.');
    const words = page.getByRole('list', { name: /^Se vigilan ahora \(\d+\)$/ });
    await expect(words.getByRole('listitem').filter({ hasText: word })).toHaveText(`${word} (Revisar) Dejar de vigilar «${word}»`);
    const heldTitle = `Me ofrecen un ${word} para el arraigo ${t}`;
    const heldId = await ask(m3.api, cats['residencia-y-papeles'], heldTitle, { anonymous: false, expect: 'held' });
    await page.goto('/foro/moderacion');
    const held = card(page, `Pregunta: ${heldTitle}`);
    await expect(page.locator('section', { has: page.getByRole('heading', { name: 'Retenidas para revisar', level: 2 }) }).getByRole('article', { name: `Pregunta: ${heldTitle}` })).toHaveCount(1);
    await expect(held.getByRole('heading', { level: 3 })).toHaveText(`Pregunta: ${heldTitle}`);
    await expect(fact(held, 'Estado')).toHaveText('Retenida, nadie la ve');
    await expect(fact(held, 'Por qué')).toHaveText(`contiene la palabra vigilada «${word}»`);
    await check();
    expect((await anonymous.get(`/api/forum/questions/${heldId}`)).status()).toBe(404);
    await held.getByLabel('Motivo', { exact: true }).fill('Avisa de un fraude: es legítima');
    await held.getByRole('button', { name: 'Aprobar y publicar' }).click();
    await expect(page).toHaveURL(/\/foro\/moderacion\?hecho=approve#aviso$/);
    await expect(status(page)).toHaveText('Hecho: la publicación ya está publicada y todo el mundo puede verla.');
    await expect(card(page, `Pregunta: ${heldTitle}`)).toHaveCount(0);
    expect((await anonymous.get(`/api/forum/questions/${heldId}`)).status()).toBe(200);

    // ── Suspending whoever asked the anonymous question, without learning who it is. ─────────────────────
    await card(page, anonCard).getByText('Suspender a quien la escribió').click();
    await card(page, anonCard).getByLabel('Días (de 1 a 365)').fill('0');
    await card(page, anonCard).getByRole('button', { name: 'Suspender' }).click();
    await expect(errorSummary(card(page, anonCard)).getByRole('link')).toHaveText(['Escribe un número de días entre 1 y 365.', 'Escribe el motivo, de 5 a 1000 caracteres.']);
    await expect(card(page, anonCard).getByLabel('Días (de 1 a 365)')).toBeVisible();
    await check();
    const suspendReason = 'Insultos a otras personas en varios hilos';
    await card(page, anonCard).getByLabel('Días (de 1 a 365)').fill('7');
    await card(page, anonCard).getByLabel('Motivo de la suspensión').fill(suspendReason);
    await card(page, anonCard).getByRole('button', { name: 'Suspender' }).click();
    await expect(status(page)).toHaveText(/^Hecho: quien la escribió no podrá publicar en el foro hasta el \d{1,2} de [a-z]+ de \d{4}\.$/);
    await nobodyUnmasked();
    const refused = await asker.api.post('/api/forum/questions', { data: { categoryId: cats['otras-consultas'], title: `Otra pregunta durante la suspensión ${t}`, body: 'Este texto no debería publicarse mientras dura la suspensión.', country: 'ES' } });
    expect(refused.status()).toBe(403);

    // ── The log: each action, who did it and why, most recent first. ────────────────────────────────────
    const log = logTable(page);
    const cellsOf = (i: number) => log.getByRole('row').nth(i + 1).getByRole('cell');
    const who = moderator.account.displayName;
    await expect(cellsOf(0)).toHaveText([who, 'Suspendió a quien la escribió', 'Pregunta', `7 días: ${suspendReason}`]);
    await expect(cellsOf(1)).toHaveText([who, 'Mostró de nuevo', 'Pregunta', 'Avisa de un fraude: es legítima']);
    await expect(cellsOf(2)).toHaveText([who, 'Vigiló una palabra', '', `Revisar: «${word}»`]);
    await expect(cellsOf(3)).toHaveText([who, 'Cerró la pregunta', 'Pregunta', lockReason]);
    await expect(cellsOf(4)).toHaveText([who, 'Ocultó', 'Pregunta', hideReason]);
    await expect(cellsOf(5)).toHaveText([who, 'Mostró de nuevo', 'Respuesta', '']);
    await expect(cellsOf(6)).toHaveText(['Puente (automático)', 'Ocultó por denuncias', 'Respuesta', '3 denuncias abiertas']);
    await expect(log.getByRole('row').nth(1).getByRole('link', { name: 'Pregunta' })).toHaveAttribute('href', `/foro/preguntas/${anonId}`);
    await check();
    await nobodyUnmasked();
    expect(await htmlSize(page, '/foro/moderacion'), 'moderation HTML size').toBeLessThan(30_000);

    // ── Who asked: a separate page, a reason and a confirmation; shown once, never cached, and logged. ────
    await card(page, anonCard).getByRole('link', { name: 'Saber quién la escribió…' }).click();
    await expect(page).toHaveURL(new RegExp(`/foro/moderacion/identidad\\?pregunta=${anonId}$`));
    await expect(h1(page)).toHaveText('Saber quién hizo una pregunta anónima');
    await expect(page.getByRole('main')).toContainText('Quedará en el registro de moderación con tu nombre');
    await expect(fact(page, 'Pregunta')).toHaveText(anonTitle);
    await expect(fact(page, 'Seudónimo')).toHaveText(/^Persona [A-Z0-9]{4}$/);
    await nobodyUnmasked();
    await check();
    await page.getByLabel('Por qué necesitas saberlo').fill('Orden');
    await page.getByRole('button', { name: 'Revelar quién la escribió' }).click();
    await expect(errorSummary(page).getByRole('link')).toHaveText([
      'Explica por qué hace falta saberlo, con al menos 10 caracteres (como mucho 1000).',
      'Marca la casilla para confirmar que entiendes que queda registrado.',
    ]);
    await nobodyUnmasked();
    await check();
    const unmaskReason = 'Orden judicial recibida hoy por amenazas a otra persona';
    await page.getByLabel('Por qué necesitas saberlo').fill(unmaskReason);
    await page.getByLabel('Entiendo que esto queda registrado y que lo verán todas las personas de moderación.').check();
    const [revealed] = await Promise.all([
      page.waitForResponse((r) => r.request().method() === 'POST' && r.url().includes('/foro/moderacion/identidad')),
      page.getByRole('button', { name: 'Revelar quién la escribió' }).click(),
    ]);
    expect(revealed.status()).toBe(200);
    expect(revealed.headers()['cache-control']).toBe('private, no-store');
    await expect(page.getByRole('heading', { name: 'Quién hizo la pregunta' })).toBeVisible();
    await expect(fact(page, 'Nombre visible')).toHaveText(secretName);
    await expect(fact(page, 'Correo')).toHaveText(asker.account.email);
    await expect(fact(page, 'Código de la cuenta')).toHaveText(asker.account.id);
    await expect(page.getByRole('status')).toHaveText('Queda anotado en el registro de moderación.');
    await check();

    // Back on the moderation page: logged with the reason, and still nobody's name.
    await page.getByRole('link', { name: 'Volver a moderación' }).click();
    await expect(cellsOf(0)).toHaveText([who, 'Vio quién hizo la pregunta', 'Pregunta', unmaskReason]);
    await nobodyUnmasked();

    // ── The hidden signed question goes for good (a reason is required for that too). ─────────────────────
    const deleteReason = 'Publicidad encubierta de un despacho';
    await card(page, signedCard).getByLabel('Motivo', { exact: true }).fill(deleteReason);
    await card(page, signedCard).getByRole('button', { name: 'Borrar para siempre' }).click();
    await expect(status(page)).toHaveText('Hecho: la publicación queda borrada.');
    await expect(card(page, signedCard)).toHaveCount(0);
    await expect(cellsOf(0)).toHaveText([who, 'Borró', 'Pregunta', deleteReason]);

    // ── The watched word goes. ───────────────────────────────────────────────────────────────────────────
    await words.getByRole('listitem').filter({ hasText: word }).getByRole('button', { name: `Dejar de vigilar «${word}»` }).click();
    await expect(status(page)).toHaveText('Hecho: ya no se vigila esa palabra.');
    await expect(page.getByRole('list', { name: /^Se vigilan ahora/ }).getByRole('listitem').filter({ hasText: word })).toHaveCount(0);
    await expect(cellsOf(0)).toHaveText([who, 'Dejó de vigilar una palabra', '', word]);
  } finally {
    await sql(`update forum_members set suspended_until = null where user_id = $1`, [asker.account.id]);
    await context.close();
    await anonymous.dispose();
    await disposeAll([moderator, asker, answerer, signer, ...members]);
  }
});

test('a counsellor takes and releases a question, and a moderator hides a post (with JavaScript)', async ({ browser, baseURL }) => {
  test.setTimeout(120_000);
  const t = tag();
  const counsellor = await person(baseURL!, `Asesora Carla ${t}`, ['counsellor']);
  const moderator = await person(baseURL!, `Moderador Diego ${t}`, ['moderator']);
  const asker = await person(baseURL!, `Persona con dudas ${t}`);
  const reporter = await person(baseURL!, `Persona que denuncia ${t}`);
  const cats = await categories(asker.api);
  const title = `Trabajo sin contrato: qué puedo reclamar ${t}`;
  const questionId = await ask(asker.api, cats['trabajo-y-seguridad-social'], title);
  const reportedTitle = `Papeles para la boda en el consulado ${t}`;
  const reportedId = await ask(asker.api, cats['reagrupacion-familiar'], reportedTitle, { anonymous: false });
  await report(reporter.api, reportedId, 'spam', 'Anuncia un despacho');

  const counsellorContext = await browser.newContext();
  const moderatorContext = await browser.newContext();
  try {
    const page = await counsellorContext.newPage();
    await logIn(page, counsellor.account, '/foro/cola');
    // A mark on this document: it survives only if the page is not loaded again (the forms are enhanced).
    await page.evaluate(() => ((window as unknown as { __desk: number }).__desk = 1));
    const r = row(queueTable(page), title);
    await r.getByRole('button', { name: /^Me encargo yo/ }).click();
    await expect(status(page)).toHaveText(`Te encargas de «${title}». La reserva dura 24 horas.`);
    await expect(r.getByRole('cell').nth(3)).toHaveText(/^Tú\s*desde /);
    await checkPage(page);
    await r.getByRole('button', { name: /^Liberar/ }).click();
    await expect(status(page)).toHaveText(`Has liberado «${title}»: cualquier persona asesora puede encargarse ahora.`);
    await expect(r.getByRole('cell').nth(3)).toHaveText('Nadie todavía');
    expect(await page.evaluate(() => (window as unknown as { __desk?: number }).__desk)).toBe(1);
    await expect(page).toHaveURL(new RegExp(`/foro/cola\\?hecho=liberada&pregunta=${questionId}#q-${questionId}$`));

    const mod = await moderatorContext.newPage();
    await logIn(mod, moderator.account, '/foro/moderacion');
    const post = card(mod, `Pregunta: ${reportedTitle}`);
    await expect(post.getByRole('listitem')).toHaveText([/^Publicidad o spam: Anuncia un despacho \(/]);
    const reason = 'Publicidad de un despacho de abogados';
    await post.getByLabel('Motivo', { exact: true }).fill(reason);
    await post.getByRole('button', { name: 'Ocultar' }).click();
    await expect(status(mod)).toHaveText('Hecho: la publicación queda oculta.');
    await expect(fact(card(mod, `Pregunta: ${reportedTitle}`), 'Estado')).toHaveText('Oculta');
    await expect(fact(card(mod, `Pregunta: ${reportedTitle}`), 'Por qué')).toHaveText(reason);
    await expect(logTable(mod).getByRole('row').nth(1).getByRole('cell')).toHaveText([moderator.account.displayName, 'Ocultó', 'Pregunta', reason]);
    await checkPage(mod);
  } finally {
    await counsellorContext.close();
    await moderatorContext.close();
    await disposeAll([counsellor, moderator, asker, reporter]);
  }
});

test('the desk refuses the wrong roles with the 403 page and sends anonymous visitors to log in', async ({ page, browser, baseURL }) => {
  test.setTimeout(90_000);
  const t = tag();
  const learner = await person(baseURL!, `Aprendiz ${t}`);
  const counsellor = await person(baseURL!, `Asesor Ernesto ${t}`, ['counsellor']);
  const moderator = await person(baseURL!, `Moderadora Fina ${t}`, ['moderator']);
  const origin = new URL(baseURL!).origin;
  try {
    await logIn(page, learner.account);
    for (const path of ['/foro/cola', '/foro/panel', '/foro/moderacion', '/foro/moderacion/identidad', '/admin/asesoria']) {
      const res = await page.goto(path);
      expect(res?.status(), path).toBe(403);
      await expect(h1(page), path).toHaveText('No tienes permiso para ver esta página.');
    }
    await checkPage(page);
    // Form posts are refused too.
    for (const action of ['/foro/moderacion?/moderar', '/foro/cola?/reservar', '/admin/asesoria?/credencial']) {
      const post = await page.request.post(action, { form: { id: '00000000-0000-4000-8000-000000000000', do: 'hide', reason: 'Un motivo cualquiera' }, headers: { origin }, maxRedirects: 0 });
      expect(post.status(), action).toBe(403);
    }

    await page.context().clearCookies();
    await logIn(page, counsellor.account, '/foro/cola');
    for (const path of ['/foro/moderacion', '/foro/moderacion/identidad?pregunta=00000000-0000-4000-8000-000000000000', '/admin/asesoria']) {
      const res = await page.goto(path);
      expect(res?.status(), path).toBe(403);
      await expect(h1(page), path).toHaveText('No tienes permiso para ver esta página.');
    }
    expect((await page.goto('/foro/panel'))?.status()).toBe(200);
    // Counsellors do not see the link to moderation.
    await expect(page.getByRole('navigation', { name: 'Trabajo en el foro' }).getByRole('link')).toHaveText(['Preguntas por responder', 'Tiempos de respuesta']);

    // Moderators see the queue but cannot take questions (only counsellors answer).
    await page.context().clearCookies();
    await logIn(page, moderator.account, '/foro/cola');
    await expect(page.getByRole('main')).toContainText('solo las personas asesoras pueden encargarse de una pregunta');
    await expect(page.getByRole('button', { name: /^Me encargo yo/ })).toHaveCount(0);
    await expect(page.getByRole('navigation', { name: 'Trabajo en el foro' }).getByRole('link')).toHaveText(['Preguntas por responder', 'Tiempos de respuesta', 'Moderación']);
    const claim = await page.request.post('/foro/cola?/reservar', { form: { id: '00000000-0000-4000-8000-000000000000' }, headers: { origin }, maxRedirects: 0 });
    expect(claim.status()).toBe(403);

    const visitorContext = await browser.newContext({ javaScriptEnabled: false });
    try {
      const visitor = await visitorContext.newPage();
      await visitor.goto('/foro/cola?pagina=2');
      await expect(visitor).toHaveURL(/\/entrar\?next=%2Fforo%2Fcola%3Fpagina%3D2$/);
      await expect(h1(visitor)).toHaveText('Entrar');
      await visitor.goto('/foro/moderacion');
      await expect(visitor).toHaveURL(/\/entrar\?next=%2Fforo%2Fmoderacion$/);
      await visitor.goto('/admin/asesoria');
      await expect(visitor).toHaveURL(/\/entrar\?next=%2Fadmin%2Fasesoria$/);
    } finally {
      await visitorContext.close();
    }
  } finally {
    await disposeAll([learner, counsellor, moderator]);
  }
});
