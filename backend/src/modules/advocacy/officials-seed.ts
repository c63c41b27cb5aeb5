import type { EntityManager } from '@mikro-orm/postgresql';
import { Official } from './advocacy.entities';
import { SEED_OFFICIALS } from './seed/officials.data';

/**
 * Adds the rows of the shipped directory (real institutions, see seed/officials.data.ts) that the database
 * does not have yet. Rows already there are never overwritten: advocates may have corrected them. Safe to
 * run from several instances at once (conflicts on the seed key are skipped in SQL).
 */
export async function seedOfficials(root: EntityManager): Promise<number> {
  const em = root.fork();
  const known = new Set((await em.find(Official, { seedKey: { $ne: null } }, { fields: ['seedKey'] })).map((o) => o.seedKey));
  let added = 0;
  for (const s of SEED_OFFICIALS) {
    if (known.has(s.key)) continue;
    const res = await em.getConnection().execute<{ id: string }[]>(
      `insert into officials (id, seed_key, name, position, institution, level, country, region, email, contact_url, source_url, needs_verification, active, notes)
       values (gen_random_uuid(), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
       on conflict do nothing returning id`,
      [s.key, s.name, s.position, s.institution, s.level, s.country, s.region, s.email, s.contactUrl, s.sourceUrl, s.needsVerification, s.active, s.notes],
    );
    added += res.length;
  }
  return added;
}
