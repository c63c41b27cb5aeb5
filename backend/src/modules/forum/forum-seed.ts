import type { EntityManager } from '@mikro-orm/postgresql';
import { SEED_CATEGORIES } from './seed/categories.data';

/**
 * Adds the shipped forum categories the database does not have yet (by slug); existing ones are never
 * overwritten, so moderators' edits stay. Safe from several instances at once.
 */
export async function seedForumCategories(root: EntityManager): Promise<number> {
  let added = 0;
  for (const [position, c] of SEED_CATEGORIES.entries()) {
    const res = await root
      .fork()
      .getConnection()
      .execute<{ id: string }[]>(
        `insert into forum_categories (id, slug, name_es, name_en, description_es, description_en, anonymous_by_default, position)
         values (gen_random_uuid(), ?, ?, ?, ?, ?, ?, ?) on conflict (slug) do nothing returning id`,
        [c.slug, c.nameEs, c.nameEn, c.descriptionEs, c.descriptionEn, c.anonymousByDefault, position],
      );
    added += res.length;
  }
  return added;
}
