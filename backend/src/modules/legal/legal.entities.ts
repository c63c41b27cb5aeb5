import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * One searchable point of the law comparison (a paragraph or list item), rebuilt from legal-docs/ whenever
 * the files change. The files are the source of truth; this table only serves full-text search.
 */
@Entity({ tableName: 'legal_passages' })
@Index({ name: 'legal_passages_search_index', expression: 'create index "legal_passages_search_index" on "legal_passages" using gin ("search")' })
@Index({ properties: ['version'] })
export class LegalPassage {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  /**
   * The content version (and passage format) the row was cut from. Each instance searches only its own
   * version, so instances running different versions during a rolling deploy never read each other's rows.
   */
  @Property({ type: 'text', default: '' })
  version!: string;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  indexedAt!: Date;

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
