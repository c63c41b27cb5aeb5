import { z } from 'zod';
import { NEWS_TAGS } from '../news/tags';

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'solo minúsculas, números y guiones / lowercase letters, digits and hyphens only');
const text = (max: number) => z.string().trim().min(1).max(max);
const bilingual = (max: number) => z.object({ es: text(max), en: text(max) }).strict();

/** An official address: https only, a real host, no spaces or characters a URL must escape. */
const officialUrl = z
  .string({ required_error: 'falta officialUrl / officialUrl is missing' })
  .trim()
  .refine((v) => {
    try {
      const u = new URL(v);
      return u.protocol === 'https:' && /^[a-z0-9.-]+\.[a-z]{2,}$/i.test(u.hostname) && !/[\s"'<>`{}|\\^]/.test(v);
    } catch {
      return false;
    }
  }, 'debe ser una dirección https:// válida / must be a well-formed https:// address');

export const JURISDICTIONS = ['EC', 'ES', 'bilateral', 'EU'] as const;
export const CONFIDENCE = ['verified', 'partly', 'unverified'] as const;
export type Jurisdiction = (typeof JURISDICTIONS)[number];
export type Confidence = (typeof CONFIDENCE)[number];

export const legalSourceSchema = z
  .object({
    id: slug,
    instrument: text(400),
    articles: z.union([text(400), z.number().transform(String)]),
    jurisdiction: z.enum(JURISDICTIONS),
    officialUrl,
    boeId: z.string().regex(/^BOE-A-\d{4}-\d+$/, 'debe ser un identificador BOE-A-AAAA-N / must be a BOE-A-YYYY-N id').optional(),
    confidence: z.enum(CONFIDENCE),
    note: text(1500).optional(),
  })
  .strict();

const glanceCell = z.object({ es: text(220), en: text(220), cites: z.array(text(120)).min(1).max(4) }).strict();

export const legalFrontMatter = z
  .object({
    slug,
    /** Position in the list of topics (a migrant's path: arriving, papers, work, family…). */
    order: z.number().int().min(1).max(999).default(999),
    title: bilingual(120),
    summary: bilingual(400),
    lastChecked: z
      .union([z.string(), z.date()], { required_error: 'falta lastChecked / lastChecked is missing' })
      .transform((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v))
      .refine((v) => /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(`${v}T00:00:00Z`)), 'debe ser una fecha AAAA-MM-DD / must be a YYYY-MM-DD date'),
    tags: z.array(z.enum(NEWS_TAGS)).min(1).max(6),
    glance: z.object({ question: bilingual(160), EC: glanceCell, ES: glanceCell }).strict(),
    sources: z.array(legalSourceSchema).min(1),
  })
  .strict();

export type LegalFrontMatter = z.infer<typeof legalFrontMatter>;
export type LegalSourceDecl = z.infer<typeof legalSourceSchema>;
