import { expect, request as playwrightRequest, test } from '@playwright/test';
import { apiAs, dispose, tag } from '../support/classroom';
import { publishedCampaign } from '../support/campaigns';
import { createAccount, expectAccessible, expectPagesInBothLanguages, logIn, state, uniqueEmail } from '../support/fixtures';
import { answer, ask, categoryId, counsellor, disposeAll, member } from '../support/forum';
import { editor, ingestNow, onlyTheseSources, startFeedServer } from '../support/news';
import { ask as deskAsk, categories, disposeAll as deskDisposeAll, person, report, tag as letterTag } from '../support/forum-desk';

const PUBLIC_PAGES = ['/', '/cursos', '/cursos?nivel=beginner&q=plan', '/cursos/plan-de-negocio', '/cursos/trabajar-en-espana', '/registro', '/registro/enviado', '/entrar', '/salir', '/recuperar', '/recuperar/nueva?token=abcdefghijklmnop', '/verificar-correo?token=abcdefghijklmnop', '/verificar-correo', '/verificar', '/verificar?codigo=abc', '/verificar/AAAAAAAAAAAAAAAAAAAAAAAAA', '/campanas', '/campanas/esta-campana-no-existe', '/noticias', '/noticias?region=ecuador&tema=asylum&q=asilo', '/noticias/fuentes', '/noticias/esta-noticia-no-existe', '/firmas/confirmar?token=abcdefghijklmnop', '/firmas/confirmar', '/firmas/retirar?token=abcdefghijklmnop', '/firmas/retirar', '/foro', '/foro?q=papeles&categoria=residencia-y-papeles&estado=open&pais=ES&tema=residence', '/foro?estado=locked', '/foro/preguntar', '/foro/preguntas/00000000-0000-4000-8000-000000000000', '/leyes', '/leyes/reagrupacion-familiar', '/leyes/comparativa', '/leyes/buscar?q=arraigo', '/no-existe'];

/** A published campaign's page (a fresh database has none: one is made once, through the API, for both languages). */
let campaignPage: Promise<string> | undefined;
function aCampaignPage(baseURL: string): Promise<string> {
  campaignPage ??= publishedCampaign(baseURL).then(async (c) => {
    await dispose(c.advocate);
    return `/campanas/${c.slug}`;
  });
  return campaignPage;
}

/**
 * A news item's page, and a list with news in it (a fresh database has none): an invented outlet is served
 * once from a local feed and read through the API, for both languages.
 */
let newsPage: Promise<string> | undefined;
function aNewsPage(baseURL: string): Promise<string> {
  newsPage ??= (async () => {
    const t = tag();
    const feeds = await startFeedServer({
      [`axe-${t}`]: [
        { title: 'La oficina de asilo amplía su horario de atención en Madrid', summary: 'Abrirá también por la tarde. Las citas se piden por teléfono.', ageHours: 60, path: `/axe-${t}/asilo` },
        { title: 'Un estudio sobre el empleo de las mujeres migrantes en el campo', summary: 'La mitad trabaja sin contrato durante la campaña de la fresa.', ageHours: 61, path: `/axe-${t}/empleo` },
      ],
    });
    try {
      const by = await editor(baseURL, 'Editora Axe');
      const [sourceId] = await onlyTheseSources(baseURL, by, [{ name: `Periódico Axe (e2e ${t})`, feedUrl: feeds.url(`axe-${t}`), region: 'spain', tier: 'community' }]);
      expect((await ingestNow(baseURL, by)).newItems).toBe(2);
      const api = await playwrightRequest.newContext({ baseURL });
      const list = (await (await api.get(`/api/news?source=${sourceId}`)).json()) as { items: { slug: string }[] };
      await api.dispose();
      return `/noticias/${list.items[0].slug}`;
    } finally {
      await feeds.close();
    }
  })();
  return newsPage;
}

/**
 * A forum question with an answer from a verified counsellor, and its list (a fresh database has none): asked
 * and answered once through the API by a counsellor (counsellors are not held to the new-account limits).
 */
let forumPage: Promise<string> | undefined;
function aForumPage(baseURL: string): Promise<string> {
  forumPage ??= (async () => {
    const by = await counsellor(baseURL, 'Asesora Axe', 'Abogada, Ilustre Colegio de la Abogacía de Madrid');
    const id = await ask(by, {
      categoryId: await categoryId(baseURL, 'residencia-y-papeles'),
      title: 'Renovar la residencia cuando se acaba el contrato',
      body: 'Mi contrato terminó hace dos meses. ¿Puedo **renovar** la autorización si cobro el paro?\n\n- Tengo la TIE en vigor\n- Estoy empadronada',
      tags: ['residence', 'work'],
    });
    const answerId = await answer(by, id, 'En general sí: cobrar una prestación contributiva cuenta como medios económicos. Lleva el certificado del SEPE.');
    expect((await by.api.post(`/api/forum/answers/${answerId}/accept`)).status()).toBe(200);
    await disposeAll(by);
    return `/foro/preguntas/${id}`;
  })();
  return forumPage;
}

for (const lang of ['es', 'en'] as const) {
  test(`every public page passes axe in ${lang}, is small and has its lang attribute`, async ({ page, context, baseURL }) => {
    // About four seconds of axe per page, for every public page (and, the first time, a campaign and news to show).
    test.setTimeout(180_000);
    await context.addCookies([{ name: 'lang', value: lang, url: test.info().project.use.baseURL! }]);
    for (const path of [...PUBLIC_PAGES, await aCampaignPage(baseURL!), await aNewsPage(baseURL!), await aForumPage(baseURL!)]) {
      const res = await page.goto(path);
      expect(res, path).not.toBeNull();
      await expect(page.locator('html'), path).toHaveAttribute('lang', lang);
      await expect(page.locator('h1'), path).toHaveCount(1);
      await expect(page.locator('main#main'), path).toHaveCount(1);
      await expectAccessible(page);
      if (res!.status() === 200) expect((await res!.body()).length, `${path} HTML size`).toBeLessThan(30_000);
    }
  });
}

test('signed-in pages pass axe (account, certificates and admin)', async ({ page }) => {
  const { admin } = state();
  await page.goto('/entrar');
  await page.getByLabel('Correo electrónico').fill(admin.email);
  await page.getByLabel('Contraseña').fill(admin.password);
  await page.getByRole('main').getByRole('button', { name: 'Entrar' }).click();
  await expect(page).toHaveURL(/\/cuenta$/);
  for (const path of ['/cuenta', '/certificados', '/admin/usuarios', '/salir']) {
    await page.goto(path);
    await expectAccessible(page);
  }
});

test('the advocacy dashboard pages pass axe in both languages, are small and have one h1', async ({ page, baseURL }) => {
  // Every dashboard page, twice, with axe on each.
  test.setTimeout(180_000);
  const advocate = await createAccount(baseURL!, { displayName: 'Defensora Axe', roles: ['advocate'], tag: 'advocate' });
  // What the pages show, set up through the API: an official, a published campaign, a brief and a send.
  const api = await apiAs(baseURL!, advocate);
  const official = await (await api.post('/api/officials', { data: { name: 'Rosa Axe', position: 'directora', institution: 'Consejería Axe', level: 'regional', country: 'ES', email: uniqueEmail('axe'), lastVerifiedOn: '2026-11-02' } })).json();
  const campaign = await (await api.post('/api/campaigns', { data: { title: 'Campaña para axe', summary: 'Una campaña para comprobar la accesibilidad.', problem: 'El problema, en **Markdown**.', asks: '- Una petición', audiences: ['ngos'] } })).json();
  expect((await api.patch(`/api/campaigns/${campaign.id}`, { data: { status: 'published' } })).status()).toBe(200);
  const brief = await (await api.post(`/api/campaigns/${campaign.id}/briefs`, { data: { title: 'Informe para axe', summary: 'Un resumen ejecutivo corto.', body: '## Situación\n\nUn párrafo con una [fuente](https://www.boe.es/).', recommendations: ['Una medida'], citations: [{ text: 'Una comparativa', url: '/comparativa/arraigo' }] } })).json();
  const sent = await (await api.post(`/api/briefs/${brief.id}/sends?dryRun=false`, { data: { officialIds: [official.id], subject: 'Informe para axe', message: 'Un mensaje para la autoridad.' } })).json();
  await api.dispose();
  const pages = [
    '/incidencia',
    '/incidencia/campanas/nueva',
    `/incidencia/campanas/${campaign.id}`,
    `/incidencia/informes/${brief.id}`,
    `/incidencia/informes/${brief.id}/enviar`,
    `/incidencia/envios/${sent.sendId}`,
    '/incidencia/autoridades',
    '/incidencia/autoridades?nivel=regional&q=axe&inactivas=1',
    '/incidencia/autoridades/nueva',
    '/incidencia/autoridades/importar',
    `/incidencia/autoridades/${official.id}`,
  ];
  await logIn(page, advocate, '/incidencia');
  await expectPagesInBothLanguages(page, baseURL!, pages);
});

test('the forum pages of a member pass axe in both languages, are small and have one h1', async ({ page, baseURL }) => {
  test.setTimeout(120_000);
  // An asker with an anonymous question that a counsellor answered: the page then has every form of a member.
  const asker = await member(baseURL!, 'Preguntona Axe');
  const by = await counsellor(baseURL!, 'Asesor Axe', 'Servicio jurídico gratuito de prueba');
  const id = await ask(asker, { categoryId: await categoryId(baseURL!, 'trabajo-y-seguridad-social'), title: 'Me despidieron estando de baja médica', body: 'Trabajaba sin contrato en una obra y me despidieron cuando me puse enfermo. ¿Qué puedo reclamar?' });
  await answer(by, id, 'Puedes reclamar aunque no tuvieras contrato: el despido de una persona de baja puede ser nulo. Acude a un servicio jurídico gratuito.');
  await disposeAll(asker, by);
  await logIn(page, asker.account, '/foro');
  await expectPagesInBothLanguages(page, baseURL!, ['/foro', '/foro/preguntar', '/foro/preguntar?categoria=nacionalidad', '/foro/mis-preguntas', `/foro/preguntas/${id}`]);
});

test('the forum desk pages pass axe in both languages, are small and have one h1', async ({ page, baseURL }) => {
  // Six pages, twice, with axe on each, after setting up what they show through the API.
  test.setTimeout(180_000);
  const t = letterTag();
  // Every desk role at once, so every page (and every button of it) is there to check.
  const desk = await person(baseURL!, `Mesa Axe ${t}`, ['counsellor', 'moderator', 'admin']);
  const asker = await person(baseURL!, `Persona Axe ${t}`);
  const reporter = await person(baseURL!, `Denuncia Axe ${t}`);
  let questionId: string | undefined;
  let wordId: string | undefined;
  try {
    const cats = await categories(asker.api);
    questionId = await deskAsk(asker.api, cats['residencia-y-papeles'], `Pregunta anónima para comprobar la accesibilidad ${t}`);
    await deskAsk(asker.api, cats['nacionalidad'], `Pregunta firmada para la cola de asesoría ${t}`);
    await report(reporter.api, questionId, 'personal_data', 'Una nota de prueba para la denuncia');
    expect((await desk.api.put(`/api/forum/counsellors/${desk.account.id}`, { data: { credential: 'Servicio jurídico de una asociación (prueba)' } })).status()).toBe(200);
    expect((await desk.api.post(`/api/forum/questions/${questionId}/claim`)).status()).toBe(204);
    const word = await desk.api.post('/api/forum/watched-words', { data: { word: `axe${t}`, action: 'block' } });
    expect(word.status()).toBe(201);
    wordId = ((await word.json()) as { id: string }).id;
    const pages = ['/foro/cola', '/foro/panel', '/foro/moderacion', '/foro/moderacion/identidad', `/foro/moderacion/identidad?pregunta=${questionId}`, '/admin/asesoria'];
    await logIn(page, desk.account, '/foro/cola');
    await expectPagesInBothLanguages(page, baseURL!, pages);
  } finally {
    // Nothing left behind for other journeys: the word, the claim and the report are dealt with.
    if (wordId) await desk.api.delete(`/api/forum/watched-words/${wordId}`);
    if (questionId) {
      await desk.api.delete(`/api/forum/questions/${questionId}/claim`);
      await desk.api.post(`/api/forum/posts/${questionId}/restore`, { data: {} });
    }
    await deskDisposeAll([desk, asker, reporter]);
  }
});

test('the skip link moves focus to the main content', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Saltar al contenido' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main#main')).toBeFocused();
});

test('pages carry a real content security policy', async ({ request }) => {
  for (const path of ['/', '/entrar', '/registro']) {
    const res = await request.get(path);
    const csp = res.headers()['content-security-policy'] ?? '';
    expect(csp, path).toContain("default-src 'self'");
    expect(csp, path).toMatch(/script-src 'self'/);
    expect(csp, path).toContain("frame-ancestors 'none'");
    expect(csp, path).not.toContain('unsafe-inline');
    expect(res.headers()['x-content-type-options'], path).toBe('nosniff');
  }
});

test('the home page sends no JavaScript and links only to what exists', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(r.url());
  });
  await page.goto('/');
  expect(scripts).toEqual([]);
  const hrefs = await page.locator('main a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).getAttribute('href')));
  for (const href of hrefs) {
    const res = await page.request.get(href!);
    expect(res.status(), href!).toBe(200);
  }
});
