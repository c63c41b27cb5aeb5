/**
 * Which articles and provisions a consolidated BOE text contains, read from its headings
 * ("##### Artículo 17. …", "##### Artículo 2 bis.", "##### Artículo diez", "##### Disposición adicional
 * vigésima. …"), and how a citation's reference ("art. 17.1", "arts. 70–82", "DA 20ª") maps onto them.
 * Used to check that every article a topic cites from a verified Spanish source exists in the law.
 */

export type ProvisionKind = 'art' | 'DA' | 'DT' | 'DF' | 'DD';

export interface ArticleIndex {
  /** Keys such as `art:17`, `art:2 bis`, `art:único`, `DA:20`, `DF:5`, `DD:única`. */
  keys: Set<string>;
  /** Keys of articles whose heading says they were repealed ("(Derogado)", "(Sin contenido)"). */
  repealed: Set<string>;
  /**
   * For each provision, its numbered paragraphs ("1.", "2."…) and the lettered points ("a)", "b)"…) under each
   * (letters before any numbered paragraph are under ''). Empty when the provision has no numbered paragraphs.
   */
  parts: Map<string, Map<string, Set<string>>>;
  /** Parts of the text that are not provisions but carry facts (dates): see TextPart. */
  textParts: Set<TextPart>;
}

/**
 * Parts of a shipped text a citation may name instead of an article, for what no article says (when a treaty
 * was signed, published, ratified): the BOE header (the file's front-matter: number and publication date),
 * the closing formula ("Hecho en Quito…") and the note on the exchange of ratifications.
 */
export type TextPart = 'cabecera del BOE' | 'fórmula final' | 'nota de canje';
const TEXT_PART_NAMES: TextPart[] = ['cabecera del BOE', 'fórmula final', 'nota de canje'];

/** "fórmula final y cabecera del BOE" → both parts; undefined when the reference names anything else. */
export function textPartsOf(ref: string): TextPart[] | undefined {
  const found: TextPart[] = [];
  for (const piece of ref.trim().split(/\s*(?:,|;|\by\b)\s*/)) {
    const part = TEXT_PART_NAMES.find((n) => n.toLowerCase() === piece.toLowerCase());
    if (!part) return undefined;
    found.push(part);
  }
  return found.length ? found : undefined;
}

const LATIN_RE = 'bis|ter|qu[aá]ter|quinquies|sexies|septies|octies|nonies|decies';
/** "quáter" and "quater" are the same suffix. */
const latin = (s: string | undefined): string => (s ? ` ${fold(s)}` : '');

function fold(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

// Spanish number words, cardinal and ordinal, masculine (feminine forms are folded onto these).
const WORDS: Record<string, number> = {
  un: 1, uno: 1, primer: 1, primero: 1, dos: 2, segundo: 2, tres: 3, tercer: 3, tercero: 3, cuatro: 4, cuarto: 4,
  cinco: 5, quinto: 5, seis: 6, sexto: 6, siete: 7, septimo: 7, setimo: 7, ocho: 8, octavo: 8, nueve: 9, noveno: 9, nono: 9,
  diez: 10, decimo: 10, once: 11, undecimo: 11, doce: 12, duodecimo: 12, trece: 13, catorce: 14, quince: 15,
  dieciseis: 16, diecisiete: 17, dieciocho: 18, diecinueve: 19, veinte: 20, vigesimo: 20, veintiun: 21, treinta: 30,
  trigesimo: 30, cuarenta: 40, cuadragesimo: 40, cincuenta: 50, quincuagesimo: 50, sesenta: 60, sexagesimo: 60,
  setenta: 70, septuagesimo: 70, ochenta: 80, octogesimo: 80, noventa: 90, nonagesimo: 90, cien: 100, ciento: 100,
  centesimo: 100, doscientos: 200, trescientos: 300, cuatrocientos: 400, quinientos: 500,
};
const TENS_PREFIX = /^(decimo|vigesimo|trigesimo|cuadragesimo|quincuagesimo|sexagesimo|septuagesimo|octogesimo|nonagesimo|veinti|dieci)(.+)$/;

function word(w: string): number | undefined {
  const candidates = [w, w.replace(/a$/, 'o'), w.replace(/as$/, 'os')];
  for (const c of candidates) {
    if (WORDS[c] !== undefined) return WORDS[c];
    const m = TENS_PREFIX.exec(c);
    if (m) {
      // "decimoctavo" drops the "o" of "octavo": try the unit with it put back.
      const unit = WORDS[m[2]] ?? WORDS[`o${m[2]}`];
      const base = m[1] === 'veinti' ? 20 : m[1] === 'dieci' ? 10 : WORDS[m[1]];
      if (unit !== undefined && unit < 10 && base !== undefined) return base + unit;
    }
  }
  return undefined;
}

/** "vigésima primera" → 21, "ciento treinta y ocho" → 138, "décimo" → 10; undefined when not a number. */
export function spanishNumber(text: string): number | undefined {
  const words = fold(text).split(/[\s-]+/).filter((w) => w && w !== 'y');
  if (!words.length) return undefined;
  let total = 0;
  for (const w of words) {
    const n = word(w);
    if (n === undefined) return undefined;
    total += n;
  }
  return total;
}

const PROVISION_KIND: Record<string, ProvisionKind> = { adicional: 'DA', transitoria: 'DT', final: 'DF', derogatoria: 'DD' };

/** Reads the article and provision headings of one consolidated text (Markdown from the BOE). */
export function indexArticles(markdown: string): ArticleIndex {
  const keys = new Set<string>();
  const repealed = new Set<string>();
  const parts = new Map<string, Map<string, Set<string>>>();
  let current: Map<string, Set<string>> | undefined;
  let paragraph = '';
  const REPEALED = /^\*{0,2}\((?:Derogad[oa]s?|Sin contenido|Suprimid[oa]s?|Anulad[oa]s?)\b/i;
  /** The heading just read, until the first line of its text: "**(Derogado).**" there means repealed. */
  let pending: string | undefined;
  const textParts = new Set<TextPart>();
  if (/^---\n[\s\S]*?^publication_date:\s*"?\d{4}-\d\d-\d\d"?\s*$[\s\S]*?^---$/m.test(markdown)) textParts.add('cabecera del BOE');
  for (const line of markdown.split('\n')) {
    if (/^Hecho en \p{Lu}/u.test(line)) textParts.add('fórmula final');
    // Past tense only: "se canjearán" or "el día del canje" is an entry-into-force clause, not the note with its date.
    if (/(?:ratificaciones|instrumentos de ratificaci[óo]n) (?:fueron|han sido) canjead[oa]s/i.test(line)) textParts.add('nota de canje');
    const h = /^#{2,6}\s+(.*)$/.exec(line);
    if (!h) {
      if (pending && line.trim()) {
        if (REPEALED.test(line.trim())) repealed.add(pending);
        pending = undefined;
      }
      if (current) {
        const numbered = /^(\d+)\.\s/.exec(line);
        const lettered = /^([a-zñ])\)\s/.exec(line);
        if (numbered) {
          paragraph = numbered[1];
          if (!current.has(paragraph)) current.set(paragraph, new Set());
        } else if (lettered) {
          if (!current.has(paragraph)) current.set(paragraph, new Set());
          current.get(paragraph)!.add(lettered[1]);
        }
      }
      continue;
    }
    pending = undefined;
    current = undefined;
    paragraph = '';
    const heading = h[1].trim();
    let key: string | undefined;
    let rest = '';
    const art = new RegExp(`^Art[íi]culo\\s+(\\d+)(?:\\s+(${LATIN_RE}))?\\s*(?:\\.|$|(?=\\())(.*)$`, 'i').exec(heading);
    if (art) {
      key = `art:${art[1]}${latin(art[2])}`;
      rest = art[3];
    } else {
      const unico = /^Art[íi]culo\s+[úu]nico\b\.?(.*)$/i.exec(heading);
      const words = new RegExp(`^Art[íi]culo\\s+([\\p{L}\\s]+?)(?:\\s+(${LATIN_RE}))?\\s*(?:\\.|$|(?=\\())(.*)$`, 'iu').exec(heading);
      const disp = new RegExp(`^Disposici[óo]n\\s+(adicional|transitoria|final|derogatoria)\\s+([\\p{L}\\s]+?)(?:\\s+(${LATIN_RE}))?(?:\\.|$)(.*)$`, 'iu').exec(heading);
      if (unico) {
        key = 'art:único';
        rest = unico[1];
      } else if (disp) {
        const kind = PROVISION_KIND[fold(disp[1])];
        const which = fold(disp[2]).trim();
        const n = which === 'unica' ? 'única' : spanishNumber(which);
        if (n !== undefined) key = `${kind}:${n}${latin(disp[3])}`;
        rest = disp[4];
      } else if (words) {
        const n = spanishNumber(words[1]);
        if (n !== undefined) key = `art:${n}${latin(words[2])}`;
        rest = words[3];
      }
    }
    if (!key) continue;
    keys.add(key);
    current = new Map();
    parts.set(key, current);
    if (/\((?:Derogad[oa]s?|Sin contenido|Suprimid[oa]s?|Anulad[oa]s?)\)/i.test(rest)) repealed.add(key);
    else {
      repealed.delete(key);
      pending = key;
    }
  }
  return { keys, repealed, parts, textParts };
}

/** "DT 5ª (derogada)" → {ref: 'DT 5ª', asRepealed: true}: a provision cited to say it no longer applies. */
export function splitRepealed(ref: string): { ref: string; asRepealed: boolean } {
  const m = /\s*\((?:derogad[oa]s?|suprimid[oa]s?)\)$/i.exec(ref);
  return m ? { ref: ref.slice(0, m.index), asRepealed: true } : { ref, asRepealed: false };
}

export type ParsedRef =
  /** `paragraph` and `letter`: "art. 66.1.a" → '1' and 'a' (only for a reference to one article). */
  | { kind: 'provisions'; keys: string[]; paragraph?: string; letter?: string }
  /** A reference that names no article (a chapter, a guideline, "art. no confirmado"). */
  | { kind: 'other' };

const ORDINAL_SUFFIX = '(?:ª|º|a|o)?';

/**
 * The provisions a citation reference names: "art. 17.1" → art:17; "art. 94.1.f" → art:94; "art. 3 ter" →
 * art:3 ter; "arts. 70–82" → art:70 and art:82; "arts. 2 y 3" → art:2, art:3; "DA 20ª" → DA:20;
 * "DD única" → DD:única; "art. único" → art:único.
 */
export function parseReference(ref: string): ParsedRef {
  const r = ref.trim();
  const disp = new RegExp(`^(DA|DT|DF|DD)\\s+(?:(\\d+)${ORDINAL_SUFFIX}|(única))(?:\\s+(${LATIN_RE}))?(?:[.,].*)?$`, 'i').exec(r);
  if (disp) {
    const n = disp[2] ?? 'única';
    return { kind: 'provisions', keys: [`${disp[1].toUpperCase()}:${n}${latin(disp[4])}`] };
  }
  if (/^art\.\s+[úu]nico$/i.test(r)) return { kind: 'provisions', keys: ['art:único'] };
  const arts = /^arts?\.\s+(.+)$/i.exec(r);
  if (!arts) return { kind: 'other' };
  const one = new RegExp(`^(\\d+)(?:\\s+(${LATIN_RE}))?((?:\\.[0-9a-z]+)*)(?:\\s*[–—-]\\s*(\\d+|[a-z])((?:\\.[0-9a-z]+)*))?$`, 'i');
  const keys: string[] = [];
  for (const part of arts[1].split(/\s*(?:,|\by\b)\s*/)) {
    const m = one.exec(part.trim());
    if (!m) return { kind: 'other' };
    keys.push(`art:${m[1]}${latin(m[2])}`);
    // "70–82" is a range of articles; "8.1.a–d" or "97.2–4" a range inside one article.
    if (m[4] && !m[3] && /^\d+$/.test(m[4])) keys.push(`art:${m[4]}`);
  }
  const sub = /^\.(\d+)(?:\.([a-zñ]))?/i.exec(one.exec(arts[1].trim())?.[3] ?? '');
  if (keys.length === 1 && sub) return { kind: 'provisions', keys, paragraph: sub[1], ...(sub[2] ? { letter: sub[2].toLowerCase() } : {}) };
  return keys.length ? { kind: 'provisions', keys } : { kind: 'other' };
}
