import MarkdownIt from 'markdown-it';
import sanitizeHtml from 'sanitize-html';
import type { Block, LegalContent, LoadedTopic, Point, SectionKey } from './legal-content.loader';
import type { Confidence, Jurisdiction } from './legal-content.schema';

/**
 * What the API serves, built once from the checked files: points rendered to safe inline HTML, sources
 * numbered in the order they are declared, citations pointing at those numbers, and each point's
 * confidence (the least sure of the sources it cites, so a point resting even in part on a "partly" source says so).
 */

export interface Bilingual {
  es: string;
  en: string;
}

export interface CitationView {
  /** The source's number in the topic's list of sources. */
  n: number;
  source: string;
  ref: string;
}

export interface PointView {
  /** The anchor on the topic page: `p-<anchor>`. */
  anchor: number;
  html: string;
  text: string;
  citations: CitationView[];
  confidence: Confidence;
}

/** A sub-heading (text, no points), a paragraph (one point) or a list (its items, `ordered` for steps). */
export interface BlockView {
  type: 'heading' | 'paragraph' | 'list';
  text?: string;
  ordered?: boolean;
  points: PointView[];
}

export interface SectionView {
  key: SectionKey;
  heading: Bilingual;
  blocks: BlockView[];
}

export interface SourceView {
  n: number;
  id: string;
  instrument: string;
  articles: string;
  jurisdiction: Jurisdiction;
  officialUrl: string;
  boeId?: string;
  confidence: Confidence;
  note?: string;
}

export interface GlanceCell {
  es: string;
  en: string;
  citations: CitationView[];
  confidence: Confidence;
}

export interface TopicSummaryView {
  slug: string;
  order: number;
  title: Bilingual;
  summary: Bilingual;
  lastChecked: string;
  tags: string[];
}

export interface TopicView extends TopicSummaryView {
  glance: { question: Bilingual; EC: GlanceCell; ES: GlanceCell };
  ecuador: SectionView;
  spain: SectionView;
  agreement: SectionView | null;
  differences: SectionView;
  steps: SectionView;
  sources: SourceView[];
  /** How many points rest only on sources that are not fully verified. */
  unconfirmedPoints: number;
}

export const SECTION_HEADINGS: Record<SectionKey, Bilingual> = {
  ec: { es: 'Ecuador', en: 'Ecuador' },
  es: { es: 'España', en: 'Spain' },
  agreement: { es: 'Convenio entre Ecuador y España', en: 'Agreement between Ecuador and Spain' },
  differences: { es: 'Diferencias clave', en: 'Key differences' },
  steps: { es: 'Qué hacer', en: 'What to do' },
};

const md = new MarkdownIt({ html: false, linkify: false, typographer: false });
const INLINE: sanitizeHtml.IOptions = {
  allowedTags: ['strong', 'em', 'code', 'a'],
  allowedAttributes: { a: ['href', 'rel'] },
  // Official sources are https; relative links stay on the site; no protocol-relative or plain-http links.
  allowedSchemes: ['https', 'mailto'],
  allowProtocolRelative: false,
  transformTags: { a: sanitizeHtml.simpleTransform('a', { rel: 'noopener noreferrer' }) },
};

export function inlineHtml(source: string): string {
  return sanitizeHtml(md.renderInline(source), INLINE);
}

/** The text a reader sees, without Markdown markers (for search and PDF contents). */
export function plainText(source: string): string {
  return sanitizeHtml(md.renderInline(source), { allowedTags: [], allowedAttributes: {} })
    .replace(/&(lt|gt|quot|#39|amp);/g, (_, e: string) => ({ lt: '<', gt: '>', quot: '"', '#39': "'", amp: '&' })[e]!)
    .replace(/\s+/g, ' ')
    .trim();
}

const RANK: Record<Confidence, number> = { verified: 0, partly: 1, unverified: 2 };

/** Each point's Markdown as written, for the PDF (kept out of the JSON the API serves). */
const SOURCE_MD = new WeakMap<PointView, string>();

export function markdownOf(point: PointView): string {
  return SOURCE_MD.get(point) ?? point.text;
}

function build(topic: LoadedTopic): TopicView {
  const { meta } = topic;
  const sources: SourceView[] = meta.sources.map((s, i) => ({
    n: i + 1,
    id: s.id,
    instrument: s.instrument,
    articles: s.articles,
    jurisdiction: s.jurisdiction,
    officialUrl: s.officialUrl,
    ...(s.boeId ? { boeId: s.boeId } : {}),
    confidence: s.confidence,
    ...(s.note ? { note: s.note } : {}),
  }));
  const byId = new Map(sources.map((s) => [s.id, s]));
  const cite = (c: { source: string; ref: string }): CitationView => ({ n: byId.get(c.source)!.n, source: c.source, ref: c.ref });
  // A point is only as sure as its least sure source: "Spain does X [verified]; Ecuador does Y [partly]" is
  // not settled, whatever the Spanish half rests on.
  const confidenceOf = (cs: { source: string }[]): Confidence =>
    cs.map((c) => byId.get(c.source)!.confidence).reduce<Confidence>((worst, c) => (RANK[c] > RANK[worst] ? c : worst), 'verified');
  let anchor = 0;
  let unconfirmed = 0;
  const point = (p: Point): PointView => {
    const confidence = confidenceOf(p.citations);
    if (confidence !== 'verified') unconfirmed++;
    const view: PointView = { anchor: ++anchor, html: inlineHtml(p.md), text: plainText(p.md), citations: p.citations.map(cite), confidence };
    SOURCE_MD.set(view, p.md);
    return view;
  };
  const block = (b: Block): BlockView =>
    b.type === 'heading'
      ? { type: 'heading', text: b.text, points: [] }
      : b.type === 'paragraph'
        ? { type: 'paragraph', points: [point(b.point)] }
        : { type: 'list', ordered: b.ordered, points: b.items.map(point) };
  const sections = new Map<SectionKey, SectionView>();
  for (const s of topic.sections) sections.set(s.key, { key: s.key, heading: SECTION_HEADINGS[s.key], blocks: s.blocks.map(block) });
  const glanceCell = (side: 'EC' | 'ES'): GlanceCell => {
    const cell = meta.glance[side];
    const citations = cell.cites.map((c) => {
      const [source, ...ref] = c.replace(/^\[\[|\]\]$/g, '').split(',');
      return { source: source.trim(), ref: ref.join(',').trim() };
    });
    return { es: cell.es, en: cell.en, citations: citations.map(cite), confidence: confidenceOf(citations) };
  };
  return {
    slug: meta.slug,
    order: meta.order,
    title: meta.title,
    summary: meta.summary,
    lastChecked: meta.lastChecked,
    tags: meta.tags,
    glance: { question: meta.glance.question, EC: glanceCell('EC'), ES: glanceCell('ES') },
    ecuador: sections.get('ec')!,
    spain: sections.get('es')!,
    agreement: sections.get('agreement') ?? null,
    differences: sections.get('differences')!,
    steps: sections.get('steps')!,
    sources,
    unconfirmedPoints: unconfirmed,
  };
}

export function summaryOf(t: TopicView): TopicSummaryView {
  return { slug: t.slug, order: t.order, title: t.title, summary: t.summary, lastChecked: t.lastChecked, tags: t.tags };
}

/** Every section of a topic in page order, skipping the agreement when there is none. */
export function sectionsOf(t: TopicView): SectionView[] {
  return [t.ecuador, t.spain, ...(t.agreement ? [t.agreement] : []), t.differences, t.steps];
}

export function pointsOf(section: SectionView): { point: PointView; heading?: string }[] {
  const out: { point: PointView; heading?: string }[] = [];
  let heading: string | undefined;
  for (const b of section.blocks) {
    if (b.type === 'heading') heading = b.text;
    for (const p of b.points) out.push({ point: p, heading });
  }
  return out;
}

export function buildViews(content: LegalContent): TopicView[] {
  return content.topics.map(build);
}
