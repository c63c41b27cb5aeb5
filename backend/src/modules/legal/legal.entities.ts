import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * One searchable point of the law comparison (a paragraph or list item), rebuilt from legal-docs/ whenever
 * the files change. The files are the source of truth; this table only serves full-text search.
 */
@Entity({ tableName: 'legal_passages' })
@Index({ name: 'legal_passages_search_index', expression: 'create index "legal_passages_search_index" on "legal_passages" using gin ("search")' })
export class LegalPassage {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Property({ type: 'text' })
  topic!: string;

  /** ec | es | agreement | differences | steps | summary */
  @Property({ type: 'text' })
  section!: string;

  /** Order inside the topic: the anchor on the topic page is `p-<position>`. */
  @Property({ type: 'integer' })
  position!: number;

  /** The topic's title and the nearest sub-heading: matches there rank higher. */
  @Property({ type: 'text' })
  heading!: string;

  @Property({ type: 'text' })
  body!: string;

  @Property({
    type: 'tsvector',
    columnType: 'tsvector',
    lazy: true,
    nullable: true,
    generated: `(setweight(to_tsvector('puente_es'::regconfig, heading), 'A'::"char") || setweight(to_tsvector('puente_es'::regconfig, body), 'B'::"char")) stored`,
  })
  search?: string;
}

/** Which version of legal-docs/ the passages were built from (one row). */
@Entity({ tableName: 'legal_content_state' })
export class LegalContentState {
  @PrimaryKey({ type: 'integer', autoincrement: false })
  id: number = 1;

  @Property({ type: 'text' })
  hash!: string;

  @Property({ type: 'timestamptz' })
  syncedAt: Date = new Date();
}
