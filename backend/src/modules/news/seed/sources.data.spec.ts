import { SEED_SOURCES, type NewsRegion } from './sources.data';

describe('shipped news sources', () => {
  it('has unique kebab-case keys', () => {
    const keys = SEED_SOURCES.map((s) => s.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const key of keys) expect(key).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  it('has unique feed URLs', () => {
    const feeds = SEED_SOURCES.map((s) => s.feedUrl).filter((u): u is string => u !== null);
    expect(new Set(feeds).size).toBe(feeds.length);
  });

  it('has only http(s) feed and site URLs, with no placeholder left in a feed', () => {
    for (const s of SEED_SOURCES) {
      for (const url of [s.siteUrl, s.feedUrl].filter((u): u is string => u !== null)) {
        expect(['https:', 'http:']).toContain(new URL(url).protocol);
      }
      expect(s.feedUrl ?? '').not.toContain('<');
    }
  });

  it('keeps every row without a feed inactive, and explains every inactive feed', () => {
    for (const s of SEED_SOURCES) {
      if (s.feedUrl === null) expect(s.active).toBe(false);
      if (s.feedUrl !== null && !s.active) expect(s.notes.trim().length).toBeGreaterThan(20);
      expect(s.name.trim()).not.toBe('');
      expect(s.notes.trim()).not.toBe('');
    }
  });

  it('counts the rows per region (UN News has a Spanish and an English row)', () => {
    const counts: Record<NewsRegion, number> = { ecuador: 0, spain: 0, eu: 0, world: 0 };
    for (const s of SEED_SOURCES) counts[s.region]++;
    expect(counts).toEqual({ ecuador: 13, spain: 17, eu: 6, world: 8 });
    expect(SEED_SOURCES).toHaveLength(44);
  });

  it('lists the active rows', () => {
    expect(SEED_SOURCES.filter((s) => s.active).map((s) => s.key).sort()).toEqual(
      [
        'ec-el-universo-ecuador',
        'ec-el-comercio',
        'ec-expreso',
        'ec-cancilleria',
        'ec-presidencia',
        'ec-plan-v',
        'ec-wambra',
        'es-el-pais-sociedad',
        'es-eldiario-desalambre',
        'es-rtve',
        'es-europa-press-nacional',
        'es-efe',
        'es-20minutos-nacional',
        'es-publico',
        'es-infolibre',
        'es-la-moncloa-actualidad',
        'es-boe-sumario',
        'es-parainmigrantes',
        'eu-commission-press-corner',
        'eu-ecre',
        'eu-infomigrants-en',
        'eu-euractiv',
        'eu-fra',
        'world-iom-news',
        'world-un-news-es-all',
        'world-un-news-en-migrants',
        'world-migration-policy-institute',
        'world-the-new-humanitarian',
      ].sort(),
    );
  });

  it('keeps the feeds that failed or are blocked, inactive, and the unverified ministry candidate inactive', () => {
    const byKey = new Map(SEED_SOURCES.map((s) => [s.key, s]));
    for (const key of ['ec-primicias', 'ec-gk', 'ec-ecuavisa', 'world-reliefweb', 'es-ministerio-inclusion-migraciones']) {
      const s = byKey.get(key);
      expect(s?.feedUrl).not.toBeNull();
      expect(s?.active).toBe(false);
    }
    expect(byKey.get('es-ministerio-inclusion-migraciones')?.notes).toMatch(/verificar antes de activar/i);
    expect(byKey.get('world-unhcr')?.active).toBe(false);
  });

  it('does not filter the migration-specific feeds, and filters every other one', () => {
    const unfiltered = SEED_SOURCES.filter((s) => !s.keywordFilter).map((s) => s.key);
    expect(unfiltered.sort()).toEqual(
      [
        'es-eldiario-desalambre',
        'world-un-news-en-migrants',
        'eu-infomigrants-en',
        'world-migration-policy-institute',
        'eu-ecre',
        'world-iom-news',
        'es-parainmigrantes',
      ].sort(),
    );
  });

  it('has InfoMigrants in English and both UN News rows in their languages', () => {
    const byKey = new Map(SEED_SOURCES.map((s) => [s.key, s]));
    expect(byKey.get('eu-infomigrants-en')?.language).toBe('en');
    expect(byKey.get('world-un-news-es-all')?.language).toBe('es');
    expect(byKey.get('world-un-news-en-migrants')?.language).toBe('en');
  });
});
