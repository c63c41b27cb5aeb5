import { expect, test, type Browser, type Page } from '@playwright/test';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { apiAs, expectSmall } from '../support/classroom';
import { expectAccessible, logIn, state, type E2eAccount } from '../support/fixtures';
import { editor, ingestNow, onlyTheseSources, startFeedServer, type FeedItem, type FeedServer } from '../support/news';

/**
 * The public news centre, read by a visitor with no account: the list with its filters (a plain GET form that
 * works without JavaScript), an item from an outlet and one from Puente's newsroom, the sources page, the
 * home page's latest news and our own feeds, in Spanish and English. Two invented outlets are served by a
 * local feed server (test data only, links on example.org); editors set the scene through the API.
 */

/**
 * The same for the whole run: a worker that restarts after a failed test runs `beforeAll` again, and must find
 * the scene already made (a second copy of every story would join the first one's and break every other test).
 */
const t = `run${process.env.PUENTE_E2E_PORT}`;
const sceneFile = () => join(state().dataDir, 'news-journey-scene.json');
const h1 = (page: Page) => page.getByRole('heading', { level: 1 });
const main = (page: Page) => page.getByRole('main');
/** One story in the list, found by its title. */
const story = (page: Page, title: string) => main(page).locator('ul.news > li').filter({ has: page.getByRole('heading', { level: 2, name: title, exact: true }) });

const ANDINO = `Diario Andino (e2e ${t})`;
const MIGRACIONES = `Secretaría de Migraciones (e2e ${t})`;

// The story both outlets publish: near-identical titles, so it is listed once.
const REGULARIZATION = 'España aprueba la regularización extraordinaria de medio millón de migrantes';
const REGULARIZATION_ES = 'España aprueba la regularización extraordinaria de medio millón de personas migrantes';
const REMITTANCES = 'Las remesas enviadas desde España a Ecuador crecen un 8 % en el último año';
const CONSULATE = 'El consulado de Ecuador en Madrid abre más citas para renovar el pasaporte';
const VISAS = 'Nuevos requisitos para pedir el visado de estudios en España';
const PROVINCES = ['Madrid', 'Barcelona', 'Valencia', 'Murcia', 'Alicante', 'Málaga', 'Sevilla', 'Zaragoza', 'Palma', 'Bilbao', 'Toledo', 'Almería', 'Girona', 'Tarragona', 'Lleida', 'Castellón', 'Córdoba', 'Granada', 'Huelva', 'Navarra'];
const appointments = (p: string) => `Extranjería publica nuevas citas en ${p} para la huella de la tarjeta de identidad de extranjero`;

const ECUADOR_FEED: FeedItem[] = [
  {
    title: REGULARIZATION,
    summary: 'El Consejo de Ministros aprobó el decreto. Las personas ecuatorianas que viven en España sin papeles podrán presentar su solicitud durante un año.',
    ageHours: 3,
    path: `/e2e-${t}/andino/regularizacion`,
  },
  {
    title: REMITTANCES,
    summary: 'Las familias ecuatorianas recibieron más dinero de sus parientes en España. El Banco Central atribuye la subida al empleo en la construcción y los cuidados.',
    ageHours: 4,
    path: `/e2e-${t}/andino/remesas`,
  },
  {
    title: CONSULATE,
    summary: 'El consulado suma dos días de atención al mes. Las citas se piden en la web de la Cancillería y hay que llevar el pasaporte anterior.',
    ageHours: 8,
    path: `/e2e-${t}/andino/consulado`,
  },
];

const SPAIN_FEED: FeedItem[] = [
  {
    title: REGULARIZATION_ES,
    summary: 'El real decreto permite pedir la residencia y el trabajo a quienes llegaron antes del 31 de diciembre. Las solicitudes se presentan por internet o en las oficinas de extranjería.',
    ageHours: 2,
    path: `/e2e-${t}/migraciones/regularizacion`,
  },
  {
    title: VISAS,
    summary: 'Quienes quieran estudiar en España deberán acreditar un seguro médico completo y medios económicos suficientes para todo el curso.',
    ageHours: 5,
    path: `/e2e-${t}/migraciones/visado-estudios`,
  },
  // Enough older items for a second page. Summaries of a realistic length, for the page-size check.
  ...PROVINCES.map((p, i) => ({
    title: appointments(p),
    summary:
      `La oficina de extranjería de ${p} abre un nuevo bloque de citas para tomar la huella de la tarjeta. ` +
      'Hay que pedir la cita por internet, con el número de identidad de extranjero y el pasaporte a mano. ' +
      'Quien no pueda ir el día asignado puede anularla y pedir otra. Las asociaciones de personas migrantes piden más citas en verano.',
    ageHours: 30 + i,
    path: `/e2e-${t}/migraciones/citas-${i}`,
  })),
];

const EDITORIAL = {
  title: 'Qué cambia con la regularización extraordinaria: guía paso a paso',
  summary: 'Quién puede pedirla, qué papeles hacen falta y dónde se presentan. Una guía de la redacción de Puente.',
  body: '## Quién puede pedirla\n\nLas personas que ya vivían en España antes del **31 de diciembre** y no tienen antecedentes penales.\n\n## Qué papeles hacen falta\n\n- El pasaporte en vigor\n- Un documento que pruebe que vives en España, como el empadronamiento',
  region: 'spain',
  language: 'es',
  tags: ['regularisation', 'residence'],
  citations: [
    { text: 'Real decreto de regularización extraordinaria (texto de prueba)', url: 'https://example.org/boe/real-decreto' },
    { text: 'Entrevista con una abogada de extranjería de Murcia', url: null },
  ],
};
const CORRECTION = 'La primera versión decía que el plazo era de seis meses. El plazo es de un año.';

interface Scene {
  author: E2eAccount;
  andinoId: string;
  editorialSlug: string;
}
let scene: Scene;
let feeds: FeedServer | undefined;

test.beforeAll(async ({ baseURL }) => {
  if (existsSync(sceneFile())) {
    scene = JSON.parse(readFileSync(sceneFile(), 'utf8')) as Scene;
    return;
  }
  test.setTimeout(120_000);
  feeds = await startFeedServer({ [`andino-${t}`]: ECUADOR_FEED, [`migraciones-${t}`]: SPAIN_FEED });
  const author = await editor(baseURL!, 'Lucía Editora');
  const checker = await editor(baseURL!, 'Marco Verificador');
  const andino = { name: ANDINO, feedUrl: feeds.url(`andino-${t}`), region: 'ecuador', tier: 'established_media' } as const;
  const migraciones = { name: MIGRACIONES, feedUrl: feeds.url(`migraciones-${t}`), region: 'spain', tier: 'official' } as const;
  // The Ecuadorian outlet is read first, so its report leads the story both outlets tell.
  const [andinoId] = await onlyTheseSources(baseURL!, author, [andino]);
  const first = await ingestNow(baseURL!, author);
  expect(first.failed).toEqual([]);
  expect(first.newItems).toBe(ECUADOR_FEED.length);
  await onlyTheseSources(baseURL!, author, [andino, migraciones]);
  const second = await ingestNow(baseURL!, author);
  expect(second.failed).toEqual([]);
  expect(second.newItems).toBe(SPAIN_FEED.length);

  // A newsroom item: written by one editor, verified by another, then corrected.
  const writer = await apiAs(baseURL!, author);
  const created = await writer.post('/api/news/editorial', { data: EDITORIAL });
  expect(created.status()).toBe(201);
  const { id, slug } = (await created.json()) as { id: string; slug: string };
  expect((await writer.post(`/api/news/editorial/${id}/submit`)).status()).toBe(200);
  const verifier = await apiAs(baseURL!, checker);
  expect((await verifier.post(`/api/news/editorial/${id}/verify`)).status()).toBe(200);
  expect((await writer.post(`/api/news/editorial/${id}/corrections`, { data: { body: CORRECTION } })).status()).toBe(201);
  await writer.dispose();
  await verifier.dispose();
  scene = { author, andinoId, editorialSlug: slug };
  writeFileSync(sceneFile(), JSON.stringify(scene));
});

test.afterAll(async () => {
  await feeds?.close();
});

/** The main journey: the list, its filters, search, an item and the sources page. */
async function readTheNews(page: Page, javaScriptEnabled: boolean): Promise<void> {
  await page.goto('/noticias');
  await expect(h1(page)).toHaveText('Noticias');
  await expect(page.getByRole('navigation', { name: 'Menú principal' }).getByRole('link', { name: 'Noticias' })).toHaveAttribute('aria-current', 'page');
  await expect(main(page)).toContainText(/Última actualización: [a-záéíóúñ]+, \d+ de [a-z]+, \d\d:\d\d/);
  await expect(main(page)).not.toContainText('todavía no se han leído');

  // The story both outlets told is listed once, from the outlet that published it first, with its label.
  const regularization = story(page, REGULARIZATION);
  await expect(regularization).toContainText(`${ANDINO} Medio establecido`);
  await expect(regularization).toContainText('Las personas ecuatorianas que viven en España sin papeles');
  await expect(regularization).toContainText(`También lo publicó: ${MIGRACIONES}`);
  await expect(regularization.getByRole('link', { name: 'Regularización', exact: true })).toHaveAttribute('href', '/noticias?tema=regularisation');
  await expect(story(page, REGULARIZATION_ES)).toHaveCount(0);
  await expect(story(page, VISAS)).toContainText(`${MIGRACIONES} Fuente oficial`);
  // The newsroom's item says who checked it.
  await expect(story(page, EDITORIAL.title)).toContainText(/Redacción de Puente · verificada por Marco Verificador el \d+ [a-z]+ \d{4}/);
  await expectAccessible(page, { javaScriptEnabled });
  await expectSmall(await page.request.get('/noticias'));

  // Only Ecuador: the Spanish items go; the chosen region stays selected.
  await page.getByLabel('Zona').selectOption('ecuador');
  await page.getByRole('button', { name: 'Buscar', exact: true }).click();
  await expect(page).toHaveURL(/\/noticias\?region=ecuador&tema=&q=$/);
  await expect(page.getByLabel('Zona')).toHaveValue('ecuador');
  for (const title of [REGULARIZATION, REMITTANCES, CONSULATE]) await expect(story(page, title)).toHaveCount(1);
  for (const title of [VISAS, EDITORIAL.title]) await expect(story(page, title)).toHaveCount(0);
  // Our feeds follow the region.
  await expect(page.locator('head link[rel="alternate"][type="application/rss+xml"]')).toHaveAttribute('href', '/api/news/feed.xml?region=ecuador');
  const rss = main(page).getByRole('link', { name: 'RSS', exact: true });
  await expect(rss).toHaveAttribute('href', '/api/news/feed.xml?region=ecuador');
  const feed = await page.request.get('/api/news/feed.xml?region=ecuador');
  expect(feed.headers()['content-type']).toContain('application/rss+xml');
  expect(await feed.text()).toContain(REMITTANCES);
  await expect(main(page).getByRole('link', { name: 'Atom', exact: true })).toHaveAttribute('href', '/api/news/feed.atom?region=ecuador');
  await expect(main(page).getByRole('link', { name: 'JSON Feed', exact: true })).toHaveAttribute('href', '/api/news/feed.json?region=ecuador');

  // And one topic: both filters apply and stay chosen.
  await page.getByLabel('Tema').selectOption({ label: 'Remesas' });
  await page.getByRole('button', { name: 'Buscar', exact: true }).click();
  await expect(page).toHaveURL(/\/noticias\?region=ecuador&tema=remittances&q=$/);
  await expect(page.getByLabel('Tema')).toHaveValue('remittances');
  await expect(story(page, REMITTANCES)).toHaveCount(1);
  for (const title of [REGULARIZATION, CONSULATE]) await expect(story(page, title)).toHaveCount(0);
  await expectAccessible(page, { javaScriptEnabled });

  // A search typed without accents finds the accented words; the words stay in the box.
  await page.getByLabel('Zona').selectOption('');
  await page.getByLabel('Tema').selectOption('');
  await page.getByLabel('Buscar en las noticias').fill('regularizacion');
  await page.getByRole('button', { name: 'Buscar', exact: true }).click();
  await expect(page).toHaveURL(/\/noticias\?region=&tema=&q=regularizacion$/);
  await expect(page.getByLabel('Buscar en las noticias')).toHaveValue('regularizacion');
  await expect(story(page, REGULARIZATION)).toHaveCount(1);
  await expect(story(page, EDITORIAL.title)).toHaveCount(1);
  for (const title of [REMITTANCES, CONSULATE, VISAS]) await expect(story(page, title)).toHaveCount(0);

  // Nothing found: the page says so and how to see everything again.
  await page.getByLabel('Buscar en las noticias').fill('palabraqueningunanoticiatiene');
  await page.getByRole('button', { name: 'Buscar', exact: true }).click();
  await expect(main(page).getByRole('status')).toContainText('No hay noticias con estos filtros. Prueba con otras palabras, otro tema u otra zona.');
  await expect(main(page).locator('ul.news')).toHaveCount(0);
  await expectAccessible(page, { javaScriptEnabled });
  await main(page).getByRole('link', { name: 'Quitar los filtros y ver todas las noticias' }).click();
  await expect(page).toHaveURL(/\/noticias$/);

  // Open the story: its source, the label, where it happened, the topics and the way out to the outlet.
  await story(page, REGULARIZATION).getByRole('link', { name: REGULARIZATION }).click();
  await expect(page).toHaveURL(/\/noticias\/espana-aprueba-la-regularizacion-extraordinaria-de-medio-[0-9a-z-]+$/);
  await expect(h1(page)).toHaveText(REGULARIZATION);
  await expect(page.getByRole('navigation', { name: 'Menú principal' }).getByRole('link', { name: 'Noticias' })).toHaveAttribute('aria-current', 'page');
  await expect(main(page).getByRole('listitem').filter({ hasText: 'Fuente:' })).toHaveText(`Fuente: ${ANDINO} Medio establecido`);
  await expect(main(page).getByRole('listitem').filter({ hasText: 'Zona:' })).toHaveText('Zona: Ecuador');
  await expect(main(page).getByRole('listitem').filter({ hasText: 'Temas:' }).getByRole('link', { name: 'Regularización', exact: true })).toBeVisible();
  await expect(main(page)).toContainText(ECUADOR_FEED[0].summary);
  // A preview for messaging apps: the summary as plain text.
  await expect(page.locator('head meta[name="description"]')).toHaveAttribute('content', ECUADOR_FEED[0].summary);
  const out = main(page).getByRole('link', { name: `Leer en ${ANDINO} (abre otra web)` });
  await expect(out).toHaveAttribute('href', `https://example.org/e2e-${t}/andino/regularizacion`);
  await expect(out).toHaveAttribute('rel', 'noopener noreferrer');
  await expect(main(page)).toContainText(`Aquí solo ves un resumen. La noticia completa está en la web de ${ANDINO}.`);
  await expectAccessible(page, { javaScriptEnabled });
  await expectSmall(await page.request.get(page.url()));

  // Who else told it: the other outlet's report, which points back to this one.
  const also = main(page).locator('section').filter({ has: page.getByRole('heading', { level: 2, name: 'Otros medios que publicaron esta historia' }) });
  await expect(also.getByRole('listitem')).toHaveText(`${MIGRACIONES} Fuente oficial`);
  const mainStory = page.url();
  await also.getByRole('link', { name: MIGRACIONES }).click();
  await expect(h1(page)).toHaveText(REGULARIZATION_ES);
  await expect(main(page).getByRole('listitem').filter({ hasText: 'Fuente:' })).toHaveText(`Fuente: ${MIGRACIONES} Fuente oficial`);
  await expect(main(page).locator('.notice')).toContainText(`Varios medios contaron esta historia. Aquí ves cómo la contó ${MIGRACIONES}.`);
  await main(page).getByRole('link', { name: 'Ver la noticia principal' }).click();
  expect(page.url()).toBe(mainStory);

  // The sources page: each outlet under its region, with its label and whether it is read now.
  await page.goto('/noticias');
  await main(page).getByRole('link', { name: 'Qué significa cada etiqueta y cuáles son nuestras fuentes' }).click();
  await expect(h1(page)).toHaveText('Nuestras fuentes');
  await expect(main(page).getByRole('term')).toHaveText(['Fuente oficial', 'Medio establecido', 'Sociedad civil', 'Medio comunitario']);
  await expect(main(page).getByRole('definition').first()).toContainText('Gobiernos y organismos públicos');
  await expect(main(page)).toContainText('Cada 3 horas leemos las noticias nuevas de estas fuentes.');
  const andino = main(page).locator('h3:text-is("Ecuador") + ul > li').filter({ hasText: ANDINO });
  await expect(andino).toContainText(`${ANDINO} Medio establecido En español · La leemos ahora · Ver sus noticias`);
  await expect(andino.getByRole('link', { name: ANDINO, exact: true })).toHaveAttribute('href', 'https://example.org');
  await expect(main(page).locator('h3:text-is("España") + ul > li').filter({ hasText: MIGRACIONES })).toContainText(`${MIGRACIONES} Fuente oficial En español · La leemos ahora`);
  await expectAccessible(page, { javaScriptEnabled });
  await expectSmall(await page.request.get('/noticias/fuentes'));

  // One source's news, from its entry there.
  await andino.getByRole('link', { name: `Ver sus noticias de ${ANDINO}` }).click();
  await expect(page).toHaveURL(`/noticias?fuente=${scene.andinoId}`);
  await expect(main(page).locator('.notice')).toContainText(`Solo noticias de ${ANDINO}.`);
  for (const title of [REGULARIZATION, REMITTANCES, CONSULATE]) await expect(story(page, title)).toHaveCount(1);
  await expect(story(page, VISAS)).toHaveCount(0);
}

for (const javaScriptEnabled of [false, true]) {
  test(`a visitor ${javaScriptEnabled ? 'with' : 'without'} JavaScript filters, searches and reads the news and its sources`, async ({ browser }) => {
    test.setTimeout(120_000);
    const context = await browser.newContext({ javaScriptEnabled });
    await readTheNews(await context.newPage(), javaScriptEnabled);
    await context.close();
  });
}

test('older news are a page further, and the pages keep the filters', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/noticias?region=spain');
  await expect(main(page).locator('ul.news > li')).toHaveCount(20);
  await expect(story(page, appointments('Navarra'))).toHaveCount(0);
  const pages = page.getByRole('navigation', { name: 'Más noticias' });
  await expect(pages.getByRole('link', { name: 'Más recientes' })).toHaveCount(0);
  await expect(pages.getByRole('link', { name: 'Anteriores' })).toHaveAttribute('href', '/noticias?region=spain&pagina=2');
  await pages.getByRole('link', { name: 'Anteriores' }).click();
  await expect(page.getByLabel('Zona')).toHaveValue('spain');
  await expect(pages).toContainText('Página 2');
  await expect(story(page, appointments('Navarra'))).toHaveCount(1);
  await expect(story(page, VISAS)).toHaveCount(0);
  await expectAccessible(page, { javaScriptEnabled: false });
  await pages.getByRole('link', { name: 'Más recientes' }).click();
  await expect(page).toHaveURL(/\/noticias\?region=spain$/);

  // A page past the end, and a made-up one, do not exist.
  expect((await page.goto('/noticias?pagina=400'))?.status()).toBe(404);
  expect((await page.goto('/noticias?pagina=dos'))?.status()).toBe(404);
  await expect(h1(page)).toHaveText('No encontramos esta página.');
  await context.close();
});

test('a newsroom item shows its full text, sources, who checked it and its corrections', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/noticias');
  await story(page, EDITORIAL.title).getByRole('link', { name: EDITORIAL.title }).click();
  await expect(page).toHaveURL(`/noticias/${scene.editorialSlug}`);
  await expect(h1(page)).toHaveText(EDITORIAL.title);
  await expect(main(page).getByRole('listitem').filter({ hasText: 'Fuente:' })).toHaveText(/^Fuente: Redacción de Puente · verificada por Marco Verificador el \d+ de [a-z]+ de \d{4}$/);
  await expect(main(page).getByRole('listitem').filter({ hasText: 'Zona:' })).toHaveText('Zona: España');
  await expect(main(page)).toContainText(EDITORIAL.summary);
  await expect(main(page).getByRole('heading', { level: 2 })).toHaveText(['La noticia', 'Fuentes', 'Quién la ha hecho', 'Correcciones']);
  await expect(main(page).getByRole('heading', { level: 3 })).toHaveText(['Quién puede pedirla', 'Qué papeles hacen falta']);
  await expect(main(page).locator('strong', { hasText: '31 de diciembre' })).toBeVisible();
  const sources = main(page).locator('section').filter({ has: page.getByRole('heading', { name: 'Fuentes' }) }).locator('ol > li');
  await expect(sources).toHaveText([EDITORIAL.citations[0].text, EDITORIAL.citations[1].text]);
  await expect(sources.first().getByRole('link')).toHaveAttribute('href', 'https://example.org/boe/real-decreto');
  await expect(sources.nth(1).getByRole('link')).toHaveCount(0);
  await expect(main(page)).toContainText('La escribió Lucía Editora, de la redacción de Puente.');
  await expect(main(page)).toContainText(/Verificada por Marco Verificador el \d+ de [a-z]+ de \d{4}: otra persona de la redacción comprobó los datos/);
  const corrections = main(page).locator('section').filter({ has: page.getByRole('heading', { name: 'Correcciones' }) });
  await expect(corrections.getByRole('listitem')).toHaveText(new RegExp(`^Corrección del \\d+ de [a-z]+ de \\d{4}: ${CORRECTION}$`));
  // Nothing to read elsewhere: it is ours.
  await expect(main(page).getByRole('link', { name: /^Leer en/ })).toHaveCount(0);
  await expectAccessible(page, { javaScriptEnabled: false });
  await expectSmall(await page.request.get(page.url()));

  // An item that does not exist is a 404 page, in the reader's language.
  const missing = await page.goto('/noticias/esta-noticia-no-existe-1234abcd');
  expect(missing?.status()).toBe(404);
  await expect(h1(page)).toHaveText('No encontramos esta página.');
  await context.addCookies([{ name: 'lang', value: 'en', url: page.url() }]);
  await page.reload();
  await expect(h1(page)).toHaveText('We cannot find this page.');
  await context.close();
});

test('the news in English: labels, filters and items say which language they are in', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/noticias');
  await page.getByRole('button', { name: /English/ }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(h1(page)).toHaveText('News');
  await expect(main(page)).toContainText(/Last updated: [A-Z][a-z]+ \d+ [A-Z][a-z]+ at \d\d:\d\d/);
  await expect(page.getByLabel('Region').locator('option')).toHaveText(['All regions', 'Ecuador', 'Spain', 'European Union', 'World']);
  await expect(page.getByLabel('Topic').locator('option', { hasText: 'Remittances' })).toHaveCount(1);
  const regularization = story(page, REGULARIZATION);
  await expect(regularization).toContainText(`${ANDINO} Established media`);
  await expect(regularization).toContainText(`Also reported by: ${MIGRACIONES}`);
  // The stories are in Spanish, the page in English: their text says so to screen readers.
  await expect(regularization.getByRole('link', { name: REGULARIZATION })).toHaveAttribute('lang', 'es');
  await expect(regularization.locator('div[lang="es"]')).toContainText('sin papeles');
  await expect(story(page, EDITORIAL.title)).toContainText(/Puente newsroom · checked by Marco Verificador on \d+ [A-Z][a-z]+ \d{4}/);
  await expectAccessible(page, { javaScriptEnabled: false });

  await page.getByLabel('Region').selectOption('spain');
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await expect(story(page, VISAS)).toContainText(`${MIGRACIONES} Official source`);
  await expect(main(page)).toContainText('you can subscribe to the news from Spain:');

  await story(page, VISAS).getByRole('link', { name: VISAS }).click();
  await expect(h1(page)).toHaveText(VISAS);
  await expect(h1(page)).toHaveAttribute('lang', 'es');
  await expect(main(page).getByRole('listitem').filter({ hasText: 'Source:' })).toHaveText(`Source: ${MIGRACIONES} Official source`);
  await expect(main(page).getByRole('listitem').filter({ hasText: 'Region:' })).toHaveText('Region: Spain');
  await expect(main(page).getByRole('link', { name: `Read it on ${MIGRACIONES} (opens another website)` })).toHaveAttribute('href', `https://example.org/e2e-${t}/migraciones/visado-estudios`);
  await expectAccessible(page, { javaScriptEnabled: false });

  await page.goto(`/noticias/${scene.editorialSlug}`);
  await expect(main(page).getByRole('heading', { level: 2 })).toHaveText(['The story', 'Sources', 'Who made it', 'Corrections']);
  await expect(main(page)).toContainText('Written by Lucía Editora, of the Puente newsroom.');
  await expectAccessible(page, { javaScriptEnabled: false });

  await page.goto('/noticias/fuentes');
  await expect(h1(page)).toHaveText('Our sources');
  await expect(main(page).getByRole('term')).toHaveText(['Official source', 'Established media', 'Civil society', 'Community media']);
  await expect(main(page).locator('h3:text-is("Ecuador") + ul > li').filter({ hasText: ANDINO })).toContainText('Established media In Spanish · We read it now');
  await expectAccessible(page, { javaScriptEnabled: false });
  await context.close();
});

test('the home page shows the latest news', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/');
  const latest = main(page).locator('section').filter({ has: page.getByRole('heading', { level: 2, name: 'Últimas noticias' }) });
  await expect(latest.getByRole('listitem')).toHaveCount(5);
  await expect(latest.getByRole('listitem').filter({ hasText: EDITORIAL.title })).toContainText(/Redacción de Puente · verificada por Marco Verificador el/);
  await expect(latest.getByRole('listitem').filter({ hasText: REGULARIZATION })).toContainText(`${ANDINO} Medio establecido`);
  await expect(latest.getByRole('link', { name: REGULARIZATION })).toHaveAttribute('href', /^\/noticias\/espana-aprueba-la-regularizacion-/);
  await expectAccessible(page, { javaScriptEnabled: false });
  await latest.getByRole('link', { name: 'Ver todas las noticias' }).click();
  await expect(h1(page)).toHaveText('Noticias');
  await context.close();
});

test('editors see the newsroom in the menu; visitors do not', async ({ browser }) => {
  const menu = (page: Page) => page.getByRole('navigation', { name: 'Menú principal' });
  const visitor = await newPage(browser);
  await visitor.goto('/noticias');
  await expect(menu(visitor).getByRole('link', { name: 'Noticias' })).toHaveAttribute('href', '/noticias');
  await expect(menu(visitor).getByRole('link', { name: 'Redacción' })).toHaveCount(0);
  await visitor.context().close();

  const page = await newPage(browser);
  await logIn(page, scene.author, '/noticias');
  await expect(menu(page).getByRole('link', { name: 'Redacción' })).toHaveAttribute('href', '/redaccion');
  await expect(menu(page).getByRole('link', { name: 'Noticias' })).toHaveAttribute('aria-current', 'page');
  await page.context().close();
});

async function newPage(browser: Browser): Promise<Page> {
  return (await browser.newContext()).newPage();
}
