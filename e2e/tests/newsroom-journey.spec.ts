import { expect, request as playwrightRequest, test, type APIRequestContext, type Locator, type Page } from '@playwright/test';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { apiAs } from '../support/classroom';
import { createAccount, expectAccessible, logIn } from '../support/fixtures';
import { editor, ingestNow, onlyTheseSources, startFeedServer } from '../support/news';

/**
 * The editors' desk (/redaccion) in a real Chromium against the real app: sources read from feeds served on
 * loopback (never the internet: every other source is switched off first), the report of a read, a broken
 * feed backing off until it is flagged, and an item written by one editor and verified by another.
 */

const h1 = (page: Page) => page.getByRole('heading', { level: 1 });
const errorSummary = (page: Page) => page.locator('.error-summary');
const tag = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1000)}`;
/** The row of a table that mentions `text`. */
const row = (table: Locator, text: string | RegExp) => table.getByRole('row').filter({ hasText: text });
/** The value next to a label in a list of facts (`<dl class="facts">`). */
const fact = (scope: Page | Locator, label: string) => scope.locator(`dl.facts dt:text-is("${label}") + dd`);
const uuid = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

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

test('editors read the sources, follow a broken one and publish an item verified by a second editor (without JavaScript)', async ({ browser, baseURL }) => {
  // Many pages, each checked with axe (a few seconds each), four reads of the sources and two editors.
  test.setTimeout(360_000);
  const t = tag();
  const feedName = `migracion-${t}`;
  const feeds = await startFeedServer({
    [feedName]: [
      { title: `Abre el plazo de la regularización extraordinaria de inmigrantes ${t}`, summary: 'Las solicitudes se presentan en línea desde el lunes.', ageHours: 2, path: `/regularizacion-${t}` },
      { title: `Las remesas desde España hacia Ecuador crecen un 8 % ${t}`, summary: 'El Banco Central del Ecuador publica las cifras del trimestre.', ageHours: 5, path: `/remesas-${t}` },
      { title: `El equipo local gana el partido de fútbol del domingo ${t}`, summary: 'Dos goles en la segunda parte dieron la victoria.', ageHours: 3, path: `/futbol-${t}` },
    ],
  });
  const editorA = await editor(baseURL!, `Editora Ana ${t}`);
  const editorB = await editor(baseURL!, `Editor Bruno ${t}`);
  const brokenName = `Fuente rota ${t}`;
  const sourceName = `Observatorio de Migraciones ${t}`;
  // Every other source off (the shipped real ones too), and one whose feed does not exist on the feed server.
  const [brokenId] = await onlyTheseSources(baseURL!, editorA, [{ name: brokenName, feedUrl: feeds.url(`no-existe-${t}`), region: 'ecuador', tier: 'community' }]);

  const contextA = await browser.newContext({ javaScriptEnabled: false });
  const page = await contextA.newPage();
  const check = () => checkPage(page, { javaScriptEnabled: false });
  try {
    await logIn(page, editorA, '/redaccion');
    await expect(h1(page)).toHaveText('Redacción');
    await expect(page.getByText('No tienes borradores.')).toBeVisible();
    await check();

    // ── A source through the form: a bad submission, a feed another source reads, then the right one. ──────
    await page.getByRole('main').getByRole('link', { name: 'Todas las fuentes' }).first().click();
    await expect(h1(page)).toHaveText('Fuentes de noticias');
    await check();
    await page.getByRole('main').getByRole('link', { name: 'Nueva fuente' }).click();
    await expect(h1(page)).toHaveText('Nueva fuente');
    await check();
    await page.getByLabel('Nombre', { exact: true }).fill('X');
    await page.getByRole('button', { name: 'Añadir la fuente' }).click();
    await expect(errorSummary(page).getByRole('link')).toHaveText([
      'Escribe el nombre de la fuente (de 2 a 120 caracteres).',
      'Para activar la fuente hace falta la dirección de su feed.',
      'Escribe la dirección de la web, que empiece por https://.',
      'Elige una zona.',
      'Elige el tipo de fuente.',
    ]);
    await expect(page.getByLabel('Nombre', { exact: true })).toHaveValue('X');
    await check();
    await page.getByLabel('Nombre', { exact: true }).fill(sourceName);
    await page.getByLabel('Dirección del feed (opcional)').fill(feeds.url(`no-existe-${t}`));
    await page.getByLabel('Web de la fuente').fill('https://example.org/observatorio');
    await page.getByLabel('Zona').selectOption({ label: 'España' });
    await page.getByLabel('Tipo de fuente').selectOption({ label: 'Sociedad civil' });
    await page.getByRole('button', { name: 'Añadir la fuente' }).click();
    // The API's answer, next to the field and in the summary.
    await expect(errorSummary(page).getByRole('link')).toHaveText(['Otra fuente ya lee esta dirección de feed.']);
    await expect(page.locator('#feedUrl-error')).toHaveText('Otra fuente ya lee esta dirección de feed.');
    await expect(page.getByLabel('Tipo de fuente')).toHaveValue('civil_society');
    await page.getByLabel('Dirección del feed (opcional)').fill(feeds.url(feedName));
    // A sitewide feed: only the items about migration are kept.
    await expect(page.getByLabel('Solo noticias sobre migración (para fuentes generalistas)')).toBeChecked();
    await page.getByRole('button', { name: 'Añadir la fuente' }).click();
    await expect(page).toHaveURL(new RegExp(`/redaccion/fuentes/${uuid}\\?creada=1$`));
    const sourceUrl = page.url().replace(/\?.*$/, '');
    await expect(h1(page)).toHaveText(sourceName);
    await expect(page.getByRole('status')).toHaveText('Fuente añadida.');
    await expect(fact(page, 'Última lectura')).toHaveText('Nunca');
    await check();

    // ── "Leer las fuentes ahora": the report after the redirect. ────────────────────────────────────────────
    const readNow = async () => {
      await page.goto('/redaccion');
      await page.getByRole('button', { name: 'Leer las fuentes ahora' }).click();
      await expect(page).toHaveURL(new RegExp(`/redaccion\\?lectura=${uuid}#lectura$`));
      await expect(page.locator('#lectura').getByRole('status')).toContainText('Lectura terminada el');
      return page.locator('#lectura');
    };
    let report = await readNow();
    await expect(fact(report, 'Fuentes leídas')).toHaveText('2');
    await expect(fact(report, 'Noticias nuevas')).toHaveText('2');
    await expect(fact(report, 'Descartadas por no tratar de migración')).toHaveText('1');
    await expect(fact(report, 'Fuentes con error')).toHaveText('1');
    await expect(report.getByRole('listitem')).toHaveText([`${brokenName}: HTTP 404 Not Found`]);
    await expect(report.getByRole('link', { name: brokenName })).toHaveAttribute('href', `/redaccion/fuentes/${brokenId}`);
    const runs = page.getByRole('table', { name: /^Las últimas lecturas/ });
    await expect(row(runs, 'se muestra arriba')).toContainText('Manual');
    await expect(row(runs, 'se muestra arriba').getByRole('cell')).toHaveText(['Manual', '2', '2', '0', '1', '1']);
    await check();
    expect(await htmlSize(page, '/redaccion'), 'dashboard HTML size').toBeLessThan(30_000);

    // The sources page: the failing one first, with its error; the shipped sources (off) on two pages.
    await page.goto('/redaccion/fuentes');
    const sources = page.getByRole('table', { name: /^Fuentes \(\d+\)$/ });
    await expect(sources.getByRole('row').nth(1)).toContainText(brokenName);
    await expect(row(sources, brokenName).getByRole('cell')).toHaveText(['Ecuador · Comunitaria', 'Activa', 'Nunca', '1', 'HTTP 404 Not Found']);
    await check();
    expect(await htmlSize(page, '/redaccion/fuentes'), 'sources list HTML size').toBeLessThan(30_000);
    await expect(page.getByRole('navigation', { name: 'Páginas de la lista' })).toContainText(/Página 1 de \d+/);
    await page.getByRole('link', { name: 'Siguiente' }).click();
    await expect(page).toHaveURL(/\/redaccion\/fuentes\?pagina=2$/);
    await expect(row(sources, brokenName)).toHaveCount(0);
    // Filtered: only the two active ones, the other one read without a problem.
    await page.getByLabel('Mostrar').selectOption({ label: 'Solo las activas' });
    await page.getByRole('button', { name: 'Filtrar' }).click();
    await expect(page).toHaveURL(/\/redaccion\/fuentes\?estado=active&zona=$/);
    await expect(sources).toHaveAccessibleName('Fuentes (2)');
    await expect(row(sources, sourceName).getByRole('cell').nth(0)).toHaveText('España · Sociedad civil');
    await expect(row(sources, sourceName).getByRole('cell').nth(1)).toHaveText('Activa');
    await expect(row(sources, sourceName).getByRole('cell').nth(2)).not.toHaveText('Nunca');
    await expect(row(sources, sourceName).getByRole('cell').nth(3)).toHaveText('0');
    await page.getByLabel('Mostrar').selectOption({ label: 'Solo las que fallan' });
    await page.getByLabel('Zona').selectOption({ label: 'Ecuador' });
    await page.getByRole('button', { name: 'Filtrar' }).click();
    await expect(row(sources, brokenName)).toHaveCount(1);
    await expect(row(sources, sourceName)).toHaveCount(0);

    // A read meanwhile leaves it alone: it is backing off.
    report = await readNow();
    await expect(fact(report, 'En pausa tras fallos (no se leyeron)')).toHaveText('1');
    await expect(fact(report, 'Noticias nuevas')).toHaveText('0');
    await expect(fact(report, 'Repetidas (ya las teníamos)')).toHaveText('2');
    await expect(report.getByText('Ninguna fuente falló.')).toBeVisible();

    // Retried at once, twice: the third failure in a row flags it on the dashboard.
    for (const failures of [2, 3]) {
      await page.goto(`/redaccion/fuentes/${brokenId}`);
      await expect(fact(page, 'Fallos seguidos')).toHaveText(String(failures - 1));
      await expect(fact(page, 'Último error')).toHaveText('HTTP 404 Not Found');
      await page.getByRole('button', { name: 'Reintentar en la próxima lectura' }).click();
      await expect(page).toHaveURL(new RegExp(`/redaccion/fuentes/${brokenId}\\?reintento=1#lectura$`));
      await expect(page.getByRole('status')).toHaveText(/^Se leerá en la próxima lectura\./);
      await expect(fact(page, 'Próximo intento')).toHaveText('En la próxima lectura');
      await expect(page.getByRole('button', { name: 'Reintentar en la próxima lectura' })).toHaveCount(0);
      if (failures === 2) await check();
      report = await readNow();
      await expect(fact(report, 'Fuentes con error')).toHaveText('1');
    }
    const attention = page.getByRole('table', { name: 'Fuentes con fallos repetidos (1)' });
    await expect(row(attention, brokenName).getByRole('cell').nth(0)).toHaveText('3');
    await expect(row(attention, brokenName).getByRole('cell').nth(1)).toHaveText('HTTP 404 Not Found');
    await expect(row(attention, brokenName).getByRole('cell').nth(2)).not.toHaveText('En la próxima lectura');
    await check();
    await row(attention, brokenName).getByRole('link', { name: brokenName }).click();
    await expect(page.getByText('Esta fuente falla desde hace 3 lecturas seguidas.')).toBeVisible();
    await page.goto('/redaccion/fuentes?estado=flagged');
    await expect(row(sources, brokenName)).toContainText('Falla de forma repetida: revísala');
    await expect(row(sources, sourceName)).toHaveCount(0);

    // Switched off through its form, it no longer needs attention.
    await page.goto(`/redaccion/fuentes/${brokenId}`);
    await page.getByLabel('Activa: se lee en cada lectura, automática o manual').uncheck();
    await page.getByRole('button', { name: 'Guardar los cambios' }).click();
    await expect(page.getByRole('status')).toHaveText('Cambios guardados.');
    await expect(fact(page, 'Estado')).toHaveText('Inactiva');
    await page.goto('/redaccion');
    await expect(page.getByText('Ninguna fuente activa falla de forma repetida.')).toBeVisible();
    await page.goto(sourceUrl);
    await expect(fact(page, 'Fallos seguidos')).toHaveText('0');
    await expect(fact(page, 'Noticias guardadas')).toHaveText('2');

    // ── An item: a missing title and a bad link first. ─────────────────────────────────────────────────────
    await page.goto('/redaccion');
    await page.getByRole('main').getByRole('link', { name: 'Nueva noticia' }).click();
    await expect(h1(page)).toHaveText('Nueva noticia');
    await check();
    const title = `Cómo pedir la regularización extraordinaria ${t}`;
    const body = '## Qué cambia\n\nDesde el lunes se pueden presentar las solicitudes **en línea**.\n\n- Pasaporte en vigor\n- Certificado de empadronamiento';
    await page.getByLabel('Entradilla').fill('Las solicitudes se presentan desde el lunes. Te contamos qué documentos hacen falta.');
    await page.getByLabel('Texto de la noticia').fill(body);
    await page.getByLabel('Zona').selectOption({ label: 'España' });
    await page.getByLabel('Regularización').check();
    await page.getByLabel('Trabajo').check();
    const citation = (n: number) => page.getByRole('group', { name: `Fuente ${n}`, exact: true });
    await citation(1).getByLabel('Texto', { exact: true }).fill('Real Decreto de regularización extraordinaria');
    await citation(1).getByLabel('Enlace (opcional)').fill('https://www.boe.es/');
    await citation(2).getByLabel('Texto', { exact: true }).fill('Guía de Puente sobre el arraigo');
    await citation(2).getByLabel('Enlace (opcional)').fill('comparativa/arraigo');
    await page.getByRole('button', { name: 'Guardar como borrador' }).click();
    await expect(errorSummary(page).getByRole('link')).toHaveText([
      'Escribe un título de 5 a 200 caracteres.',
      'Fuente 2: el enlace debe empezar por https:// o, para una página de Puente, por /.',
    ]);
    await expect(page.getByLabel('Texto de la noticia')).toHaveValue(body);
    await expect(page.getByLabel('Trabajo')).toBeChecked();
    await expect(citation(2).getByLabel('Texto', { exact: true })).toHaveValue('Guía de Puente sobre el arraigo');
    await check();
    await page.getByLabel('Título', { exact: true }).fill(title);
    await citation(2).getByLabel('Enlace (opcional)').fill('/comparativa/arraigo');
    await page.getByRole('button', { name: 'Guardar como borrador' }).click();
    await expect(page).toHaveURL(new RegExp(`/redaccion/noticias/${uuid}\\?hecho=creada$`));
    const itemUrl = page.url().replace(/\?.*$/, '');
    await expect(h1(page)).toHaveText(title);
    await expect(page.getByRole('status')).toHaveText('Borrador guardado.');
    await expect(page.locator('.status-banner')).toContainText('Estado: Borrador');
    // The two sources are kept, and five empty rows follow them.
    await expect(citation(2).getByLabel('Enlace (opcional)')).toHaveValue('/comparativa/arraigo');
    await expect(page.getByRole('group', { name: /^Fuente \d+$/ })).toHaveCount(7);
    await check();
    // Saving what is already there changes nothing.
    await page.getByRole('button', { name: 'Guardar los cambios' }).click();
    await expect(page.getByRole('status')).toHaveText('No había cambios que guardar.');

    // Sent for review: its author cannot verify it.
    await page.getByRole('button', { name: 'Enviar a revisión' }).click();
    await expect(page.getByRole('status')).toHaveText('Enviada a revisión. Ahora otra persona editora tiene que verificarla.');
    await expect(page.locator('.status-banner')).toContainText('Estado: En revisión');
    await expect(page.getByText(/^No puedes verificarla porque la escribiste tú\. Otra persona editora debe verificarla/)).toBeVisible();
    await expect(page.getByRole('button', { name: 'Verificar y publicar' })).toHaveCount(0);
    await check();
    await page.goto('/redaccion');
    await expect(row(page.getByRole('table', { name: /^Noticias en revisión/ }), title)).toContainText('No: la escribiste tú');

    // ── Editor B returns it with a note. ───────────────────────────────────────────────────────────────────
    const contextB = await browser.newContext({ javaScriptEnabled: false });
    const pageB = await contextB.newPage();
    try {
      await logIn(pageB, editorB, '/redaccion');
      const queueB = row(pageB.getByRole('table', { name: /^Noticias en revisión/ }), title);
      await expect(queueB).toContainText(editorA.displayName);
      await expect(queueB).toContainText('Sí, puedes verificarla');
      await queueB.getByRole('link', { name: title }).click();
      await expect(pageB.getByRole('button', { name: 'Verificar y publicar' })).toBeVisible();
      await checkPage(pageB, { javaScriptEnabled: false });
      await pageB.getByRole('button', { name: 'Devolver con comentarios' }).click();
      await expect(errorSummary(pageB).getByRole('link')).toHaveText(['Escribe qué hay que cambiar (de 5 a 2000 caracteres).']);
      const note = 'Falta decir hasta cuándo se pueden presentar las solicitudes.';
      await pageB.getByLabel('Qué hay que cambiar').fill(note);
      await pageB.getByRole('button', { name: 'Devolver con comentarios' }).click();
      await expect(pageB.getByRole('status')).toHaveText('Devuelta a borrador con tus comentarios.');
      await expect(pageB.locator('.status-banner')).toContainText('Estado: Borrador');

      // A sees the note, completes the text and sends it again.
      await page.goto('/redaccion');
      await expect(row(page.getByRole('table', { name: /^Tus borradores/ }), title)).toContainText('Devuelta con comentarios');
      await page.goto(itemUrl);
      await expect(page.locator('.review-note')).toContainText('Te la devolvieron con estos comentarios:');
      await expect(page.locator('.review-note')).toContainText(note);
      await check();
      await page.getByLabel('Texto de la noticia').fill(`${body}\n\nEl plazo termina el 30 de junio`);
      await page.getByRole('button', { name: 'Enviar a revisión' }).click();
      await expect(page.getByRole('status')).toHaveText('Enviada a revisión. Ahora otra persona editora tiene que verificarla.');
      await expect(page.locator('.review-note')).toHaveCount(0);
      // A correction during review sends it back to draft: the verifier verifies the text they read.
      await expect(page.getByText(/^Si guardas cambios, la noticia vuelve a borrador/)).toBeVisible();
      await page.getByLabel('Texto de la noticia').fill(`${body}\n\nEl plazo termina el 30 de junio.`);
      await page.getByRole('button', { name: 'Guardar los cambios' }).click();
      await expect(page.getByRole('status')).toHaveText('Cambios guardados. La noticia ha vuelto a borrador: envíala otra vez a revisión cuando esté lista.');
      await expect(page.locator('.status-banner')).toContainText('Estado: Borrador');
      await page.getByRole('button', { name: 'Enviar a revisión' }).click();
      await expect(page.locator('.status-banner')).toContainText('Estado: En revisión');

      // B verifies and publishes it.
      await pageB.goto(itemUrl);
      await expect(pageB.getByLabel('Texto de la noticia')).toHaveValue(/El plazo termina el 30 de junio\.$/);
      // The reviewer reads the text as it will be published before verifying it.
      await expect(pageB.getByRole('heading', { name: 'El texto tal como se publicará' })).toBeVisible();
      await expect(pageB.locator('article.published')).toContainText('El plazo termina el 30 de junio.');
      await pageB.getByRole('button', { name: 'Verificar y publicar' }).click();
      await expect(pageB.getByRole('status')).toHaveText('Verificada y publicada.');
      await expect(pageB.locator('.status-banner')).toContainText('Estado: Publicada');
      await expect(fact(pageB, 'Verificada')).toContainText(editorB.displayName);
      const published = pageB.locator('article.published');
      await expect(published.getByRole('heading', { name: 'Qué cambia' })).toBeVisible();
      await expect(published.locator('strong')).toHaveText('en línea');
      await expect(published.getByRole('link', { name: 'Guía de Puente sobre el arraigo' })).toHaveAttribute('href', '/comparativa/arraigo');
      await expect(pageB.getByLabel('Texto de la noticia')).toHaveCount(0);
      await checkPage(pageB, { javaScriptEnabled: false });
      await expect(pageB.getByRole('link', { name: 'Ver publicada' })).toHaveAttribute('href', /^\/noticias\/[a-z0-9-]+$/);
      await pageB.goto('/redaccion');
      await expect(row(pageB.getByRole('table', { name: /^Noticias publicadas/ }), title)).toContainText(editorB.displayName);
      // Every item of the newsroom, by status.
      await pageB.getByRole('link', { name: 'Todas las noticias de la redacción' }).click();
      await pageB.getByLabel('Estado').selectOption({ label: 'Publicada' });
      await pageB.getByRole('button', { name: 'Filtrar' }).click();
      await expect(pageB).toHaveURL(/\/redaccion\/noticias\?estado=published$/);
      await expect(row(pageB.getByRole('table', { name: /^Noticias \(\d+\)$/ }), title)).toContainText(editorA.displayName);
      await checkPage(pageB, { javaScriptEnabled: false });
      await pageB.getByLabel('Estado').selectOption({ label: 'Borrador' });
      await pageB.getByRole('button', { name: 'Filtrar' }).click();
      await expect(row(pageB.getByRole('table', { name: /^Noticias \(\d+\)$/ }), title)).toHaveCount(0);
    } finally {
      await contextB.close();
    }

    // Public now, through the API (the public page is built elsewhere): verified by B, written by A.
    const anonymous = await playwrightRequest.newContext({ baseURL });
    try {
      await page.goto(itemUrl);
      const slug = (await page.getByRole('link', { name: 'Ver publicada' }).getAttribute('href'))!.replace('/noticias/', '');
      const res = await anonymous.get(`/api/news/${slug}`);
      expect(res.status()).toBe(200);
      const detail = await res.json();
      expect(detail.title).toBe(title);
      expect(detail.verified.name).toBe(editorB.displayName);
      expect(detail.authorName).toBe(editorA.displayName);
      expect(detail.tags).toEqual(['regularisation', 'work']);
      expect(detail.citations).toEqual([
        { text: 'Real Decreto de regularización extraordinaria', url: 'https://www.boe.es/' },
        { text: 'Guía de Puente sobre el arraigo', url: '/comparativa/arraigo' },
      ]);
      expect(detail.corrections).toEqual([]);

      // ── A adds a correction (too short first). ──────────────────────────────────────────────────────────
      await page.getByLabel('Qué se corrige y por qué').fill('Plazo');
      await page.getByRole('button', { name: 'Añadir una corrección' }).click();
      await expect(errorSummary(page).getByRole('link')).toHaveText(['Escribe la corrección (de 10 a 2000 caracteres).']);
      await expect(page.getByLabel('Qué se corrige y por qué')).toHaveValue('Plazo');
      const correction = 'El plazo termina el 30 de septiembre, no el 30 de junio.';
      await page.getByLabel('Qué se corrige y por qué').fill(correction);
      await page.getByRole('button', { name: 'Añadir una corrección' }).click();
      await expect(page).toHaveURL(/\?hecho=corregida#correcciones$/);
      await expect(page.getByRole('status')).toHaveText('Corrección añadida: ya se ve en la noticia.');
      const corrections = page.locator('ol.corrections > li');
      await expect(corrections).toHaveCount(1);
      await expect(corrections).toContainText(correction);
      await expect(corrections.locator('time')).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}T/);
      await check();
      const after = await (await anonymous.get(`/api/news/${slug}`)).json();
      expect(after.corrections.map((c: { body: string }) => c.body)).toEqual([correction]);
    } finally {
      await anonymous.dispose();
    }
  } finally {
    await contextA.close();
    // Leave no test source active for the journeys that come after.
    await onlyTheseSources(baseURL!, editorA, []);
    await feeds.close();
  }
});

test('an editor writes an item and another verifies it (with JavaScript)', async ({ browser, baseURL }) => {
  test.setTimeout(120_000);
  const t = tag();
  const editorA = await editor(baseURL!, `Editora Carla ${t}`);
  const editorB = await editor(baseURL!, `Editor Diego ${t}`);
  const contextA = await browser.newContext();
  const contextB = await browser.newContext();
  try {
    const page = await contextA.newPage();
    await logIn(page, editorA, '/redaccion/noticias/nueva');
    const title = `El consulado amplía sus horarios de atención ${t}`;
    await page.getByLabel('Entradilla').fill('Desde diciembre, el consulado atiende también los sábados por la mañana.');
    await page.getByLabel('Texto de la noticia').fill('El consulado del Ecuador en Madrid abre los **sábados** de 9:00 a 13:00, con cita previa.');
    await page.getByLabel('Zona').selectOption('spain');
    await page.getByLabel('Consulados').check();
    await page.getByRole('group', { name: 'Fuente 1', exact: true }).getByLabel('Texto', { exact: true }).fill('Comunicado del consulado');
    await page.getByRole('button', { name: 'Guardar como borrador' }).click();
    // Enhanced: the summary takes the focus, the rest of the form stays as typed.
    await expect(errorSummary(page).getByRole('link')).toHaveText(['Escribe un título de 5 a 200 caracteres.']);
    await expect(errorSummary(page)).toBeFocused();
    await expect(page.getByLabel('Consulados')).toBeChecked();
    await checkPage(page);
    await page.getByLabel('Título', { exact: true }).fill(title);
    await page.getByRole('button', { name: 'Guardar como borrador' }).click();
    await expect(page).toHaveURL(new RegExp(`/redaccion/noticias/${uuid}\\?hecho=creada$`));
    const itemUrl = page.url().replace(/\?.*$/, '');
    await page.getByRole('button', { name: 'Enviar a revisión' }).click();
    await expect(page.getByRole('status')).toHaveText('Enviada a revisión. Ahora otra persona editora tiene que verificarla.');
    await checkPage(page);

    const pageB = await contextB.newPage();
    await logIn(pageB, editorB, '/redaccion');
    await row(pageB.getByRole('table', { name: /^Noticias en revisión/ }), title).getByRole('link', { name: title }).click();
    await expect(pageB).toHaveURL(itemUrl);
    await pageB.getByRole('button', { name: 'Verificar y publicar' }).click();
    await expect(pageB.getByRole('status')).toHaveText('Verificada y publicada.');
    await checkPage(pageB);
    const slug = (await pageB.getByRole('link', { name: 'Ver publicada' }).getAttribute('href'))!.replace('/noticias/', '');
    const res = await pageB.request.get(`/api/news/${slug}`);
    expect(res.status()).toBe(200);
    expect((await res.json()).verified.name).toBe(editorB.displayName);
  } finally {
    await contextA.close();
    await contextB.close();
  }
});

test('a second read while one is running is refused, in the editor’s language', async ({ browser, baseURL }) => {
  test.setTimeout(120_000);
  const t = tag();
  const editorA = await editor(baseURL!, `Editora Elena ${t}`);
  // A feed that answers only when told to: the first read holds the lock until then.
  let arrived!: () => void;
  const reached = new Promise<void>((ok) => (arrived = ok));
  let release!: () => void;
  const released = new Promise<void>((ok) => (release = ok));
  const server = createServer((_req, res) => {
    arrived();
    void released.then(() => {
      res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' });
      res.end('<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Lenta</title><link>https://example.org/</link><description>Lenta</description></channel></rss>');
    });
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const feedUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/lenta-${t}.xml`;
  await onlyTheseSources(baseURL!, editorA, [{ name: `Fuente lenta ${t}`, feedUrl, region: 'world', tier: 'community' }]);

  const es = await browser.newContext({ javaScriptEnabled: false });
  const en = await browser.newContext({ javaScriptEnabled: false });
  let running: Promise<unknown> | undefined;
  try {
    const pageEs = await es.newPage();
    const pageEn = await en.newPage();
    await logIn(pageEs, editorA, '/redaccion');
    await logIn(pageEn, editorA, '/redaccion');
    // Logging in sets the account's language (Spanish): this editor switches to English.
    await en.addCookies([{ name: 'lang', value: 'en', url: baseURL! }]);
    await pageEn.reload();
    running = ingestNow(baseURL!, editorA);
    await reached;
    await pageEs.getByRole('button', { name: 'Leer las fuentes ahora' }).click();
    await expect(pageEs.getByRole('alert')).toHaveText('Ya se están leyendo las fuentes en este momento. Vuelve a mirar en unos minutos.');
    await expect(pageEs.locator('#lectura')).toHaveCount(0);
    await pageEn.getByRole('button', { name: 'Read the sources now' }).click();
    await expect(pageEn.getByRole('alert')).toHaveText('The sources are being read right now. Check again in a few minutes.');
    await checkPage(pageEn, { javaScriptEnabled: false, lang: 'en' });
    release();
    expect(await running).toMatchObject({ failed: [] });
    running = undefined;
    // Once it is over, reading works again.
    await pageEs.goto('/redaccion');
    await pageEs.getByRole('button', { name: 'Leer las fuentes ahora' }).click();
    await expect(pageEs).toHaveURL(new RegExp(`/redaccion\\?lectura=${uuid}#lectura$`));
    await expect(fact(pageEs.locator('#lectura'), 'Fuentes leídas')).toHaveText('1');
  } finally {
    release();
    await running?.catch(() => undefined);
    await es.close();
    await en.close();
    await onlyTheseSources(baseURL!, editorA, []);
    await new Promise<void>((ok) => server.close(() => ok()));
  }
});

test('the desk refuses a learner with the 403 page and sends anonymous visitors to log in', async ({ page, browser, baseURL }) => {
  const learner = await createAccount(baseURL!, { displayName: `Aprendiz ${tag()}` });
  await logIn(page, learner);
  for (const path of ['/redaccion', '/redaccion/fuentes', '/redaccion/fuentes/nueva', '/redaccion/noticias/nueva', '/redaccion/fuentes/00000000-0000-4000-8000-000000000000']) {
    const res = await page.goto(path);
    expect(res?.status(), path).toBe(403);
    await expect(h1(page), path).toHaveText('No tienes permiso para ver esta página.');
  }
  await checkPage(page);
  // A form post is refused too.
  const post = await page.request.post('/redaccion?/leer', { form: {}, headers: { origin: new URL(baseURL!).origin }, maxRedirects: 0 });
  expect(post.status()).toBe(403);

  const anonymous = await browser.newContext({ javaScriptEnabled: false });
  try {
    const visitor = await anonymous.newPage();
    await visitor.goto('/redaccion/fuentes?estado=failing');
    await expect(visitor).toHaveURL(/\/entrar\?next=%2Fredaccion%2Ffuentes%3Festado%3Dfailing$/);
    await expect(h1(visitor)).toHaveText('Entrar');
  } finally {
    await anonymous.close();
  }
});

test('every desk page passes axe in English, and the dashboard and the sources list are small', async ({ page, context, baseURL }) => {
  // Nine pages with axe, after setting up what they show through the API.
  test.setTimeout(180_000);
  const t = tag();
  const feeds = await startFeedServer({ [`axe-${t}`]: [{ title: `Asylum applications rise in Spain ${t}`, summary: 'New figures from the Ministry of the Interior.', ageHours: 1, path: `/asylum-${t}` }] });
  const writer = await editor(baseURL!, `Writer ${t}`);
  const checker = await editor(baseURL!, `Checker ${t}`);
  let api: APIRequestContext | undefined;
  let apiB: APIRequestContext | undefined;
  try {
    const [sourceId] = await onlyTheseSources(baseURL!, writer, [
      { name: `Axe feed ${t}`, feedUrl: feeds.url(`axe-${t}`), region: 'spain', tier: 'established_media' },
      { name: `Axe broken ${t}`, feedUrl: feeds.url(`gone-${t}`), region: 'world', tier: 'official' },
    ]);
    api = await apiAs(baseURL!, writer);
    apiB = await apiAs(baseURL!, checker);
    const content = (title: string) => ({
      title,
      summary: 'A short standfirst for the accessibility check.',
      body: '## What changes\n\nA paragraph with a [source](https://www.boe.es/).',
      region: 'spain',
      language: 'en',
      tags: ['asylum'],
      citations: [{ text: 'Official bulletin', url: 'https://www.boe.es/' }],
    });
    const make = async (title: string) => (await (await api!.post('/api/news/editorial', { data: content(title) })).json()).id as string;
    const draft = await make(`Draft for axe ${t}`);
    const inReview = await make(`In review for axe ${t}`);
    expect((await api.post(`/api/news/editorial/${inReview}/submit`)).status()).toBe(200);
    const published = await make(`Published for axe ${t}`);
    expect((await api.post(`/api/news/editorial/${published}/submit`)).status()).toBe(200);
    expect((await apiB.post(`/api/news/editorial/${published}/verify`)).status()).toBe(200);
    expect((await api.post(`/api/news/editorial/${published}/corrections`, { data: { body: 'The figures are for the third quarter.' } })).status()).toBe(201);
    // Returned once, so the draft shows a review note.
    expect((await api.post(`/api/news/editorial/${draft}/submit`)).status()).toBe(200);
    expect((await apiB.post(`/api/news/editorial/${draft}/return`, { data: { note: 'Please add the date of the figures.' } })).status()).toBe(200);

    await logIn(page, writer, '/redaccion');
    // Logging in sets the account's language (Spanish): this editor switches to English.
    await context.addCookies([{ name: 'lang', value: 'en', url: baseURL! }]);
    await page.reload();
    await expect(h1(page)).toHaveText('Newsroom');
    await page.getByRole('button', { name: 'Read the sources now' }).click();
    await expect(page.locator('#lectura').getByRole('status')).toContainText('Read finished on');
    await expect(fact(page.locator('#lectura'), 'New items')).toHaveText('1');
    await expect(page.locator('#lectura')).toContainText(`Axe broken ${t}: HTTP 404 Not Found`);
    await checkPage(page, { lang: 'en' });
    const pages: [string, string][] = [
      ['/redaccion/fuentes', 'News sources'],
      ['/redaccion/noticias', 'All newsroom items'],
      ['/redaccion/fuentes/nueva', 'New source'],
      [`/redaccion/fuentes/${sourceId}`, `Axe feed ${t}`],
      ['/redaccion/noticias/nueva', 'New item'],
      [`/redaccion/noticias/${draft}`, `Draft for axe ${t}`],
      [`/redaccion/noticias/${inReview}`, `In review for axe ${t}`],
      [`/redaccion/noticias/${published}`, `Published for axe ${t}`],
    ];
    for (const [path, heading] of pages) {
      await page.goto(path);
      await expect(h1(page), path).toHaveText(heading);
      await checkPage(page, { lang: 'en' });
    }
    await page.goto(`/redaccion/noticias/${draft}`);
    await expect(page.locator('.review-note')).toContainText('Please add the date of the figures.');
    await expect(page.locator('.status-banner')).toContainText('Status: Draft');
    await page.goto(`/redaccion/noticias/${published}`);
    await expect(page.locator('ol.corrections')).toContainText('The figures are for the third quarter.');

    expect(await htmlSize(page, '/redaccion'), 'dashboard HTML size').toBeLessThan(30_000);
    expect(await htmlSize(page, '/redaccion/fuentes'), 'sources list HTML size').toBeLessThan(30_000);
  } finally {
    await api?.dispose();
    await apiB?.dispose();
    await onlyTheseSources(baseURL!, writer, []);
    await feeds.close();
  }
});
