import { expect, test, type Browser, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { get } from 'node:http';
import { expectAccessible, expectPagesInBothLanguages } from '../support/fixtures';
import { ask, categoryId, counsellor, disposeAll } from '../support/forum';

/**
 * The Ecuador–Spain law comparison as a visitor reads it, in a real Chromium against the real app and the
 * shipped legal-docs/: a search on a phone, a topic with Ecuador and Spain one above the other (side by side
 * on a wide screen), its citations, sources and PDF; the comparison table on a phone; the pages in English;
 * and the "related laws" on a forum question and a course. With and without JavaScript.
 */

const TOPIC = 'reagrupacion-familiar';
const PHONE = { width: 360, height: 740 };
const WIDE = { width: 1280, height: 900 };
const h1 = (page: Page) => page.getByRole('heading', { level: 1 });
const main = (page: Page) => page.getByRole('main');
const ecuador = (page: Page) => page.locator('section#ecuador');
const spain = (page: Page) => page.locator('section#espana');

async function box(locator: Locator): Promise<{ x: number; y: number; width: number; height: number }> {
  const b = await locator.boundingBox();
  expect(b).not.toBeNull();
  return b!;
}

/** No sideways scrolling of the whole page. */
async function expectNoPageOverflow(page: Page): Promise<void> {
  const { scroll, client } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
  expect(scroll, page.url()).toBeLessThanOrEqual(client);
}

/** Bytes of `path` as sent over the wire to a browser that accepts brotli and gzip (no decoding). */
function wireSize(baseURL: string, path: string): Promise<{ bytes: number; encoding: string | undefined; body: string }> {
  return new Promise((resolve, reject) => {
    get(new URL(path, baseURL), { headers: { 'accept-encoding': 'br, gzip' } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const raw = Buffer.concat(chunks);
        resolve({ bytes: raw.length, encoding: res.headers['content-encoding'], body: raw.toString('latin1') });
      });
      res.on('error', reject);
    }).on('error', reject);
  });
}

async function newPage(browser: Browser, javaScriptEnabled: boolean, viewport = PHONE): Promise<Page> {
  const context = await browser.newContext({ javaScriptEnabled, viewport, acceptDownloads: true });
  return context.newPage();
}

for (const javaScriptEnabled of [true, false]) {
  test(`on a phone: search, a result, the topic with its citations, sources and PDF (${javaScriptEnabled ? 'with' : 'without'} JavaScript)`, async ({ browser }) => {
    test.setTimeout(90_000);
    const page = await newPage(browser, javaScriptEnabled);

    await page.goto('/');
    await page.getByRole('navigation', { name: 'Menú principal' }).getByRole('link', { name: 'Leyes' }).click();
    await expect(page).toHaveURL(/\/leyes$/);
    await expect(h1(page)).toHaveText('Leyes de Ecuador y España');
    await expect(main(page).getByText('no asesoramiento legal')).toBeVisible();
    await expect(main(page).locator('ol.topics > li')).toHaveCount(13);
    await expect(main(page).getByRole('link', { name: 'Reagrupación familiar' })).toBeVisible();
    await expect(main(page).getByRole('link', { name: /tabla comparativa/ })).toHaveAttribute('href', '/leyes/comparativa');
    await expect(main(page).getByRole('link', { name: 'Descargar toda la comparativa' })).toHaveAttribute('href', '/api/legal/comparison.pdf');
    await expectAccessible(page, { javaScriptEnabled });
    await expectNoPageOverflow(page);

    // The search is a plain GET form: no accent typed, the accented word is found and highlighted.
    await page.getByRole('searchbox', { name: 'Buscar en las leyes' }).fill('reagrupacion');
    await page.getByRole('button', { name: 'Buscar' }).click();
    await expect(page).toHaveURL(/\/leyes\/buscar\?q=reagrupacion$/);
    await expect(main(page).getByRole('status')).toContainText('resultados para «reagrupacion»');
    const group = main(page).locator('section').filter({ has: page.getByRole('heading', { level: 2, name: 'Reagrupación familiar' }) });
    // A highlighted point (the summary, first when the topic's name matches, links to the top of the page).
    const hit = group.locator('a[href*="#p-"]:has(mark)').first();
    await expect(hit.locator('mark').first()).toHaveText(/^reagrupaci[oó]n$/i);
    await expectAccessible(page, { javaScriptEnabled });
    await expectNoPageOverflow(page);

    const href = await hit.getAttribute('href');
    expect(href).toMatch(new RegExp(`^/leyes/${TOPIC}#p-\\d+$`));
    await hit.click();
    await expect(page).toHaveURL(new RegExp(`/leyes/${TOPIC}#p-\\d+$`));
    await expect(h1(page)).toHaveText('Reagrupación familiar');
    // At the point the result named, on screen.
    const point = page.locator(`[id="${href!.split('#')[1]}"]`);
    await expect(point).toBeInViewport();
    await expect(point).toContainText(/reagrupaci[oó]n/i);

    await expect(main(page).getByText(/Comprobado con las fuentes por última vez el \d+ de \w+ de \d{4}\./)).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'De un vistazo' })).toBeVisible();
    // Ecuador above Spain on a phone.
    const ec = await box(ecuador(page));
    const es = await box(spain(page));
    expect(es.y).toBeGreaterThanOrEqual(ec.y + ec.height - 1);
    expect(Math.abs(es.x - ec.x)).toBeLessThan(2);
    await expectNoPageOverflow(page);

    // Citations link to the numbered sources, whose links go to the official texts.
    const cite = spain(page).locator('a.cite').first();
    // Shown as "[1, art. 16.2]"; a screen reader also hears "Fuente".
    await expect(cite).toHaveText(/^\[Fuente \d+, art\. [\d.]+[a-z]?\]$/);
    await expect(cite.locator('.sr-only')).toHaveText('Fuente ');
    const target = (await cite.getAttribute('href'))!;
    expect(target).toMatch(/^#fuente-\d+$/);
    const source = page.locator(target);
    await expect(source).toHaveCount(1);
    const sources = page.locator('section#fuentes ol > li');
    expect(await sources.count()).toBeGreaterThanOrEqual(2);
    await expect(sources.first()).toHaveAttribute('id', 'fuente-1');
    const official = sources.first().getByRole('link').first();
    await expect(official).toHaveAttribute('href', /^https:\/\//);
    await expect(official).toHaveAttribute('rel', 'noopener noreferrer');
    await expect(sources.first().locator('dt', { hasText: 'Comprobación' })).toBeVisible();
    await expect(page.locator('section#fuentes')).toContainText('Comprobada en parte');

    // Points on sources not fully confirmed say so in words, and the top of the page counts them.
    await expect(main(page).locator('.notice').filter({ hasText: /\d+ puntos? de este tema se basan?, en todo o en parte, en fuentes que no hemos podido confirmar/ })).toBeVisible();
    await expect(ecuador(page).getByText('Sin confirmar del todo').first()).toBeVisible();
    await expectAccessible(page, { javaScriptEnabled });

    // The topic's PDF, as a download.
    const [download] = await Promise.all([page.waitForEvent('download'), main(page).getByRole('link', { name: 'Descargar PDF' }).click()]);
    expect(download.suggestedFilename()).toBe(`puente-comparativa-legal-${TOPIC}.pdf`);
    const file = await download.path();
    expect(readFileSync(file).subarray(0, 5).toString()).toBe('%PDF-');

    // Back to the list and on to the comparison table, on the phone.
    await main(page).getByRole('link', { name: 'Todos los temas' }).click();
    await main(page).getByRole('link', { name: /tabla comparativa/ }).click();
    await expect(h1(page)).toHaveText('Tabla comparativa');
    const table = main(page).getByRole('table');
    await expect(table.locator('caption')).toContainText('Ecuador y España');
    expect(await table.locator('tbody tr').count()).toBeGreaterThanOrEqual(13);
    await expect(table.getByRole('columnheader', { name: 'Ecuador' })).toHaveCount(1);
    await expect(table.getByRole('columnheader', { name: 'España' })).toHaveCount(1);
    const row = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: /Reagrupación familiar/ }) });
    await expect(row.getByRole('link', { name: 'Reagrupación familiar' })).toHaveAttribute('href', `/leyes/${TOPIC}`);
    await expect(row.locator('a.cite').first()).toHaveAttribute('href', new RegExp(`^/leyes/${TOPIC}#fuente-\\d+$`));
    await expect(row.getByText('Sin confirmar del todo').first()).toBeVisible();
    await expectNoPageOverflow(page);
    await expectAccessible(page, { javaScriptEnabled });
    await page.context().close();
  });
}

test('on a wide screen Ecuador and Spain are side by side, and the comparison table fits', async ({ browser }) => {
  const page = await newPage(browser, true, WIDE);
  await page.goto(`/leyes/${TOPIC}`);
  const ec = await box(ecuador(page));
  const es = await box(spain(page));
  expect(Math.abs(es.y - ec.y)).toBeLessThan(2);
  expect(es.x).toBeGreaterThan(ec.x + ec.width - 1);
  await expectNoPageOverflow(page);
  await page.goto('/leyes/comparativa');
  await expectNoPageOverflow(page);
  await page.context().close();
});

test('a topic page is small on the wire: HTML and CSS, compressed as served, well under 50 kB', async ({ baseURL }) => {
  const html = await wireSize(baseURL!, `/leyes/${TOPIC}`);
  expect(html.encoding).toMatch(/^(br|gzip)$/);
  // The stylesheets the page links (read from the page itself, uncompressed).
  const text = await (await fetch(new URL(`/leyes/${TOPIC}`, baseURL))).text();
  const sheets = [...text.matchAll(/<link href="([^"]+\.css)" rel="stylesheet">/g)].map((m) => new URL(m[1], new URL(`/leyes/${TOPIC}`, baseURL)).pathname);
  expect(sheets.length).toBeGreaterThan(0);
  let total = html.bytes;
  for (const sheet of sheets) total += (await wireSize(baseURL!, sheet)).bytes;
  expect(total).toBeLessThan(50_000);
  // Nothing for the browser to run.
  expect(text).not.toMatch(/<script\b/);
});

test('in English: English headings, the Spanish text marked as Spanish', async ({ browser }) => {
  const page = await newPage(browser, true, WIDE);
  await page.goto(`/leyes/${TOPIC}`);
  await page.getByRole('button', { name: /English/ }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page).toHaveURL(new RegExp(`/leyes/${TOPIC}$`));
  await expect(h1(page)).toHaveText('Family reunification');
  for (const name of ['At a glance', 'Ecuador', 'Spain', 'Key differences', 'What to do', 'Sources']) {
    await expect(page.getByRole('heading', { level: 2, name, exact: true })).toBeVisible();
  }
  await expect(page.getByText('Can I bring my family to live with me?')).toBeVisible();
  await expect(main(page).getByText('Not fully confirmed').first()).toBeVisible();
  // The sections' own text is Spanish, and says so.
  const firstSpanish = spain(page).locator('p[id^="p-"] > span[lang="es"]').first();
  await expect(firstSpanish).toContainText('residencia');
  await expect(spain(page).locator('h3').first()).toHaveAttribute('lang', 'es');
  await expect(page.locator('section#fuentes li').first().getByRole('link').first()).toHaveAttribute('lang', 'es');
  await expectAccessible(page);

  await page.goto('/leyes/buscar?q=arraigo');
  await expect(h1(page)).toHaveText('Search the laws');
  await expect(main(page).getByRole('status')).toContainText('results for "arraigo"');
  await expect(main(page).locator('ul.hits a').first()).toHaveAttribute('lang', 'es');
  await page.goto('/leyes/comparativa');
  await expect(main(page).getByRole('columnheader', { name: 'Spain' })).toHaveCount(1);
  await page.getByRole('button', { name: /Español/ }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await page.context().close();
});

test('the search: a one-letter query is an error next to the field; nothing found says what to try', async ({ browser }) => {
  const page = await newPage(browser, false);
  await page.goto('/leyes/buscar');
  await expect(h1(page)).toHaveText('Buscar en las leyes');
  await expect(main(page).getByRole('status')).toHaveCount(0);

  await page.getByRole('searchbox', { name: 'Buscar en las leyes' }).fill('x');
  await page.getByRole('button', { name: 'Buscar' }).click();
  await expect(page).toHaveURL(/\/leyes\/buscar\?q=x$/);
  const field = page.getByRole('searchbox', { name: 'Buscar en las leyes' });
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(field).toHaveValue('x');
  const error = page.locator('#q-error');
  await expect(error).toHaveText('Escribe al menos 2 letras para buscar.');
  await expect(field).toHaveAttribute('aria-describedby', /\bq-error\b/);
  await expect(field).toHaveAccessibleDescription(/Escribe al menos 2 letras para buscar\./);
  await expectAccessible(page, { javaScriptEnabled: false });

  // Only words to leave out: the form says what to do, in its own words.
  await field.fill('-visado');
  await page.getByRole('button', { name: 'Buscar' }).click();
  await expect(error).toHaveText('Escribe al menos una palabra que buscar: las palabras con un guion delante (-visado) se excluyen.');
  await expect(field).toHaveValue('-visado');

  await field.fill('zzxqwv');
  await page.getByRole('button', { name: 'Buscar' }).click();
  const none = main(page).getByRole('status');
  await expect(none).toContainText('No hemos encontrado nada con «zzxqwv».');
  await expect(none).toContainText('Prueba con otras palabras');
  await expect(none.getByRole('link', { name: 'Ver todos los temas' })).toHaveAttribute('href', '/leyes');
  await page.context().close();
});

test('every law page in Spanish and in English: one h1, the main landmark, no axe violation, small', async ({ page, baseURL }) => {
  test.setTimeout(120_000);
  await expectPagesInBothLanguages(page, baseURL!, ['/leyes', '/leyes/comparativa', '/leyes/buscar', '/leyes/buscar?q=reagrupacion']);
  // Every topic, each with its own content: the same checks, within the limit of 50 kB (the HTML
  // alone, uncompressed, stays under it; compressed it is far less).
  const topics = (await (await fetch(new URL('/api/legal/topics', baseURL))).json()) as { slug: string }[];
  expect(topics.length).toBeGreaterThanOrEqual(13);
  await expectPagesInBothLanguages(page, baseURL!, topics.map((t) => `/leyes/${t.slug}`), 50_000);
});

test('an unknown topic is the 404 page', async ({ page }) => {
  for (const path of ['/leyes/no-existe', '/leyes/No_Existe']) {
    const res = await page.goto(path);
    expect(res!.status(), path).toBe(404);
    await expect(h1(page)).toHaveText('No encontramos esta página.');
  }
});

test('a forum question and a course show their related laws', async ({ page, baseURL }) => {
  const by = await counsellor(baseURL!, 'Asesora Leyes', 'Servicio jurídico gratuito de prueba');
  try {
    const id = await ask(by, {
      categoryId: await categoryId(baseURL!, 'reagrupacion-familiar'),
      title: 'Traer a mis hijos desde Guayaquil',
      body: 'Tengo la residencia desde hace dos años. ¿Qué necesito para que mis dos hijos vengan a vivir conmigo?',
      tags: ['family'],
    });
    await page.goto(`/foro/preguntas/${id}`);
    const related = page.getByRole('complementary', { name: 'Leyes relacionadas' });
    await expect(related.getByRole('link', { name: 'Reagrupación familiar' })).toHaveAttribute('href', `/leyes/${TOPIC}`);
    await expectAccessible(page);
  } finally {
    await disposeAll(by);
  }

  await page.goto('/cursos/trabajar-en-espana');
  const related = page.getByRole('complementary', { name: 'Leyes relacionadas' });
  await expect(related.getByRole('link', { name: 'Derecho a trabajar' })).toHaveAttribute('href', '/leyes/derecho-a-trabajar');
  await related.getByRole('link', { name: 'Derecho a trabajar' }).click();
  await expect(h1(page)).toHaveText('Derecho a trabajar');
});
