import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isMap, parseDocument, type Document } from 'yaml';
import { indexArticles, parseReference, splitRepealed, textPartsOf, type ArticleIndex } from './boe-articles';
import { legalFrontMatter, type LegalFrontMatter, type LegalSourceDecl } from './legal-content.schema';

export type SectionKey = 'ec' | 'es' | 'agreement' | 'differences' | 'steps';

/** The body's level-2 headings, in the order they must appear. */
export const SECTIONS: ReadonlyArray<{ key: SectionKey; heading: string; required: boolean }> = [
  { key: 'ec', heading: 'Ecuador', required: true },
  { key: 'es', heading: 'España', required: true },
  { key: 'agreement', heading: 'Convenio', required: false },
  { key: 'differences', heading: 'Diferencias clave', required: true },
  { key: 'steps', heading: 'Qué hacer', required: true },
];

export interface Citation {
  source: string;
  ref: string;
}

/** One paragraph or list item: its Markdown without the citations, and the citations that end it. */
export interface Point {
  md: string;
  citations: Citation[];
  line: number;
}

export type Block =
  | { type: 'heading'; text: string; line: number }
  | { type: 'paragraph'; point: Point }
  | { type: 'list'; ordered: boolean; items: Point[] };

export interface Section {
  key: SectionKey;
  blocks: Block[];
}

export interface LoadedTopic {
  meta: LegalFrontMatter;
  /** File name inside the content folder. */
  file: string;
  sections: Section[];
  /** SHA-256 of the file. */
  hash: string;
}

export interface LegalContent {
  topics: LoadedTopic[];
  /** SHA-256 over every topic file: changes when any of them does. */
  hash: string;
}

/** Every problem found, each naming the file and line. */
export class LegalContentError extends Error {
  constructor(public readonly problems: string[]) {
    super(`Comparativa legal no válida / invalid law comparison content:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'LegalContentError';
  }
}

const CITATION = /\[\[\s*([^\]]*?)\s*\]\]/g;
const CITATION_BODY = /^([a-z0-9]+(?:-[a-z0-9]+)*)\s*,\s*(\S.*)$/;
/** A locator that admits it is not confirmed ("art. no confirmado", "por comprobar", "art. ?"): fine for a partly source only. */
const UNCONFIRMED_REF = /\b(?:no|sin|por|pendiente\s+de)\s+(?:confirm|comprob|verific)|desconocid|\?/i;

/** "loex, art. 17.1" → {source: 'loex', ref: 'art. 17.1'}. */
export function parseCitation(inner: string): Citation | undefined {
  const m = CITATION_BODY.exec(inner.trim());
  return m ? { source: m[1], ref: m[2].trim() } : undefined;
}

/** Line (1-based, in the YAML block) of the node at `path`, or of its closest ancestor that exists. */
function yamlLine(doc: Document, yaml: string, path: (string | number)[]): number {
  for (let n = path.length; n >= 0; n--) {
    const node = doc.getIn(path.slice(0, n), true) as { range?: [number, number, number] } | undefined;
    const at = node && typeof node === 'object' && node.range ? node.range[0] : undefined;
    if (at !== undefined) return yaml.slice(0, at).split('\n').length;
  }
  return 1;
}

interface Ctx {
  file: string;
  problems: string[];
  sources: Map<string, LegalSourceDecl>;
  texts: Map<string, ArticleIndex>;
  used: Set<string>;
}

function problem(ctx: Ctx, line: number, message: string): void {
  ctx.problems.push(`${ctx.file}:${line}: ${message}`);
}

/** A citation's source must be declared; a verified Spanish source shipped with the project must contain the article. */
function checkCitation(ctx: Ctx, line: number, c: Citation): void {
  const source = ctx.sources.get(c.source);
  if (!source) {
    problem(ctx, line, `la fuente "${c.source}" no está declarada en sources / source "${c.source}" is not declared`);
    return;
  }
  ctx.used.add(c.source);
  if (source.confidence === 'verified' && UNCONFIRMED_REF.test(c.ref)) {
    problem(ctx, line, `[[${c.source}, ${c.ref}]]: una fuente "verified" no se cita con un artículo sin confirmar; cita el artículo comprobado o apóyate en una fuente "partly" / a verified source cannot be cited with an unconfirmed article`);
    return;
  }
  if (source.confidence !== 'verified' || !source.boeId) return;
  const index = ctx.texts.get(source.boeId);
  if (!index) return;
  // "DT 5ª (derogada)": a provision cited as repealed (to say it no longer applies) must be repealed.
  const { ref, asRepealed } = splitRepealed(c.ref);
  const textParts = textPartsOf(ref);
  if (textParts) {
    for (const part of textParts) if (!index.textParts.has(part)) problem(ctx, line, `[[${c.source}, ${c.ref}]]: ${source.boeId} no tiene ${part} / ${source.boeId} has no ${part}`);
    return;
  }
  const parsed = parseReference(ref);
  if (parsed.kind === 'other') {
    problem(ctx, line, `[[${c.source}, ${c.ref}]]: una fuente verificada debe citarse por artículo o disposición (art. 17.1, DA 20ª), o por «cabecera del BOE», «fórmula final» o «nota de canje» / cite an article of a verified source`);
    return;
  }
  for (const key of parsed.keys) {
    const label = key.replace(/^art:/, 'art. ').replace(/^(D[ATFD]):/, '$1 ');
    if (!index.keys.has(key)) problem(ctx, line, `[[${c.source}, ${c.ref}]]: ${source.boeId} no tiene ${label} / ${source.boeId} has no ${label}`);
    else if (index.repealed.has(key) && !asRepealed) problem(ctx, line, `[[${c.source}, ${c.ref}]]: ${label} de ${source.boeId} está derogado; si lo citas como historia, escribe "${c.ref} (derogada)" / is repealed`);
    else if (!index.repealed.has(key) && asRepealed) problem(ctx, line, `[[${c.source}, ${c.ref}]]: ${label} de ${source.boeId} no está derogado / is not repealed`);
    else if (parsed.paragraph) {
      // "art. 66.1.a": paragraph 1 and its letter a) must exist, where the article numbers its paragraphs.
      const parts = index.parts.get(key);
      const numbered = parts && [...parts.keys()].some((p) => p !== '');
      if (numbered && !parts.has(parsed.paragraph)) problem(ctx, line, `[[${c.source}, ${c.ref}]]: ${label} de ${source.boeId} no tiene apartado ${parsed.paragraph} / has no paragraph ${parsed.paragraph}`);
      else if (numbered && parsed.letter && parts.get(parsed.paragraph)!.size > 0 && !parts.get(parsed.paragraph)!.has(parsed.letter)) {
        problem(ctx, line, `[[${c.source}, ${c.ref}]]: el apartado ${parsed.paragraph} de ${label} no tiene letra ${parsed.letter}) / has no point ${parsed.letter})`);
      }
    }
  }
}

/** Splits a point's text from its trailing citations; every point must end with at least one. */
function readPoint(ctx: Ctx, text: string, line: number): Point {
  const citations: Citation[] = [];
  let last = -1;
  let firstCitation = -1;
  for (const m of text.matchAll(CITATION)) {
    if (firstCitation < 0) firstCitation = m.index;
    const c = parseCitation(m[1]);
    if (!c) problem(ctx, line, `cita mal escrita "${m[0]}": se espera [[id-de-fuente, art. N]] / malformed citation, expected [[source-id, art. N]]`);
    else {
      citations.push(c);
      checkCitation(ctx, line, c);
    }
    last = m.index + m[0].length;
  }
  if (!citations.length && firstCitation < 0) problem(ctx, line, 'punto sin cita: termina cada párrafo y cada elemento de lista con [[id-de-fuente, art. N]] / point without a citation');
  else if (text.slice(last).trim()) problem(ctx, line, 'las citas van al final del punto / citations must end the point');
  else if (/\S/.test(text.slice(firstCitation, last).replace(CITATION, ''))) problem(ctx, line, 'texto entre citas / text between citations');
  const md = (firstCitation >= 0 ? text.slice(0, firstCitation) : text).trim();
  if (!md) problem(ctx, line, 'punto vacío / empty point');
  return { md, citations, line };
}

const LIST_ITEM = /^(?:([-*+])|(\d+)[.)])\s+(.*)$/;

function readBody(ctx: Ctx, body: string, firstLine: number): Section[] {
  const sections: Section[] = [];
  let current: Section | undefined;
  let para: { text: string; line: number } | undefined;
  let list: { ordered: boolean; items: { text: string; line: number }[] } | undefined;
  const flush = () => {
    if (para && current) current.blocks.push({ type: 'paragraph', point: readPoint(ctx, para.text, para.line) });
    if (list && current) current.blocks.push({ type: 'list', ordered: list.ordered, items: list.items.map((i) => readPoint(ctx, i.text, i.line)) });
    para = undefined;
    list = undefined;
  };
  const lines = body.split('\n');
  lines.forEach((raw, i) => {
    const line = firstLine + i;
    const text = raw.trimEnd();
    if (!text.trim()) {
      flush();
      return;
    }
    const h = /^(#{1,6})\s+(.*?)\s*#*$/.exec(text);
    if (h) {
      flush();
      if (h[1].length === 2) {
        const def = SECTIONS.find((s) => s.heading === h[2]);
        if (!def) {
          problem(ctx, line, `sección desconocida "## ${h[2]}": usa ${SECTIONS.map((s) => `"## ${s.heading}"`).join(', ')} / unknown section`);
          current = undefined;
          return;
        }
        if (sections.some((s) => s.key === def.key)) problem(ctx, line, `sección repetida "## ${h[2]}" / repeated section`);
        const prev = sections.at(-1);
        if (prev && SECTIONS.findIndex((s) => s.key === prev.key) > SECTIONS.findIndex((s) => s.key === def.key)) {
          problem(ctx, line, `"## ${h[2]}" va antes de "## ${SECTIONS.find((s) => s.key === prev.key)?.heading}" / sections out of order`);
        }
        current = { key: def.key, blocks: [] };
        sections.push(current);
      } else if (h[1].length === 3) {
        if (!current) problem(ctx, line, 'encabezado fuera de una sección / heading outside a section');
        else current.blocks.push({ type: 'heading', text: h[2], line });
      } else {
        problem(ctx, line, `usa "##" para las secciones y "###" dentro de ellas, no "${h[1]}" / use ## and ### headings only`);
      }
      return;
    }
    if (!current) {
      problem(ctx, line, 'texto fuera de una sección: empieza con "## Ecuador" / text outside a section');
      return;
    }
    const item = LIST_ITEM.exec(text);
    if (item) {
      if (para) flush();
      const ordered = item[1] === undefined;
      if (list && list.ordered !== ordered) flush();
      list ??= { ordered, items: [] };
      list.items.push({ text: item[3], line });
      return;
    }
    if (list) {
      const last = list.items.at(-1);
      if (last && /^\s+\S/.test(raw)) {
        last.text += ` ${text.trim()}`;
        return;
      }
      flush();
    }
    if (para) para.text += ` ${text.trim()}`;
    else para = { text: text.trim(), line };
  });
  flush();
  for (const s of SECTIONS) {
    if (s.required && !sections.some((x) => x.key === s.key)) problem(ctx, firstLine, `falta la sección "## ${s.heading}" / missing section`);
  }
  for (const s of sections) if (!s.blocks.some((b) => b.type !== 'heading')) problem(ctx, firstLine, `la sección "${SECTIONS.find((d) => d.key === s.key)?.heading}" está vacía / empty section`);
  return sections;
}

function loadOne(file: string, raw: string, texts: Map<string, ArticleIndex>, problems: string[], today: string): LoadedTopic | undefined {
  const ctx: Ctx = { file, problems, sources: new Map(), texts, used: new Set() };
  // A byte-order mark and Windows line ends are tolerated; text is compared in NFC ("España" typed either way).
  const text = raw.replace(/^\uFEFF/, '').replace(/\r\n/g, '\n').normalize('NFC');
  const m = /^---\n([\s\S]*?)\n---[ \t]*(?:\n|$)([\s\S]*)$/.exec(text);
  if (!m) {
    problem(ctx, 1, 'falta el bloque --- de front-matter / missing front-matter');
    return undefined;
  }
  const [, yaml, body] = m;
  const doc = parseDocument(yaml, { prettyErrors: false });
  if (doc.errors.length) {
    for (const e of doc.errors) problem(ctx, 1 + yaml.slice(0, e.pos[0]).split('\n').length, `YAML no válido / invalid YAML: ${e.message.split('\n')[0]}`);
    return undefined;
  }
  if (!isMap(doc.contents)) {
    problem(ctx, 2, 'el front-matter debe ser un mapa YAML / front-matter must be a YAML map');
    return undefined;
  }
  const parsed = legalFrontMatter.safeParse(doc.toJS());
  const bodyStart = yaml.split('\n').length + 3;
  if (!parsed.success) {
    for (const issue of parsed.error.issues) problem(ctx, 1 + yamlLine(doc, yaml, issue.path), `${issue.path.join('.') || '(raíz)'}: ${issue.message}`);
    // The body is still read, against the sources that do name an id, so one run lists every problem of the file.
    const { sources } = doc.toJS() as { sources?: unknown };
    if (Array.isArray(sources)) {
      for (const s of sources as unknown[]) {
        if (s && typeof s === 'object' && typeof (s as { id?: unknown }).id === 'string') ctx.sources.set((s as LegalSourceDecl).id, s as LegalSourceDecl);
      }
      readBody(ctx, body, bodyStart);
    }
    return undefined;
  }
  const meta = parsed.data;
  const lineOf = (path: (string | number)[]) => 1 + yamlLine(doc, yaml, path);
  if (`${meta.slug}.md` !== file) problem(ctx, lineOf(['slug']), `slug: debe ser "${file.replace(/\.md$/, '')}", como el nombre del archivo / must match the file name`);
  if (meta.lastChecked > today) problem(ctx, lineOf(['lastChecked']), `lastChecked: ${meta.lastChecked} está en el futuro / is in the future`);
  meta.sources.forEach((s, i) => {
    if (ctx.sources.has(s.id)) problem(ctx, lineOf(['sources', i, 'id']), `sources.${i}.id: "${s.id}" repetido / duplicated`);
    ctx.sources.set(s.id, s);
    if (s.confidence !== 'verified' && !s.note) problem(ctx, lineOf(['sources', i]), `sources.${i}: una fuente "${s.confidence}" necesita una nota que diga qué falta por confirmar / a ${s.confidence} source needs a note`);
    if (s.boeId && s.confidence === 'verified' && texts.has(s.boeId)) {
      for (const part of s.articles.split(/\s*[,;]\s*/).filter(Boolean)) {
        const ref = /^(?:arts?\.\s|D[ATFD]\s)/i.test(part) || textPartsOf(part) ? part : `art. ${part}`;
        const before = problems.length;
        checkCitation({ ...ctx, used: new Set() }, lineOf(['sources', i, 'articles']), { source: s.id, ref });
        if (problems.length > before) problems[problems.length - 1] = problems[problems.length - 1].replace(/^([^:]+:\d+): \[\[/, '$1: articles "' + part + '" [[');
      }
    }
  });
  {
    for (const side of ['EC', 'ES'] as const) {
      meta.glance[side].cites.forEach((cite, i) => {
        const line = lineOf(['glance', side, 'cites', i]);
        const c = parseCitation(cite.replace(/^\[\[|\]\]$/g, ''));
        if (!c) problem(ctx, line, `glance.${side}.cites.${i}: se espera "id-de-fuente, art. N" / expected "source-id, art. N"`);
        else checkCitation(ctx, line, c);
      });
    }
  }
  const sections = readBody(ctx, body, bodyStart);
  meta.sources.forEach((s, i) => {
    if (!ctx.used.has(s.id)) problem(ctx, lineOf(['sources', i, 'id']), `la fuente "${s.id}" no se cita en el texto / source "${s.id}" is never cited`);
  });
  return { meta, file, sections, hash: createHash('sha256').update(raw).digest('hex') };
}

/** Reads the article headings of every consolidated text in `<root>/sources`, keyed by BOE id (the file name). */
export function loadSourceTexts(root: string): Map<string, ArticleIndex> {
  const texts = new Map<string, ArticleIndex>();
  const dir = join(root, 'sources');
  if (!existsSync(dir)) return texts;
  for (const f of readdirSync(dir).sort()) {
    if (f.endsWith('.md')) texts.set(f.replace(/\.md$/, ''), indexArticles(readFileSync(join(dir, f), 'utf8')));
  }
  return texts;
}

/**
 * Loads and checks every topic in `root` (each `*.md` but README.md), against the consolidated texts in
 * `root/sources`. Throws one LegalContentError listing every problem with its file and line.
 */
export function loadLegalTopics(root: string, today = new Date().toISOString().slice(0, 10)): LegalContent {
  if (!existsSync(root)) throw new LegalContentError([`${root}: la carpeta de la comparativa legal no existe / the law comparison folder does not exist`]);
  const texts = loadSourceTexts(root);
  const problems: string[] = [];
  const topics: LoadedTopic[] = [];
  const hash = createHash('sha256');
  for (const file of readdirSync(root).sort()) {
    if (!file.endsWith('.md') || file === 'README.md') continue;
    const raw = readFileSync(join(root, file), 'utf8');
    hash.update(file).update('\0').update(raw).update('\0');
    const topic = loadOne(file, raw, texts, problems, today);
    if (topic) topics.push(topic);
  }
  if (!topics.length && !problems.length) problems.push(`${root}: no hay ningún tema / no topics`);
  if (problems.length) throw new LegalContentError(problems);
  topics.sort((a, b) => a.meta.order - b.meta.order || a.meta.title.es.localeCompare(b.meta.title.es, 'es'));
  return { topics, hash: hash.digest('hex') };
}
