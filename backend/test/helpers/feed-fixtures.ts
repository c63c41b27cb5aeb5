/**
 * Feed fixtures: a real HTTP server on loopback that news ingestion tests point their sources at. It serves
 * well-formed feeds in the four formats (RSS 2.0, RSS 1.0, Atom 1.0, JSON Feed 1.1), a latin1-encoded feed,
 * and a gallery of broken and hostile ones (slow, endless, truncated, entity bombs, script injection,
 * redirect loops, error statuses), and logs every request with its conditional headers.
 *
 * Everything is generated here, deterministically, except dates: they are hours before the server started
 * (`ageHours` in FIXTURE_FACTS; `fixtures.at(ageHours)` gives the instant), so "recent" items stay recent.
 * FIXTURE_FACTS is the single source of the feeds' content: the generators read it, tests assert against it.
 * Links only ever point at example.org / example.com / example.net.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FixtureResponse {
  status?: number;
  headers?: Record<string, string>;
  body?: string | Buffer;
  /** ms to wait before answering */
  delayMs?: number;
}

export type FixtureHandler = FixtureResponse | ((req: IncomingMessage) => FixtureResponse);

export interface FixtureRequestLog {
  ifNoneMatch?: string;
  ifModifiedSince?: string;
  userAgent?: string;
}

export interface FeedFixtures {
  /** e.g. http://127.0.0.1:PORT */
  readonly base: string;
  /** When the server started, whole seconds; every fixture date is relative to it. */
  readonly startedAt: Date;
  /** base + path */
  url(path: string): string;
  /** The instant `ageHours` before the start (negative: after it), as the feeds write it. */
  at(ageHours: number): Date;
  /** Requests received per path (path without query), with the conditional headers each carried. */
  requests(path: string): FixtureRequestLog[];
  /** The status answered to each request of `requests(path)`, same order; undefined while still pending. */
  statuses(path: string): (number | undefined)[];
  /**
   * Replaces what a path serves (status, headers, body, delay) until set again; used for "the feed breaks,
   * then recovers". Works for any path, built-in or new. A body without a Content-Type header is served as
   * application/rss+xml; charset=utf-8. Answers verbatim: wrap in `conditional()` for ETag / 304 handling.
   */
  set(path: string, response: FixtureHandler): void;
  /** Back to the built-in route for one path (what set() replaced); the request log is kept. */
  restore(path: string): void;
  /** Back to the built-in routes, request log cleared. */
  reset(): void;
  /** Closes the server and any hanging sockets at once (slow and endless answers included). */
  close(): Promise<void>;
}

// ---------------------------------------------------------------------------------------------------------
// The facts: what each built-in route serves.
// ---------------------------------------------------------------------------------------------------------

export interface FixtureItemFact {
  /** The feed's id for the item: RSS guid, RSS 1.0 rdf:about, Atom id, JSON Feed id. */
  guid: string;
  /** The title a reader should see: markup stripped, entities decoded once. */
  title: string;
  /** The title as the feed carries it (after XML decoding), only where it differs from `title`. */
  rawTitle?: string;
  /** The item's absolute link, tracking parameters and fragment included (a relative one resolved). */
  link: string;
  /** The link as written in the feed, only where it differs from `link` (relative). */
  rawLink?: string;
  /** The link without tracking parameters (utm_*) and fragment. Equal to `link` when it has none. */
  canonicalLink: string;
  /** Hours before the server started (negative: in the future); null when the item carries no date. */
  ageHours: number | null;
  /** The migration word in the title a tagger or keyword filter should catch; null for off-topic items. */
  keyword: string | null;
  /** The description / content / summary as the feed carries it (HTML, or plain text for an Atom summary). */
  html: string;
  /** A run of plain text (no markup inside) that the item's summary text must contain. */
  summarySnippet: string;
}

export interface FixtureFeedFact {
  path: string;
  format: 'rss2' | 'rss1' | 'atom' | 'json';
  contentType: string;
  /** The channel / feed title. */
  title: string;
  siteUrl: string;
  /** Distinct items in feed order (a repeated item is listed once; see `itemElements`). */
  items: FixtureItemFact[];
  /** How many item elements the document has, repeats included. */
  itemElements: number;
}

export interface FixtureFacts {
  /** Fixture dates of "fresh" items all lie within this many hours of the start. */
  recentWindowHours: number;
  rss2: FixtureFeedFact & {
    etag: string;
    /** Last-Modified = at(lastModifiedAgeHours), the newest item's date. */
    lastModifiedAgeHours: number;
    /** Item 3's pubDate is written with a +0200 offset (same instant as its ageHours). */
    offsetDateGuid: string;
  };
  rss1: FixtureFeedFact;
  atom: FixtureFeedFact & {
    /** Entry 1 has <content type="html"> (escaped HTML), entry 2 a plain-text <summary> and a relative link. */
    contentGuid: string;
    summaryGuid: string;
    /** xml:base of the feed, equal to its alternate link, so either resolution gives `resolved`. */
    xmlBase: string;
    relativeLink: { raw: string; resolved: string };
  };
  json: FixtureFeedFact;
  latin1: FixtureFeedFact & { charset: 'ISO-8859-1'; accentedWords: string[] };
  empty: FixtureFeedFact;
  /** A sitewide feed: half migration news, half not (for the keyword filter). */
  mixedTopics: FixtureFeedFact & { onTopicGuids: string[]; offTopicGuids: string[] };
  hostile: FixtureFeedFact & {
    cases: {
      /** Title with <b> markup and an &amp; entity (escaped HTML inside <title>). */
      markupTitle: FixtureItemFact;
      /** Description with script, onerror, tracking pixel, iframe, javascript: links, onclick, style. */
      scripted: FixtureItemFact;
      /** Link with utm parameters, a kept parameter (id=42) and a fragment. */
      trackedLink: FixtureItemFact;
      /** No pubDate at all. */
      undated: FixtureItemFact;
      /** pubDate a year after the start. */
      future: FixtureItemFact;
      /** A 10,000-character title. */
      longTitle: FixtureItemFact;
    };
    longTitleLength: number;
    /** Strings that must never appear in a stored summary (HTML or text); compare case-insensitively. */
    forbidden: string[];
    /** Strings no stored title may contain (the markup title must come out as plain text, decoded once). */
    titleForbidden: string[];
    /** Plain text from the scripted description that sanitising must keep. */
    survivors: string[];
    /** The utm-laden link inside the scripted description, and its canonical form. */
    inlineLink: { raw: string; canonical: string };
    /** Hosts only hostile markup points at (tracker pixel, iframe): never in output. */
    hostileHosts: string[];
  };
  dupA: FixtureFeedFact & {
    /** The guid whose item appears twice in dup-a.xml (identical copies). */
    repeatedGuid: string;
  };
  dupB: FixtureFeedFact;
  /** What clustering and deduplication should make of dup-a.xml + dup-b.xml (ingested in that order). */
  clustering: {
    /** Same story, near-identical titles, 3 h apart: one cluster, dup-a's item listed (seen first). */
    sameStory: { guids: [string, string]; titles: [string, string]; hoursApart: number };
    /** One article: links differ only by utm parameters and fragment; titles unrelated. One item kept. */
    sameLink: { guids: [string, string]; links: [string, string]; canonical: string };
    /** Different stories sharing two words only: must NOT cluster. */
    differentStories: { guids: [string, string]; titles: [string, string]; sharedWords: string[] };
    /** Identical titles published 5 days apart (outside 48 h): must NOT cluster. */
    sameTitleFarApart: { guids: [string, string]; title: string; daysApart: number };
    /** Every pair of titles that should cluster across all built-in feeds (by guid); any other pair must not. */
    expectedClusters: [string, string][];
  };
  /** /slow.xml: answers nothing for `delayMs`, then a valid one-item feed. /slow-body.xml: headers and the
   * start of the document at once, then nothing until `delayMs`. */
  slow: { path: string; bodyPath: string; delayMs: number; items: FixtureItemFact[] };
  huge: { path: string; declaredPath: string; bytes: number };
  malformed: { path: string };
  bomb: { path: string; entity: string; levels: number; fanOut: number; expandedChars: number; guid: string };
  htmlPage: { path: string; contentType: string; title: string };
  redirects: {
    once: { path: string; status: 301; target: string };
    loop: { path: string; status: 302 };
    /** 5 redirect answers (301, 302, 303, 307, 308; Location relative, ?hop=N), the last to `target`. */
    chain: { path: string; hops: number; statuses: number[]; target: string };
  };
  /** /status/NNN answers NNN (400-599) with a short text body; 429 carries Retry-After. */
  status: { serverError: string; notFound: string; tooMany: string; retryAfterSeconds: number };
  notFound: { path: string };
}

const RSS = 'application/rss+xml; charset=utf-8';

function item(f: Omit<FixtureItemFact, 'canonicalLink'> & { canonicalLink?: string }): FixtureItemFact {
  return { ...f, canonicalLink: f.canonicalLink ?? f.link };
}

// --- /rss2.xml -------------------------------------------------------------------------------------------
const rss2Items = [
  item({
    guid: 'rss2-regularizacion-001',
    title: 'Abierto el plazo para solicitar la regularización por arraigo laboral',
    link: 'https://example.org/noticias/regularizacion-arraigo-laboral',
    ageHours: 1,
    keyword: 'regularización',
    html: '<p>El plazo se abre el lunes. <strong>Consulta los requisitos</strong> en la <a href="https://example.org/requisitos">guía oficial</a>.</p>',
    summarySnippet: 'Consulta los requisitos',
  }),
  item({
    guid: 'rss2-remesas-002',
    title: 'Las remesas enviadas a Ecuador crecen un 12 % en el último trimestre',
    link: 'https://example.org/noticias/remesas-ecuador-trimestre',
    ageHours: 2,
    keyword: 'remesas',
    html: '<p>Los envíos de dinero desde España <em>superan las previsiones</em> del banco central.</p>',
    summarySnippet: 'superan las previsiones',
  }),
  item({
    guid: 'rss2-visado-003',
    title: 'Nuevas reglas para el visado de estudiante en la Unión Europea',
    link: 'https://example.org/noticias/visado-estudiante-ue',
    ageHours: 3,
    keyword: 'visado',
    html: '<p>Cambian los <b>medios económicos</b> exigidos y el plazo para trabajar durante los estudios.</p>',
    summarySnippet: 'medios económicos',
  }),
];

// --- /rss1.rdf -------------------------------------------------------------------------------------------
const rss1Items = [
  item({
    guid: 'https://example.net/rdf/asilo-ecuador-verano',
    title: 'Las peticiones de asilo en Ecuador se duplican durante el verano',
    link: 'https://example.net/rdf/asilo-ecuador-verano',
    ageHours: 5,
    keyword: 'asilo',
    html: '<p>La oficina de <strong>protección internacional</strong> refuerza su personal.</p>',
    summarySnippet: 'protección internacional',
  }),
  item({
    guid: 'https://example.net/rdf/homologar-titulos',
    title: 'Guía práctica para homologar títulos universitarios extranjeros',
    link: 'https://example.net/rdf/homologar-titulos',
    ageHours: 6,
    keyword: 'extranjeros',
    html: '<p>Qué papeles pide el ministerio y <em>cuánto tarda</em> el trámite.</p>',
    summarySnippet: 'cuánto tarda',
  }),
];

// --- /atom.xml -------------------------------------------------------------------------------------------
const ATOM_BASE = 'https://example.com/noticias/';
const atomItems = [
  item({
    guid: 'urn:uuid:3f1d2c4e-8a5b-4c6d-9e7f-0a1b2c3d4e5f',
    title: 'Refugiados venezolanos encuentran empleo en la agricultura andaluza',
    link: 'https://example.com/noticias/refugiados-agricultura',
    ageHours: 4,
    keyword: 'refugiados',
    html: '<p>Cooperativas de Almería contratan a <strong>doscientas personas</strong> refugiadas.</p>',
    summarySnippet: 'doscientas personas',
  }),
  item({
    guid: 'urn:uuid:7c9e6679-7425-40de-944b-e07fc1f90ae7',
    title: 'Permisos de trabajo de temporada para migrantes: plazos y requisitos',
    rawLink: 'permisos-trabajo-temporada',
    link: 'https://example.com/noticias/permisos-trabajo-temporada',
    ageHours: 7,
    keyword: 'migrantes',
    html: 'Resumen en texto plano: las solicitudes se presentan en origen.',
    summarySnippet: 'las solicitudes se presentan en origen',
  }),
];

// --- /feed.json ------------------------------------------------------------------------------------------
const jsonItems = [
  item({
    guid: 'json-residencia-001',
    title: 'La tarjeta de residencia comunitaria se podrá renovar en línea',
    link: 'https://example.com/json/tarjeta-residencia-en-linea',
    ageHours: 8,
    keyword: 'residencia',
    html: '<p>El nuevo servicio <strong>evita la cita presencial</strong> para familiares de ciudadanos de la UE.</p>',
    summarySnippet: 'evita la cita presencial',
  }),
  item({
    guid: 'json-consulados-002',
    title: 'Consulados amplían horarios para atender a emigrantes retornados',
    link: 'https://example.com/json/consulados-horarios',
    ageHours: 9,
    keyword: 'emigrantes',
    html: '<p>Abrirán también los sábados <em>durante tres meses</em>.</p>',
    summarySnippet: 'durante tres meses',
  }),
];

// --- /latin1.xml -----------------------------------------------------------------------------------------
const latin1Items = [
  item({
    guid: 'latin1-regularizacion-ninos',
    title: 'Regularización de niños y niñas: qué documentos se piden',
    link: 'https://example.org/latin1/regularizacion-ninos',
    ageHours: 2,
    keyword: 'regularización',
    html: '<p>Información para familias migrantes: pasaporte, empadronamiento y ¿quién firma la solicitud?</p>',
    summarySnippet: 'Información para familias migrantes',
  }),
];

// --- /mixed-topics.xml -----------------------------------------------------------------------------------
const mixedItems = [
  item({
    guid: 'mixed-afiliados-001',
    title: 'La Seguridad Social registra más afiliados extranjeros que nunca',
    link: 'https://example.net/portada/afiliados-extranjeros',
    ageHours: 1,
    keyword: 'extranjeros',
    html: '<p>Datos del último mes.</p>',
    summarySnippet: 'Datos del último mes',
  }),
  item({
    guid: 'mixed-futbol-002',
    title: 'El equipo local gana la final de baloncesto en la prórroga',
    link: 'https://example.net/portada/final-baloncesto',
    ageHours: 2,
    keyword: null,
    html: '<p>Crónica del partido.</p>',
    summarySnippet: 'Crónica del partido',
  }),
  item({
    guid: 'mixed-oficina-003',
    title: 'Nueva oficina de atención al inmigrante en Guayaquil',
    link: 'https://example.net/portada/oficina-inmigrante-guayaquil',
    ageHours: 3,
    keyword: 'inmigrante',
    html: '<p>Abre el próximo lunes.</p>',
    summarySnippet: 'Abre el próximo lunes',
  }),
  item({
    guid: 'mixed-lluvias-004',
    title: 'Lluvias intensas en Galicia durante el fin de semana',
    link: 'https://example.net/portada/lluvias-galicia',
    ageHours: 4,
    keyword: null,
    html: '<p>Aviso amarillo en la costa.</p>',
    summarySnippet: 'Aviso amarillo en la costa',
  }),
];

// --- /hostile.xml ----------------------------------------------------------------------------------------
const HOSTILE_INLINE_LINK = 'https://example.org/a?utm_source=rss&utm_medium=feed&id=7#comments';
const HOSTILE_HTML = [
  '<p style="color:red;font-size:40px">Informe sobre los centros de internamiento de extranjeros.</p>',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<img width="1" height="1" src="https://tracker.example.net/p.gif">',
  '<iframe src="https://evil.example.net/embed" width="600" height="400"></iframe>',
  `<p>Lee el <a href="javascript:alert(1)">informe completo</a>, <a href="JaVaScRiPt:alert(2)">el anexo</a> o la <a href="${HOSTILE_INLINE_LINK}" onclick="x()">nota de prensa</a>.</p>`,
  '<div style="position:fixed;top:0;left:0;width:100%;height:100%">Texto que debe sobrevivir</div>',
].join('\n');
const LONG_TITLE_LENGTH = 10_000;
const longTitle = (() => {
  const t = 'Informe extenso sobre migración y derechos humanos. '.repeat(Math.ceil(LONG_TITLE_LENGTH / 40)).slice(0, LONG_TITLE_LENGTH);
  return t.endsWith(' ') ? `${t.slice(0, -1)}.` : t;
})();
const hostileCases = {
  markupTitle: item({
    guid: 'hostile-markup-title',
    title: 'Asilo y refugio: derechos & deberes de los solicitantes',
    rawTitle: '<b>Asilo y refugio</b>: derechos &amp; deberes de los solicitantes',
    link: 'https://example.org/hostil/asilo-derechos-deberes',
    ageHours: 1,
    keyword: 'asilo',
    html: '<p>Una guía con <b>lo esencial</b>.</p>',
    summarySnippet: 'lo esencial',
  }),
  scripted: item({
    guid: 'hostile-scripted',
    title: 'Centros de internamiento de extranjeros: informe anual',
    link: 'https://example.org/hostil/cie-informe-anual',
    ageHours: 2,
    keyword: 'extranjeros',
    html: HOSTILE_HTML,
    summarySnippet: 'Texto que debe sobrevivir',
  }),
  trackedLink: item({
    guid: 'hostile-tracked-link',
    title: 'Cómo pedir el arraigo familiar paso a paso',
    link: 'https://example.org/noticias/arraigo-familiar?id=42&utm_source=rss&utm_medium=feed&utm_campaign=diaria#comentarios',
    canonicalLink: 'https://example.org/noticias/arraigo-familiar?id=42',
    ageHours: 3,
    keyword: 'arraigo',
    html: '<p>Requisitos y <a href="https://example.org/arraigo/formulario">formulario</a>.</p>',
    summarySnippet: 'Requisitos y',
  }),
  undated: item({
    guid: 'hostile-undated',
    title: 'Servicio de orientación jurídica gratuita para inmigrantes',
    link: 'https://example.org/hostil/orientacion-juridica',
    ageHours: null,
    keyword: 'inmigrantes',
    html: '<p>Sin fecha de publicación.</p>',
    summarySnippet: 'Sin fecha de publicación',
  }),
  future: item({
    guid: 'hostile-future',
    title: 'Próxima jura de nacionalidad española para residentes',
    link: 'https://example.org/hostil/jura-nacionalidad',
    ageHours: -24 * 365,
    keyword: 'nacionalidad',
    html: '<p>Fechada dentro de un año.</p>',
    summarySnippet: 'Fechada dentro de un año',
  }),
  longTitle: item({
    guid: 'hostile-long-title',
    title: longTitle,
    link: 'https://example.org/hostil/titulo-larguisimo',
    ageHours: 4,
    keyword: 'migración',
    html: '<p>Un título de diez mil caracteres.</p>',
    summarySnippet: 'Un título de diez mil caracteres',
  }),
};

// --- /dup-a.xml, /dup-b.xml ------------------------------------------------------------------------------
const SAME_STORY = 'El Gobierno aprueba la regularización extraordinaria de 500.000 migrantes';
const FAR_APART_TITLE = 'Cierre temporal del centro de acogida de refugiados en Alcalá';
const SAME_LINK_CANONICAL = 'https://example.net/agencia/cita-previa-extranjeria';
const dupAItems = [
  item({
    guid: 'dup-a-regularizacion',
    title: SAME_STORY,
    link: 'https://example.org/diario-a/regularizacion-extraordinaria',
    ageHours: 4,
    keyword: 'regularización',
    html: '<p>Diario A: el Consejo de Ministros aprueba el real decreto.</p>',
    summarySnippet: 'el Consejo de Ministros aprueba',
  }),
  item({
    guid: 'dup-a-citas',
    title: 'Colapso en las citas de extranjería de Barcelona',
    link: `${SAME_LINK_CANONICAL}?utm_source=rss&utm_medium=feed#main`,
    canonicalLink: SAME_LINK_CANONICAL,
    ageHours: 2,
    keyword: 'extranjería',
    html: '<p>Diario A recoge la nota de la agencia.</p>',
    summarySnippet: 'recoge la nota de la agencia',
  }),
  item({
    guid: 'dup-a-comercio',
    title: 'Migrantes ecuatorianos impulsan el comercio de barrio en Murcia',
    link: 'https://example.org/diario-a/comercio-murcia',
    ageHours: 5,
    keyword: 'migrantes',
    html: '<p>Tiendas, fruterías y locutorios.</p>',
    summarySnippet: 'Tiendas, fruterías y locutorios',
  }),
  item({
    guid: 'dup-a-acogida-antigua',
    title: FAR_APART_TITLE,
    link: 'https://example.org/diario-a/cierre-acogida-alcala',
    ageHours: 121,
    keyword: 'refugiados',
    html: '<p>Diario A, hace cinco días.</p>',
    summarySnippet: 'hace cinco días',
  }),
];
const DUP_A_REPEATED = 'dup-a-comercio';
const dupBItems = [
  item({
    guid: 'dup-b-regularizacion',
    title: `${SAME_STORY} en España`,
    link: 'https://example.com/diario-b/gobierno-regularizacion-500000',
    ageHours: 1,
    keyword: 'regularización',
    html: '<p>Diario B: la medida beneficiará a medio millón de personas.</p>',
    summarySnippet: 'beneficiará a medio millón',
  }),
  item({
    guid: 'dup-b-citas',
    title: 'Miles de inmigrantes esperan meses para ser atendidos',
    link: `${SAME_LINK_CANONICAL}?utm_campaign=boletin&utm_content=enlace#comentarios`,
    canonicalLink: SAME_LINK_CANONICAL,
    ageHours: 3,
    keyword: 'inmigrantes',
    html: '<p>Diario B enlaza la misma nota de la agencia.</p>',
    summarySnippet: 'enlaza la misma nota',
  }),
  item({
    guid: 'dup-b-pasaporte',
    title: 'Migrantes ecuatorianos denuncian retrasos para renovar el pasaporte',
    link: 'https://example.com/diario-b/retrasos-pasaporte',
    ageHours: 2,
    keyword: 'migrantes',
    html: '<p>Esperas de hasta seis meses.</p>',
    summarySnippet: 'Esperas de hasta seis meses',
  }),
  item({
    guid: 'dup-b-acogida',
    title: FAR_APART_TITLE,
    link: 'https://example.com/diario-b/cierre-acogida-alcala',
    ageHours: 1,
    keyword: 'refugiados',
    html: '<p>Diario B, hoy.</p>',
    summarySnippet: 'Diario B, hoy',
  }),
];

// --- /slow.xml -------------------------------------------------------------------------------------------
const slowItems = [
  item({
    guid: 'slow-001',
    title: 'Noticia que llega demasiado tarde sobre la acogida de menores migrantes',
    link: 'https://example.net/lento/acogida-menores',
    ageHours: 1,
    keyword: 'migrantes',
    html: '<p>Nadie debería llegar a leer esto.</p>',
    summarySnippet: 'Nadie debería llegar a leer esto',
  }),
];

const HUGE_BYTES = 20 * 1024 * 1024;
const BOMB_LEVELS = 10;
const BOMB_FAN_OUT = 10;

function feedFact(path: string, format: FixtureFeedFact['format'], contentType: string, title: string, siteUrl: string, items: FixtureItemFact[], itemElements = items.length): FixtureFeedFact {
  return { path, format, contentType, title, siteUrl, items, itemElements };
}

export const FIXTURE_FACTS: FixtureFacts = {
  recentWindowHours: 48,
  rss2: {
    ...feedFact('/rss2.xml', 'rss2', RSS, 'Noticias de ejemplo (RSS 2.0)', 'https://example.org/noticias', rss2Items),
    etag: '"rss2-v1"',
    lastModifiedAgeHours: 1,
    offsetDateGuid: rss2Items[2].guid,
  },
  rss1: feedFact('/rss1.rdf', 'rss1', 'application/rdf+xml; charset=utf-8', 'Boletín de ejemplo (RSS 1.0)', 'https://example.net/rdf/', rss1Items),
  atom: {
    ...feedFact('/atom.xml', 'atom', 'application/atom+xml; charset=utf-8', 'Revista de ejemplo (Atom)', ATOM_BASE, atomItems),
    contentGuid: atomItems[0].guid,
    summaryGuid: atomItems[1].guid,
    xmlBase: ATOM_BASE,
    relativeLink: { raw: atomItems[1].rawLink!, resolved: atomItems[1].link },
  },
  json: feedFact('/feed.json', 'json', 'application/feed+json; charset=utf-8', 'Agencia de ejemplo (JSON Feed)', 'https://example.com/json/', jsonItems),
  latin1: {
    ...feedFact('/latin1.xml', 'rss2', 'application/rss+xml; charset=ISO-8859-1', 'Periódico en español (ISO-8859-1)', 'https://example.org/latin1/', latin1Items),
    charset: 'ISO-8859-1',
    accentedWords: ['Regularización', 'niños', 'niñas', 'Información', '¿quién'],
  },
  empty: feedFact('/empty.xml', 'rss2', RSS, 'Canal sin noticias', 'https://example.net/vacio', []),
  mixedTopics: {
    ...feedFact('/mixed-topics.xml', 'rss2', RSS, 'Portada general de ejemplo', 'https://example.net/portada', mixedItems),
    onTopicGuids: mixedItems.filter((i) => i.keyword).map((i) => i.guid),
    offTopicGuids: mixedItems.filter((i) => !i.keyword).map((i) => i.guid),
  },
  hostile: {
    ...feedFact('/hostile.xml', 'rss2', RSS, 'Feed hostil de ejemplo', 'https://example.org/hostil', Object.values(hostileCases)),
    cases: hostileCases,
    longTitleLength: LONG_TITLE_LENGTH,
    forbidden: ['<script', 'alert(', 'onerror', 'onclick', 'javascript:', '<iframe', 'style=', 'position:fixed', 'tracker.example.net', 'evil.example.net'],
    titleForbidden: ['<b>', '</b>', '&amp;', '&lt;'],
    survivors: ['Informe sobre los centros de internamiento de extranjeros.', 'Texto que debe sobrevivir', 'nota de prensa', 'informe completo'],
    inlineLink: { raw: HOSTILE_INLINE_LINK, canonical: 'https://example.org/a?id=7' },
    hostileHosts: ['tracker.example.net', 'evil.example.net'],
  },
  dupA: {
    ...feedFact('/dup-a.xml', 'rss2', RSS, 'Diario A', 'https://example.org/diario-a', dupAItems, dupAItems.length + 1),
    repeatedGuid: DUP_A_REPEATED,
  },
  dupB: feedFact('/dup-b.xml', 'rss2', RSS, 'Diario B', 'https://example.com/diario-b', dupBItems),
  clustering: {
    sameStory: { guids: [dupAItems[0].guid, dupBItems[0].guid], titles: [dupAItems[0].title, dupBItems[0].title], hoursApart: 3 },
    sameLink: { guids: [dupAItems[1].guid, dupBItems[1].guid], links: [dupAItems[1].link, dupBItems[1].link], canonical: SAME_LINK_CANONICAL },
    differentStories: { guids: [dupAItems[2].guid, dupBItems[2].guid], titles: [dupAItems[2].title, dupBItems[2].title], sharedWords: ['migrantes', 'ecuatorianos'] },
    sameTitleFarApart: { guids: [dupAItems[3].guid, dupBItems[3].guid], title: FAR_APART_TITLE, daysApart: 5 },
    expectedClusters: [[dupAItems[0].guid, dupBItems[0].guid]],
  },
  slow: { path: '/slow.xml', bodyPath: '/slow-body.xml', delayMs: 60_000, items: slowItems },
  huge: { path: '/huge.xml', declaredPath: '/huge-declared.xml', bytes: HUGE_BYTES },
  malformed: { path: '/malformed.xml' },
  bomb: { path: '/bomb.xml', entity: `lol${BOMB_LEVELS - 1}`, levels: BOMB_LEVELS, fanOut: BOMB_FAN_OUT, expandedChars: 3 * BOMB_FAN_OUT ** (BOMB_LEVELS - 1), guid: 'bomb-001' },
  htmlPage: { path: '/html-page', contentType: 'text/html; charset=utf-8', title: 'Diario de ejemplo: portada' },
  redirects: {
    once: { path: '/redirect-once', status: 301, target: '/rss2.xml' },
    loop: { path: '/redirect-loop', status: 302 },
    chain: { path: '/redirect-chain', hops: 5, statuses: [301, 302, 303, 307, 308], target: '/rss2.xml' },
  },
  status: { serverError: '/status/500', notFound: '/status/404', tooMany: '/status/429', retryAfterSeconds: 120 },
  notFound: { path: '/no-such-feed.xml' },
};

/** The forbidden strings (FIXTURE_FACTS.hostile.forbidden) found in `text`, case-insensitively; [] when clean. */
export function hostileLeftovers(text: string): string[] {
  const lower = text.toLowerCase();
  return FIXTURE_FACTS.hostile.forbidden.filter((f) => lower.includes(f.toLowerCase()));
}

// ---------------------------------------------------------------------------------------------------------
// Generators.
// ---------------------------------------------------------------------------------------------------------

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function cdata(s: string): string {
  return `<![CDATA[${s.replace(/]]>/g, ']]]]><![CDATA[>')}]]>`;
}

function rfc3339(d: Date): string {
  return d.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** RFC 822 date with a numeric zone, e.g. "Tue, 01 Dec 2026 12:00:00 +0200" (same instant as `d`). */
function rfc822WithOffset(d: Date, offsetMinutes: number): string {
  const local = new Date(d.getTime() + offsetMinutes * 60_000).toUTCString().replace(/ GMT$/, '');
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  return `${local} ${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}${String(abs % 60).padStart(2, '0')}`;
}

/** RFC 3339 with an offset, e.g. "2026-12-01T12:00:00+02:00". */
function rfc3339WithOffset(d: Date, offsetMinutes: number): string {
  const local = rfc3339(new Date(d.getTime() + offsetMinutes * 60_000)).replace(/Z$/, '');
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  return `${local}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

export interface Rss2Options {
  title: string;
  link: string;
  description?: string;
  /** The XML declaration's encoding; the caller encodes the string accordingly. */
  encoding?: string;
  /** Text inserted before <rss> (a DOCTYPE). */
  prolog?: string;
}

export interface Rss2Item {
  guid: string;
  title: string;
  link: string;
  /** HTML, written escaped, or in CDATA when `cdata` is set. */
  description?: string;
  cdata?: boolean;
  /** The pubDate text as written (RFC 822); omitted when absent. */
  pubDate?: string;
  /** Written into <title> verbatim, unescaped (entity references). */
  rawTitleXml?: string;
}

function rss2Item(i: Rss2Item): string {
  const title = i.rawTitleXml ?? esc(i.title);
  const description = i.description === undefined ? '' : `\n      <description>${i.cdata ? cdata(i.description) : esc(i.description)}</description>`;
  const pubDate = i.pubDate ? `\n      <pubDate>${i.pubDate}</pubDate>` : '';
  return `    <item>
      <title>${title}</title>
      <link>${esc(i.link)}</link>
      <guid isPermaLink="false">${esc(i.guid)}</guid>${description}${pubDate}
    </item>
`;
}

/** An RSS 2.0 document; exported for tests that serve a changed feed with set(). */
export function rss2Xml(channel: Rss2Options, items: Rss2Item[]): string {
  return `<?xml version="1.0" encoding="${channel.encoding ?? 'UTF-8'}"?>
${channel.prolog ?? ''}<rss version="2.0">
  <channel>
    <title>${esc(channel.title)}</title>
    <link>${esc(channel.link)}</link>
    <description>${esc(channel.description ?? channel.title)}</description>
    <language>es</language>
${items.map(rss2Item).join('')}  </channel>
</rss>
`;
}

/** RSS 2.0 items for facts, dates relative to `at`. */
function rss2ItemsOf(items: FixtureItemFact[], at: (h: number) => Date, opts: { cdata?: boolean } = {}): Rss2Item[] {
  return items.map((i) => ({
    guid: i.guid,
    title: i.rawTitle ?? i.title,
    link: i.link,
    description: i.html,
    cdata: opts.cdata,
    pubDate: i.ageHours === null ? undefined : at(i.ageHours).toUTCString(),
  }));
}

function rss2Of(feed: FixtureFeedFact, at: (h: number) => Date, opts: { cdata?: boolean } = {}): string {
  return rss2Xml({ title: feed.title, link: feed.siteUrl }, rss2ItemsOf(feed.items, at, opts));
}

function rss1Of(feed: FixtureFeedFact, at: (h: number) => Date): string {
  const lis = feed.items.map((i) => `        <rdf:li rdf:resource="${esc(i.guid)}"/>`).join('\n');
  const items = feed.items
    .map(
      (i) => `  <item rdf:about="${esc(i.guid)}">
    <title>${esc(i.title)}</title>
    <link>${esc(i.link)}</link>
    <description>${esc(i.html)}</description>
    <dc:date>${rfc3339(at(i.ageHours!))}</dc:date>
  </item>
`,
    )
    .join('');
  return `<?xml version="1.0" encoding="UTF-8"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel rdf:about="${esc(feed.siteUrl)}">
    <title>${esc(feed.title)}</title>
    <link>${esc(feed.siteUrl)}</link>
    <description>${esc(feed.title)}</description>
    <dc:date>${rfc3339(at(Math.min(...feed.items.map((i) => i.ageHours!))))}</dc:date>
    <items>
      <rdf:Seq>
${lis}
      </rdf:Seq>
    </items>
  </channel>
${items}</rdf:RDF>
`;
}

function atomOf(at: (h: number) => Date): string {
  const [withContent, withSummary] = atomItems;
  return `<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:base="${ATOM_BASE}" xml:lang="es">
  <title>${esc(FIXTURE_FACTS.atom.title)}</title>
  <id>urn:uuid:0d8f5a6e-2b1c-4e3a-9f7d-6c5b4a392817</id>
  <updated>${rfc3339(at(withContent.ageHours!))}</updated>
  <link rel="alternate" type="text/html" href="${ATOM_BASE}"/>
  <author><name>Redacción de ejemplo</name></author>
  <entry>
    <title>${esc(withContent.title)}</title>
    <id>${withContent.guid}</id>
    <link rel="alternate" type="text/html" href="${esc(withContent.link)}"/>
    <published>${rfc3339(at(withContent.ageHours!))}</published>
    <updated>${rfc3339(at(withContent.ageHours!))}</updated>
    <content type="html">${esc(withContent.html)}</content>
  </entry>
  <entry>
    <title type="text">${esc(withSummary.title)}</title>
    <id>${withSummary.guid}</id>
    <link href="${esc(withSummary.rawLink!)}"/>
    <updated>${rfc3339(at(withSummary.ageHours!))}</updated>
    <summary>${esc(withSummary.html)}</summary>
  </entry>
</feed>
`;
}

function jsonFeedOf(at: (h: number) => Date): string {
  const f = FIXTURE_FACTS.json;
  return JSON.stringify(
    {
      version: 'https://jsonfeed.org/version/1.1',
      title: f.title,
      home_page_url: f.siteUrl,
      language: 'es',
      items: f.items.map((i, n) => ({
        id: i.guid,
        url: i.link,
        title: i.title,
        content_html: i.html,
        // The second item's date carries an offset (same instant).
        date_published: n === 1 ? rfc3339WithOffset(at(i.ageHours!), -300) : rfc3339(at(i.ageHours!)),
      })),
    },
    null,
    2,
  );
}

function bombXml(at: (h: number) => Date): string {
  const entities = [`  <!ENTITY lol0 "lol">`];
  for (let l = 1; l < BOMB_LEVELS; l++) entities.push(`  <!ENTITY lol${l} "${`&lol${l - 1};`.repeat(BOMB_FAN_OUT)}">`);
  return rss2Xml({ title: 'Bomba de entidades', link: 'https://example.net/bomba', prolog: `<!DOCTYPE rss [\n${entities.join('\n')}\n]>\n` }, [
    {
      guid: FIXTURE_FACTS.bomb.guid,
      title: '',
      rawTitleXml: `&${FIXTURE_FACTS.bomb.entity};`,
      link: 'https://example.net/bomba/1',
      description: '<p>Noticia sobre migración con un título explosivo.</p>',
      pubDate: at(1).toUTCString(),
    },
  ]);
}

function malformedXml(at: (h: number) => Date): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0">
  <channel>
    <title>Feed roto a medias</title>
    <link>https://example.net/roto</link>
    <description>Se corta en mitad de un elemento</description>
    <item>
      <title>Primera noticia sobre migración, completa</title>
      <link>https://example.net/roto/primera</link>
      <guid isPermaLink="false">malformed-001</guid>
      <pubDate>${at(1).toUTCString()}</pubDate>
    </item>
    <item>
      <title>Segunda noticia sobre asilo sin cerrar
      <link>https://example.net/roto/segunda</link>
      <description>&lt;p&gt;El texto se interrumpe aquí <b>sin cerrar
      <pubDate>${at(2).toUTCString()}</pub`;
}

function htmlPage(): string {
  return `<!DOCTYPE html>
<html lang="es">
<head>
  <meta charset="utf-8">
  <title>${FIXTURE_FACTS.htmlPage.title}</title>
  <link rel="alternate" type="application/rss+xml" title="RSS" href="/rss2.xml">
</head>
<body>
  <h1>Portada</h1>
  <p>Esta dirección ya no sirve un feed, sino la página de inicio.</p>
</body>
</html>
`;
}

/** The huge feed, exactly `total` bytes: a header, numbered items in ~64 KiB chunks, padding, the footer. */
function* hugeChunks(total: number, at: (h: number) => Date): Generator<Buffer> {
  const head = Buffer.from(rss2Xml({ title: 'Feed enorme', link: 'https://example.net/enorme' }, []).split('  </channel>')[0]);
  const foot = Buffer.from('  </channel>\n</rss>\n');
  const date = at(1).toUTCString();
  let sent = head.length;
  yield head;
  let batch: Buffer[] = [];
  let batchLen = 0;
  for (let n = 1; ; n++) {
    const id = String(n).padStart(6, '0');
    const xml = Buffer.from(
      rss2Item({ guid: `huge-${id}`, title: `Noticia de relleno ${id} sobre migracion`, link: `https://example.net/enorme/${id}`, description: '<p>Relleno para un feed de veinte megas.</p>', pubDate: date }),
    );
    if (sent + batchLen + xml.length + foot.length > total) break;
    batch.push(xml);
    batchLen += xml.length;
    if (batchLen >= 64 * 1024) {
      yield Buffer.concat(batch);
      sent += batchLen;
      batch = [];
      batchLen = 0;
    }
  }
  if (batchLen) yield Buffer.concat(batch);
  sent += batchLen;
  yield Buffer.concat([Buffer.alloc(total - sent - foot.length, ' '), foot]);
}

// ---------------------------------------------------------------------------------------------------------
// Conditional GET.
// ---------------------------------------------------------------------------------------------------------

function header(headers: Record<string, string> | undefined, name: string): string | undefined {
  const key = Object.keys(headers ?? {}).find((k) => k.toLowerCase() === name.toLowerCase());
  return key === undefined ? undefined : headers![key];
}

/**
 * Wraps a response carrying ETag and/or Last-Modified so it answers 304 (no body, validators repeated) when the
 * request's If-None-Match lists its ETag (weak comparison, or *), or, without If-None-Match (RFC 9110 §13.2.2),
 * when If-Modified-Since is not older than Last-Modified.
 */
export function conditional(response: FixtureResponse): (req: IncomingMessage) => FixtureResponse {
  const etag = header(response.headers, 'etag');
  const lastModified = header(response.headers, 'last-modified');
  return (req) => {
    const inm = req.headers['if-none-match'];
    const ims = req.headers['if-modified-since'];
    let fresh = false;
    if (inm !== undefined) {
      const weak = (t: string) => t.trim().replace(/^W\//, '');
      fresh = etag !== undefined && inm.split(',').some((t) => t.trim() === '*' || weak(t) === weak(etag));
    } else if (ims !== undefined && lastModified !== undefined) {
      const since = Date.parse(ims);
      fresh = !Number.isNaN(since) && Date.parse(lastModified) <= since;
    }
    if (!fresh) return response;
    const headers: Record<string, string> = {};
    if (etag !== undefined) headers.ETag = etag;
    if (lastModified !== undefined) headers['Last-Modified'] = lastModified;
    return { status: 304, headers, delayMs: response.delayMs };
  };
}

// ---------------------------------------------------------------------------------------------------------
// The server.
// ---------------------------------------------------------------------------------------------------------

interface Ctx {
  base: string;
  at: (h: number) => Date;
  /** A timer that close() clears and a dropped connection cancels. */
  later: (res: ServerResponse, ms: number, fn: () => void) => void;
  reply: (res: ServerResponse, r: FixtureResponse) => void;
}
type Route = (req: IncomingMessage, res: ServerResponse, ctx: Ctx) => void;

function streamChunks(res: ServerResponse, chunks: Iterable<Buffer>): void {
  const drained = () =>
    new Promise<void>((ok) => {
      const done = () => {
        res.off('drain', done);
        res.off('close', done);
        ok();
      };
      res.on('drain', done);
      res.on('close', done);
    });
  void (async () => {
    for (const chunk of chunks) {
      if (res.destroyed) return;
      if (!res.write(chunk)) await drained();
    }
    if (!res.destroyed) res.end();
  })();
}

function builtinRoutes(): Map<string, Route> {
  const F = FIXTURE_FACTS;
  const routes = new Map<string, Route>();
  const fixed = (path: string, make: (ctx: Ctx) => FixtureResponse) => {
    let cached: FixtureResponse | undefined;
    routes.set(path, (_req, res, ctx) => ctx.reply(res, (cached ??= make(ctx))));
  };

  let rss2: ((req: IncomingMessage) => FixtureResponse) | undefined;
  routes.set(F.rss2.path, (req, res, ctx) => {
    rss2 ??= conditional({
      headers: { 'Content-Type': RSS, ETag: F.rss2.etag, 'Last-Modified': ctx.at(F.rss2.lastModifiedAgeHours).toUTCString() },
      body: rss2Xml(
        { title: F.rss2.title, link: F.rss2.siteUrl },
        rss2ItemsOf(F.rss2.items, ctx.at).map((i) => (i.guid === F.rss2.offsetDateGuid ? { ...i, pubDate: rfc822WithOffset(ctx.at(rss2Items[2].ageHours!), 120) } : i)),
      ),
    });
    ctx.reply(res, rss2(req));
  });
  fixed(F.rss1.path, (ctx) => ({ headers: { 'Content-Type': F.rss1.contentType }, body: rss1Of(F.rss1, ctx.at) }));
  fixed(F.atom.path, (ctx) => ({ headers: { 'Content-Type': F.atom.contentType }, body: atomOf(ctx.at) }));
  fixed(F.json.path, (ctx) => ({ headers: { 'Content-Type': F.json.contentType }, body: jsonFeedOf(ctx.at) }));
  fixed(F.latin1.path, (ctx) => ({
    headers: { 'Content-Type': F.latin1.contentType },
    body: Buffer.from(
      rss2Xml({ title: F.latin1.title, link: F.latin1.siteUrl, encoding: 'ISO-8859-1' }, rss2ItemsOf(F.latin1.items, ctx.at, { cdata: true })),
      'latin1',
    ),
  }));
  fixed(F.empty.path, () => ({ headers: { 'Content-Type': RSS }, body: rss2Xml({ title: F.empty.title, link: F.empty.siteUrl }, []) }));
  fixed(F.mixedTopics.path, (ctx) => ({ headers: { 'Content-Type': RSS }, body: rss2Of(F.mixedTopics, ctx.at) }));
  fixed(F.hostile.path, (ctx) => {
    const items = rss2ItemsOf(F.hostile.items, ctx.at, { cdata: true });
    // The markup title travels as escaped HTML (the common form), not CDATA.
    const markup = F.hostile.cases.markupTitle;
    const withTitle = items.map((i) => (i.guid === markup.guid ? { ...i, rawTitleXml: esc(markup.rawTitle!) } : i));
    return { headers: { 'Content-Type': RSS }, body: rss2Xml({ title: F.hostile.title, link: F.hostile.siteUrl }, withTitle) };
  });
  fixed(F.dupA.path, (ctx) => {
    const items = rss2ItemsOf(F.dupA.items, ctx.at);
    const repeated = items.find((i) => i.guid === F.dupA.repeatedGuid)!;
    return { headers: { 'Content-Type': RSS }, body: rss2Xml({ title: F.dupA.title, link: F.dupA.siteUrl }, [...items, repeated]) };
  });
  fixed(F.dupB.path, (ctx) => ({ headers: { 'Content-Type': RSS }, body: rss2Of(F.dupB, ctx.at) }));
  fixed(F.malformed.path, (ctx) => ({ headers: { 'Content-Type': RSS }, body: malformedXml(ctx.at) }));
  fixed(F.bomb.path, (ctx) => ({ headers: { 'Content-Type': RSS }, body: bombXml(ctx.at) }));
  fixed(F.htmlPage.path, () => ({ headers: { 'Content-Type': F.htmlPage.contentType }, body: htmlPage() }));

  const slowFeed = (ctx: Ctx) => rss2Xml({ title: 'Feed lento', link: 'https://example.net/lento' }, rss2ItemsOf(F.slow.items, ctx.at));
  routes.set(F.slow.path, (_req, res, ctx) => ctx.reply(res, { headers: { 'Content-Type': RSS }, body: slowFeed(ctx), delayMs: F.slow.delayMs }));
  routes.set(F.slow.bodyPath, (_req, res, ctx) => {
    const body = slowFeed(ctx);
    const cut = body.indexOf('<item>');
    res.writeHead(200, { 'Content-Type': RSS });
    res.write(body.slice(0, cut));
    ctx.later(res, F.slow.delayMs, () => res.end(body.slice(cut)));
  });

  routes.set(F.huge.path, (_req, res, ctx) => {
    res.writeHead(200, { 'Content-Type': RSS });
    streamChunks(res, hugeChunks(F.huge.bytes, ctx.at));
  });
  routes.set(F.huge.declaredPath, (_req, res, ctx) => {
    res.writeHead(200, { 'Content-Type': RSS, 'Content-Length': String(F.huge.bytes) });
    streamChunks(res, hugeChunks(F.huge.bytes, ctx.at));
  });

  routes.set(F.redirects.once.path, (_req, res, ctx) => ctx.reply(res, { status: 301, headers: { Location: `${ctx.base}${F.redirects.once.target}` } }));
  routes.set(F.redirects.loop.path, (_req, res, ctx) => ctx.reply(res, { status: 302, headers: { Location: F.redirects.loop.path } }));
  routes.set(F.redirects.chain.path, (req, res, ctx) => {
    const { hops, statuses, target, path } = F.redirects.chain;
    const hop = Math.min(Math.max(Number(new URL(req.url ?? '/', ctx.base).searchParams.get('hop') ?? '1') || 1, 1), hops);
    ctx.reply(res, { status: statuses[hop - 1], headers: { Location: hop < hops ? `${path}?hop=${hop + 1}` : target } });
  });
  return routes;
}

export async function startFeedFixtures(): Promise<FeedFixtures> {
  const startedAt = new Date(Math.floor(Date.now() / 1000) * 1000);
  const at = (ageHours: number) => new Date(startedAt.getTime() - ageHours * 3_600_000);
  const routes = builtinRoutes();
  const overrides = new Map<string, FixtureHandler>();
  const log = new Map<string, { req: FixtureRequestLog; res: ServerResponse }[]>();
  const timers = new Set<NodeJS.Timeout>();
  const pathOf = (p: string) => new URL(p, 'http://fixtures.invalid').pathname;

  const later: Ctx['later'] = (res, ms, fn) => {
    const timer = setTimeout(() => {
      timers.delete(timer);
      if (!res.destroyed) fn();
    }, ms);
    timer.unref();
    timers.add(timer);
    res.once('close', () => {
      clearTimeout(timer);
      timers.delete(timer);
    });
  };
  const reply: Ctx['reply'] = (res, r) => {
    const send = () => {
      const headers = { ...r.headers };
      if (r.body !== undefined && header(headers, 'content-type') === undefined) headers['Content-Type'] = RSS;
      res.writeHead(r.status ?? 200, headers);
      res.end(r.body);
    };
    if (r.delayMs) later(res, r.delayMs, send);
    else send();
  };

  const server = createServer((req, res) => {
    const path = pathOf(req.url ?? '/');
    const entry: { req: FixtureRequestLog; res: ServerResponse } = { req: {}, res };
    const h = req.headers;
    if (h['if-none-match'] !== undefined) entry.req.ifNoneMatch = h['if-none-match'];
    if (h['if-modified-since'] !== undefined) entry.req.ifModifiedSince = h['if-modified-since'];
    if (h['user-agent'] !== undefined) entry.req.userAgent = h['user-agent'];
    if (!log.has(path)) log.set(path, []);
    log.get(path)!.push(entry);

    const override = overrides.get(path);
    if (override) return reply(res, typeof override === 'function' ? override(req) : override);
    const route = routes.get(path);
    if (route) return route(req, res, ctx);
    const status = /^\/status\/([45]\d\d)$/.exec(path);
    if (status) {
      const code = Number(status[1]);
      const headers: Record<string, string> = { 'Content-Type': 'text/plain; charset=utf-8' };
      if (code === 429) headers['Retry-After'] = String(FIXTURE_FACTS.status.retryAfterSeconds);
      return reply(res, { status: code, headers, body: `Error ${code}\n` });
    }
    reply(res, { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' }, body: 'Not found\n' });
  });

  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', () => ok()));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const ctx: Ctx = { base, at, later, reply };
  let closed: Promise<void> | undefined;

  return {
    base,
    startedAt,
    url: (path) => `${base}${path}`,
    at,
    requests: (path) => (log.get(pathOf(path)) ?? []).map((e) => ({ ...e.req })),
    statuses: (path) => (log.get(pathOf(path)) ?? []).map((e) => (e.res.headersSent ? e.res.statusCode : undefined)),
    set: (path, response) => void overrides.set(pathOf(path), response),
    restore: (path) => void overrides.delete(pathOf(path)),
    reset: () => {
      overrides.clear();
      log.clear();
    },
    close: () =>
      (closed ??= new Promise<void>((ok) => {
        for (const t of timers) clearTimeout(t);
        timers.clear();
        server.close(() => ok());
        server.closeAllConnections();
      })),
  };
}
