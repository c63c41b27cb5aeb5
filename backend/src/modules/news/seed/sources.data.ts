/**
 * The shipped list of news sources: Ecuador, Spain, the EU and the world.
 *
 * Copied from the project's research notes on migration news sources (2026), which record public feed lists
 * and monitoring configurations published by third parties on GitHub in 2026, several with a live HTTP test.
 * Nothing here was guessed: every feed URL is exactly as listed there, and a source without an evidenced feed
 * has none (null, inactive) until an editor adds one. None was checked from our own servers, so each row's
 * `notes` carries the third-party status and its date. Before enabling a feed, test it from the production IP
 * and check that the answer really is XML (some sites answer their feed address with an HTML page).
 *
 * Keys are stable: the seed matches rows by key, so never rename one once published; add a new row instead.
 */
import type { NewsLanguage, NewsRegion, ReliabilityTier } from '../news.entities';

export type { NewsRegion, ReliabilityTier };

export interface SeedSource {
  /** Stable kebab-case key, unique, never changes once published, e.g. 'ec-el-universo-ecuador'. */
  key: string;
  /** As the publisher names itself, with the section when the feed is a section. */
  name: string;
  /** Exactly as listed; never invented, never "fixed"; null when none is evidenced. */
  feedUrl: string | null;
  siteUrl: string;
  region: NewsRegion;
  language: NewsLanguage;
  tier: ReliabilityTier;
  active: boolean;
  /** true when the feed is sitewide or a general section: only items about migration (isMigrationRelated) are kept. */
  keywordFilter: boolean;
  /** Short Spanish note for editors: feed status with its date, known blocks and rate limits, alternative feeds. */
  notes: string;
}

const NO_FEED = 'Sin feed evidenciado: un editor debe buscar y añadir uno (y probarlo) antes de activar la fuente.';
const UNTESTED = 'Visto en listas de terceros, sin prueba registrada: probar desde la IP de producción.';
const WAF = 'Algunos sitios ecuatorianos (gobierno y ONG) bloquean con un WAF las IP de centros de datos.';

export const SEED_SOURCES: readonly SeedSource[] = [
  // ── Ecuador ────────────────────────────────────────────────────────────────────────────────────────────
  {
    key: 'ec-el-universo-ecuador',
    name: 'El Universo — Ecuador',
    feedUrl: 'https://www.eluniverso.com/arc/outboundfeeds/rss-subsection/noticias/ecuador/?outputType=xml',
    siteUrl: 'https://www.eluniverso.com',
    region: 'ecuador',
    language: 'es',
    tier: 'established_media',
    active: true,
    keywordFilter: true,
    notes:
      'Probado por terceros: OK (2026-09), feeds de sección. Ninguna sección es de migración: se filtra por palabras clave. ' +
      'Otros feeds listados: Internacional https://www.eluniverso.com/arc/outboundfeeds/rss-subsection/noticias/internacional/?outputType=xml, ' +
      'Política https://www.eluniverso.com/arc/outboundfeeds/rss-subsection/noticias/politica?outputType=xml, ' +
      'todo el sitio https://www.eluniverso.com/arc/outboundfeeds/rss/?outputType=xml. Los antiguos /rss/*.xml y /rss/politica/ dan 404.',
  },
  {
    key: 'ec-el-comercio',
    name: 'El Comercio',
    feedUrl: 'https://www.elcomercio.com/feed/',
    siteUrl: 'https://www.elcomercio.com',
    region: 'ecuador',
    language: 'es',
    tier: 'established_media',
    active: true,
    keywordFilter: true,
    notes: 'Probado por terceros: OK (2026-09). Feed general del sitio (Quito), no de sección: se filtra por palabras clave.',
  },
  {
    key: 'ec-primicias',
    name: 'Primicias',
    feedUrl: 'https://www.primicias.ec/feed/',
    siteUrl: 'https://www.primicias.ec',
    region: 'ecuador',
    language: 'es',
    tier: 'established_media',
    active: false,
    keywordFilter: true,
    notes:
      'Probado por terceros: FALLO (2026-09-23). Figura en más de 10 listas, pero respondió HTTP 200 con HTML, no XML; /rss dio 404. ' +
      'Tratar como sin feed funcional: inactiva hasta que un editor encuentre un feed que devuelva XML.',
  },
  {
    key: 'ec-expreso',
    name: 'Expreso',
    feedUrl: 'https://www.expreso.ec/rss',
    siteUrl: 'https://www.expreso.ec',
    region: 'ecuador',
    language: 'es',
    tier: 'established_media',
    active: true,
    keywordFilter: true,
    notes:
      'Probado por terceros: OK (2026-09-23), HTTP 200 con XML real. Feed general (Guayaquil): se filtra por palabras clave. ' +
      'La variante /feed/ solo aparece en un directorio de URL adivinadas: no usarla.',
  },
  {
    key: 'ec-gk',
    name: 'GK',
    feedUrl: 'https://gk.city/feed/',
    siteUrl: 'https://gk.city',
    region: 'ecuador',
    language: 'es',
    tier: 'established_media',
    active: false,
    keywordFilter: true,
    notes: 'Probado por terceros: FALLO (2026-09-23), HTTP 403 (bloquea bots). Inactiva: probar desde la IP de producción antes de activarla.',
  },
  {
    key: 'ec-ecuavisa',
    name: 'Ecuavisa',
    feedUrl: 'https://www.ecuavisa.com/arc/outboundfeeds/rss/?outputType=xml',
    siteUrl: 'https://www.ecuavisa.com',
    region: 'ecuador',
    language: 'es',
    tier: 'established_media',
    active: false,
    keywordFilter: true,
    notes: 'Probado por terceros: FALLO (2026-09-23), HTTP 403; /rss y /feed dieron 404. Inactiva: probar desde la IP de producción antes de activarla.',
  },
  {
    key: 'ec-teleamazonas',
    name: 'Teleamazonas',
    feedUrl: null,
    siteUrl: 'https://www.teleamazonas.com',
    region: 'ecuador',
    language: 'es',
    tier: 'established_media',
    active: false,
    keywordFilter: true,
    notes: `${NO_FEED} Probados por terceros: /feed/ dio 404 y /rss entró en un bucle de redirecciones; el /feed de otra lista es una URL adivinada.`,
  },
  {
    key: 'ec-el-telegrafo',
    name: 'El Telégrafo',
    feedUrl: null,
    siteUrl: 'https://www.eltelegrafo.com.ec',
    region: 'ecuador',
    language: 'es',
    tier: 'established_media',
    active: false,
    keywordFilter: true,
    notes: `${NO_FEED} Medio estatal. Probados por terceros el 2026-09-23: /feed/ y /rss dieron 404 (otras listas citan /rss sin probarlo).`,
  },
  {
    key: 'ec-cancilleria',
    name: 'Cancillería del Ecuador — Ministerio de Relaciones Exteriores y Movilidad Humana',
    feedUrl: 'https://www.cancilleria.gob.ec/feed/',
    siteUrl: 'https://www.cancilleria.gob.ec',
    region: 'ecuador',
    language: 'es',
    tier: 'official',
    active: true,
    keywordFilter: true,
    notes:
      `${UNTESTED} Figura como activa en un catálogo auditado en vivo (2026-09). Sitio WordPress; noticias en https://www.cancilleria.gob.ec/noticias-cancilleria/. ` +
      `${WAF} No todo es de migración: se filtra por palabras clave.`,
  },
  {
    key: 'ec-presidencia',
    name: 'Presidencia de la República del Ecuador',
    feedUrl: 'https://www.presidencia.gob.ec/feed/',
    siteUrl: 'https://www.presidencia.gob.ec',
    region: 'ecuador',
    language: 'es',
    tier: 'official',
    active: true,
    keywordFilter: true,
    notes: `Probado por terceros: OK (2026-09), 10 noticias reales. No es de migración: se filtra por palabras clave. ${WAF}`,
  },
  {
    key: 'ec-oim-ecuador',
    name: 'OIM Ecuador',
    feedUrl: null,
    siteUrl: 'https://ecuador.iom.int',
    region: 'ecuador',
    language: 'es',
    tier: 'official',
    active: false,
    keywordFilter: true,
    notes: `${NO_FEED} Oficina de país de la OIM (organismo internacional); solo se conoce el sitio.`,
  },
  {
    key: 'ec-plan-v',
    name: 'Plan V',
    feedUrl: 'https://planv.com.ec/feed/',
    siteUrl: 'https://planv.com.ec',
    region: 'ecuador',
    language: 'es',
    tier: 'established_media',
    active: true,
    keywordFilter: true,
    notes: 'Probado por terceros: OK (2026-09). Medio digital independiente de investigación, no de migración: se filtra por palabras clave.',
  },
  {
    key: 'ec-wambra',
    name: 'Wambra',
    feedUrl: 'https://wambra.ec/feed/',
    siteUrl: 'https://wambra.ec',
    region: 'ecuador',
    language: 'es',
    tier: 'community',
    active: true,
    keywordFilter: true,
    notes: 'Probado por terceros: OK (2026-09). Medio comunitario/alternativo. Se registró un HTTP 429 transitorio: mantener baja la frecuencia de consulta.',
  },

  // ── Spain ──────────────────────────────────────────────────────────────────────────────────────────────
  {
    key: 'es-el-pais-sociedad',
    name: 'El País — Sociedad',
    feedUrl: 'https://feeds.elpais.com/mrss-s/pages/ep/site/elpais.com/section/sociedad/portada',
    siteUrl: 'https://elpais.com',
    region: 'spain',
    language: 'es',
    tier: 'established_media',
    active: true,
    keywordFilter: true,
    notes:
      `${UNTESTED} Host y formato RSS 2.0 confirmados en un documento oficial de feeds.elpais.com, pero solo de la edición en inglés. ` +
      'Otros feeds listados: España https://feeds.elpais.com/mrss-s/pages/ep/site/elpais.com/section/espana/portada, ' +
      'Internacional https://feeds.elpais.com/mrss-s/pages/ep/site/elpais.com/section/internacional/portada, ' +
      'portada https://feeds.elpais.com/mrss-s/pages/ep/site/elpais.com/portada. No se encontró feed de la etiqueta de migración ' +
      '(el patrón de etiquetas .../list/ep/site/elpais.com/tag/<slug>_a existe, pero no el slug; elpais.com/tag/inmigracion/a/rss es un patrón antiguo sin verificar).',
  },
  {
    key: 'es-eldiario-desalambre',
    name: 'elDiario.es — Desalambre',
    feedUrl: 'https://www.eldiario.es/rss/desalambre/',
    siteUrl: 'https://www.eldiario.es',
    region: 'spain',
    language: 'es',
    tier: 'established_media',
    active: true,
    keywordFilter: false,
    notes: `${UNTESTED} Desalambre es la sección de derechos humanos y migración: no se filtra. Feed de todo el sitio: https://www.eldiario.es/rss/.`,
  },
  {
    key: 'es-rtve',
    name: 'RTVE',
    feedUrl: 'https://www.rtve.es/api/noticias.rss',
    siteUrl: 'https://www.rtve.es',
    region: 'spain',
    language: 'es',
    tier: 'established_media',
    active: true,
    keywordFilter: true,
    notes:
      `${UNTESTED} Medio público. Los feeds temáticos siguen el patrón https://www.rtve.es/api/tematicas/<id>/noticias.rss; ` +
      'la página temática "personas-refugiadas" tiene el id 16911, pero no se vio ningún feed para ella: comprobar antes de usarlo.',
  },
  {
    key: 'es-europa-press-nacional',
    name: 'Europa Press — Nacional',
    feedUrl: 'https://www.europapress.es/rss/rss.aspx?ch=00066',
    siteUrl: 'https://www.europapress.es',
    region: 'spain',
    language: 'es',
    tier: 'established_media',
    active: true,
    keywordFilter: true,
    notes:
      `${UNTESTED} Agencia. No se encontró canal de migración. Alternativa: Sociedad https://www.europapress.es/rss/rss.aspx?ch=00313 ` +
      '(solo en 1 lista).',
  },
  {
    key: 'es-efe',
    name: 'Agencia EFE',
    feedUrl: 'https://efe.com/feed/',
    siteUrl: 'https://efe.com',
    region: 'spain',
    language: 'es',
    tier: 'established_media',
    active: true,
    keywordFilter: true,
    notes:
      `${UNTESTED} Agencia; feed general, que incluye América Latina. Una lista avisa de límites de frecuencia (HTTP 429, fallos esporádicos): ` +
      'consultar con poca frecuencia. Alternativa: sección España https://efe.com/espana/feed/.',
  },
  {
    key: 'es-20minutos-nacional',
    name: '20minutos — Nacional',
    feedUrl: 'https://www.20minutos.es/rss/nacional/',
    siteUrl: 'https://www.20minutos.es',
    region: 'spain',
    language: 'es',
    tier: 'established_media',
    active: true,
    keywordFilter: true,
    notes: `${UNTESTED} Alternativa: feed general https://www.20minutos.es/rss/.`,
  },
  {
    key: 'es-publico',
    name: 'Público',
    feedUrl: 'https://www.publico.es/rss/',
    siteUrl: 'https://www.publico.es',
    region: 'spain',
    language: 'es',
    tier: 'established_media',
    active: true,
    keywordFilter: true,
    notes:
      `${UNTESTED} Una lista marca este feed de portada como [OFF]: comprobarlo primero. ` +
      'Se listan también las secciones /rss/espana y /rss/internacional (https://www.publico.es/rss/espana, https://www.publico.es/rss/internacional).',
  },
  {
    key: 'es-infolibre',
    name: 'infoLibre',
    feedUrl: 'https://www.infolibre.es/rss/',
    siteUrl: 'https://www.infolibre.es',
    region: 'spain',
    language: 'es',
    tier: 'established_media',
    active: true,
    keywordFilter: true,
    notes: `${UNTESTED} Una lista da la variante https://www.infolibre.es/rss/rss.xml.`,
  },
  {
    key: 'es-ministerio-inclusion-migraciones',
    name: 'Ministerio de Inclusión, Seguridad Social y Migraciones',
    feedUrl: 'https://www.inclusion.gob.es/rss/es/noticias/rss.xml',
    siteUrl: 'https://www.inclusion.gob.es/web/migraciones/',
    region: 'spain',
    language: 'es',
    tier: 'official',
    active: false,
    keywordFilter: true,
    notes:
      'URL candidata de fiabilidad BAJA: una sola fuente, un script generador de contenido con IA; sin prueba registrada. Verificar antes de activar. ' +
      'El antiguo feed de extranjeros.inclusion.gob.es probablemente está obsoleto.',
  },
  {
    key: 'es-la-moncloa-actualidad',
    name: 'La Moncloa — Actualidad',
    feedUrl: 'https://www.lamoncloa.gob.es/Paginas/rss.aspx?tipo=2',
    siteUrl: 'https://www.lamoncloa.gob.es',
    region: 'spain',
    language: 'es',
    tier: 'official',
    active: true,
    keywordFilter: true,
    notes:
      `${UNTESTED} Noticias de actualidad del Gobierno. Otros feeds listados: destacados https://www.lamoncloa.gob.es/Paginas/rss.aspx?tipo=1, ` +
      'Consejo de Ministros https://www.lamoncloa.gob.es/Paginas/rss.aspx?tipo=15, referencias del Consejo https://www.lamoncloa.gob.es/Paginas/rss.aspx?tipo=16; ' +
      'hay muchos otros valores de tipo= en las listas.',
  },
  {
    key: 'es-boe-sumario',
    name: 'BOE — Sumario diario',
    feedUrl: 'https://www.boe.es/rss/boe.php',
    siteUrl: 'https://www.boe.es',
    region: 'spain',
    language: 'es',
    tier: 'official',
    active: true,
    keywordFilter: true,
    notes:
      `${UNTESTED} Sumario completo del día: se filtra por palabras clave (extranjería, protección internacional…). ` +
      'Alternativa: Sección I https://www.boe.es/rss/boe.php?s=1, marcada "[VERIFY URL]" en una lista. Un feed BOE-L-extranjeria.xml circula sin verificar: no usarlo.',
  },
  {
    key: 'es-cear',
    name: 'CEAR — Comisión Española de Ayuda al Refugiado',
    feedUrl: null,
    siteUrl: 'https://www.cear.es',
    region: 'spain',
    language: 'es',
    tier: 'civil_society',
    active: false,
    keywordFilter: true,
    notes: `${NO_FEED} Sitio WordPress (se vio wp-content), pero no se vio ninguna URL de feed.`,
  },
  {
    key: 'es-accem',
    name: 'Accem',
    feedUrl: null,
    siteUrl: 'https://www.accem.es',
    region: 'spain',
    language: 'es',
    tier: 'civil_society',
    active: false,
    keywordFilter: true,
    notes: NO_FEED,
  },
  {
    key: 'es-cruz-roja',
    name: 'Cruz Roja Española',
    feedUrl: null,
    siteUrl: 'https://www2.cruzroja.es',
    region: 'spain',
    language: 'es',
    tier: 'civil_society',
    active: false,
    keywordFilter: true,
    notes: NO_FEED,
  },
  {
    key: 'es-porcausa',
    name: 'Fundación porCausa',
    feedUrl: null,
    siteUrl: 'https://porcausa.org',
    region: 'spain',
    language: 'es',
    tier: 'civil_society',
    active: false,
    keywordFilter: true,
    notes: `${NO_FEED} Se vio código de un tema de WordPress.`,
  },
  {
    key: 'es-apdha',
    name: 'APDHA — Asociación Pro Derechos Humanos de Andalucía',
    feedUrl: null,
    siteUrl: 'https://www.apdha.org',
    region: 'spain',
    language: 'es',
    tier: 'civil_society',
    active: false,
    keywordFilter: true,
    notes: `${NO_FEED} Comunicados de migraciones: https://www.apdha.org/comunicados-migraciones/. Publica el informe anual "Frontera Sur".`,
  },
  {
    key: 'es-parainmigrantes',
    name: 'Parainmigrantes.info',
    feedUrl: 'https://www.parainmigrantes.info/feed/',
    siteUrl: 'https://www.parainmigrantes.info',
    region: 'spain',
    language: 'es',
    tier: 'community',
    active: true,
    keywordFilter: false,
    notes:
      `${UNTESTED} Específico de migración (trámites prácticos): no se filtra. Un proyecto lo clasifica como gestoría comercial que ` +
      '"puede tener información desactualizada o sesgada": revisar sus contenidos con cuidado.',
  },

  // ── European Union ─────────────────────────────────────────────────────────────────────────────────────
  {
    key: 'eu-commission-press-corner',
    name: 'European Commission — Press corner',
    feedUrl: 'https://ec.europa.eu/commission/presscorner/api/rss?language=en',
    siteUrl: 'https://ec.europa.eu/commission/presscorner',
    region: 'eu',
    language: 'en',
    tier: 'official',
    active: true,
    keywordFilter: true,
    notes:
      `${UNTESTED} Cubre todos los temas: se filtra por palabras clave. Sin feed encontrado para Home Affairs (https://home-affairs.ec.europa.eu/news_en) ` +
      'ni para el Migrant Integration Hub, antes EWSI (https://migrant-integration.ec.europa.eu/news_en). ' +
      'El antiguo ec.europa.eu/migrant-integration/rss.xml dio 404 el 2026-05-23.',
  },
  {
    key: 'eu-picum',
    name: 'PICUM',
    feedUrl: null,
    siteUrl: 'https://picum.org',
    region: 'eu',
    language: 'en',
    tier: 'civil_society',
    active: false,
    keywordFilter: true,
    notes: `${NO_FEED} Sitio WordPress (se vio wp-content).`,
  },
  {
    key: 'eu-ecre',
    name: 'ECRE',
    feedUrl: 'https://ecre.org/feed/',
    siteUrl: 'https://ecre.org',
    region: 'eu',
    language: 'en',
    tier: 'civil_society',
    active: true,
    keywordFilter: false,
    notes: `${UNTESTED} Específico de asilo y migración: no se filtra. No se vio un feed aparte del ECRE Weekly Bulletin.`,
  },
  {
    key: 'eu-infomigrants-en',
    name: 'InfoMigrants',
    feedUrl: 'https://www.infomigrants.net/en/rss/all.xml',
    siteUrl: 'https://www.infomigrants.net',
    region: 'eu',
    language: 'en',
    tier: 'established_media',
    active: true,
    keywordFilter: false,
    notes:
      'Probado por terceros: OK (2026-02-19); una comprobación del 2026-03-18 lo marca "needs check", con 0 noticias: vigilarlo. ' +
      'Específico de migración (FMM/DW/ANSA): no se filtra. Edición en inglés: no hay edición en español ' +
      '(la página oficial lista FR, AR, EN, dari y pastún, y bengalí desde 2021); la entrada infomigrants.net/es/rss de algunas listas es errónea.',
  },
  {
    key: 'eu-euractiv',
    name: 'Euractiv',
    feedUrl: 'https://www.euractiv.com/feed/',
    siteUrl: 'https://www.euractiv.com',
    region: 'eu',
    language: 'en',
    tier: 'established_media',
    active: true,
    keywordFilter: true,
    notes:
      `${UNTESTED} Feed de todo el sitio: se filtra por palabras clave. Sección de migración: https://www.euractiv.com/sections/migration/; ` +
      'otras secciones tienen feeds /sections/<x>/feed/, pero no se vio el de migración.',
  },
  {
    key: 'eu-fra',
    name: 'European Union Agency for Fundamental Rights (FRA)',
    feedUrl: 'https://fra.europa.eu/en/rss.xml',
    siteUrl: 'https://fra.europa.eu',
    region: 'eu',
    language: 'en',
    tier: 'official',
    active: true,
    keywordFilter: true,
    notes: `${UNTESTED} Visto en un solo proyecto.`,
  },

  // ── World ──────────────────────────────────────────────────────────────────────────────────────────────
  {
    key: 'world-iom-news',
    name: 'IOM — International Organization for Migration',
    feedUrl: 'https://www.iom.int/rss/news',
    siteUrl: 'https://www.iom.int',
    region: 'world',
    language: 'en',
    tier: 'official',
    active: true,
    keywordFilter: false,
    notes:
      `${UNTESTED} Específico de migración: no se filtra. Alternativa listada: https://www.iom.int/rss.xml. ` +
      'La página oficial de feeds https://www.iom.int/rss-feeds está referenciada pero no se vio su contenido. Sitio en español: https://www.iom.int/es/ (sin feed visto).',
  },
  {
    key: 'world-unhcr',
    name: 'UNHCR / ACNUR',
    feedUrl: null,
    siteUrl: 'https://www.unhcr.org',
    region: 'world',
    language: 'en',
    tier: 'official',
    active: false,
    keywordFilter: true,
    notes:
      'Probado por terceros: FALLO (2026-05-23). Las listas dan, sin esquema, unhcr.org/rss/news.xml, unhcr.org/rss.xml y unhcr.org/news/rss.xml: ' +
      'las tres dieron HTTP 403 y la auditoría concluye que ACNUR no tiene un endpoint RSS público. Tampoco se encontró feed para https://www.acnur.org. ' +
      'Un editor debe añadir un feed si aparece uno.',
  },
  {
    key: 'world-un-news-es-all',
    name: 'Noticias ONU',
    feedUrl: 'https://news.un.org/feed/subscribe/es/news/all/rss.xml',
    siteUrl: 'https://news.un.org/es/',
    region: 'world',
    language: 'es',
    tier: 'official',
    active: true,
    keywordFilter: true,
    notes:
      'Probado por terceros: OK ("certificado en vivo", sin fecha registrada). Todas las noticias en español: se filtra por palabras clave. ' +
      'No se vio feed en español del tema migrantes y refugiados. Alternativa: América Latina y el Caribe ' +
      'https://news.un.org/feed/subscribe/es/news/region/latin-america-and-the-caribbean/feed/rss.xml.',
  },
  {
    key: 'world-un-news-en-migrants',
    name: 'UN News — Migrants and Refugees',
    feedUrl: 'https://news.un.org/feed/subscribe/en/news/topic/migrants-and-refugees/feed/rss.xml',
    siteUrl: 'https://news.un.org/es/',
    region: 'world',
    language: 'en',
    tier: 'official',
    active: true,
    keywordFilter: false,
    notes:
      `${UNTESTED} (la prueba registrada es la del feed en español). Tema migrantes y refugiados, en inglés: no se filtra. ` +
      'El sitio listado es el de la edición en español.',
  },
  {
    key: 'world-migration-policy-institute',
    name: 'Migration Policy Institute',
    feedUrl: 'https://www.migrationpolicy.org/rss.xml',
    siteUrl: 'https://www.migrationpolicy.org',
    region: 'world',
    language: 'en',
    tier: 'civil_society',
    active: true,
    keywordFilter: false,
    notes: 'Probado por terceros: OK (2026-05-23). Centro de estudios sobre migración: no se filtra. /rss/migration-information-source dio 403.',
  },
  {
    key: 'world-reliefweb',
    name: 'ReliefWeb (OCHA)',
    feedUrl: 'https://reliefweb.int/updates/rss.xml',
    siteUrl: 'https://reliefweb.int',
    region: 'world',
    language: 'en',
    tier: 'official',
    active: false,
    keywordFilter: true,
    notes:
      'Probado por terceros: OK (2026-05-23), después BLOQUEADO desde el 2026-09-29 (HTTP 444, "not available for scraping"). Inactiva. ' +
      'La API v2 exige un appname aprobado desde el 2025-11-01. El feed admite filtros por consulta; incluye algunas noticias en español.',
  },
  {
    key: 'world-migration-data-portal',
    name: 'Migration Data Portal (IOM GMDAC)',
    feedUrl: null,
    siteUrl: 'https://www.migrationdataportal.org',
    region: 'world',
    language: 'en',
    tier: 'official',
    active: false,
    keywordFilter: true,
    notes: `${NO_FEED} Portal de datos, no de noticias. Se informa de HTTP 403 a clientes automáticos.`,
  },
  {
    key: 'world-the-new-humanitarian',
    name: 'The New Humanitarian',
    feedUrl: 'https://www.thenewhumanitarian.org/rss.xml',
    siteUrl: 'https://www.thenewhumanitarian.org',
    region: 'world',
    language: 'en',
    tier: 'established_media',
    active: true,
    keywordFilter: true,
    notes: 'Probado por terceros: OK (2026-05-23). Feed de todo el sitio: se filtra por palabras clave. /rss/all dio 404 y /topic/migration/feed dio 403.',
  },
];
