import type { EntityManager } from '@mikro-orm/postgresql';
import { NewsSource } from './news.entities';
import { SEED_SOURCES } from './seed/sources.data';

/**
 * Adds the shipped news sources (real outlets and bodies, see seed/sources.data.ts) the database does not
 * have yet. Rows already there are never overwritten: editors may have fixed a feed or switched it off.
 * Safe from several instances at once (conflicts are skipped in SQL).
 */
export async function seedNewsSources(root: EntityManager): Promise<number> {
  const em = root.fork();
  const known = new Set((await em.find(NewsSource, { seedKey: { $ne: null } }, { fields: ['seedKey'] })).map((s) => s.seedKey));
  let added = 0;
  for (const s of SEED_SOURCES) {
    if (known.has(s.key)) continue;
    const res = await em.getConnection().execute<{ id: string }[]>(
      `insert into news_sources (id, seed_key, name, feed_url, site_url, region, language, tier, active, keyword_filter, notes)
       values (gen_random_uuid(), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
       on conflict do nothing returning id`,
      [s.key, s.name, s.feedUrl, s.siteUrl, s.region, s.language, s.tier, s.active && s.feedUrl !== null, s.keywordFilter, s.notes],
    );
    added += res.length;
  }
  return added;
}
