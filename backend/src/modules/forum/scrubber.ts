/**
 * Personal data in forum posts. Before a question is published its title and body (Markdown) go through
 * scrubPersonalData: identity numbers, phones, emails, bank accounts and street addresses are replaced by a
 * visible token, and the author is shown each masked item with its reason before confirming.
 *
 * Precision matters both ways: a leaked NIE can hurt someone with an uncertain status, but masking dates,
 * amounts or "artículo 124.2" makes a legal question unreadable. So identity numbers and bank accounts are
 * masked only when their check digits are valid, phones only in the shapes people write them, and addresses
 * only with a street type, a name and a house number.
 *
 * Every pattern is bounded (no nested unbounded quantifiers, starts anchored by look-behinds), so a pass is
 * linear in the text's length; emails are found by scanning around each '@' rather than by a regex. A second
 * pass over the output (rarely more) catches data that only stands apart once its neighbour is masked.
 *
 * Markdown can write a number that only shows once rendered: "6**1**2345678", "&#54;12345678", a zero-width
 * space or an HTML comment inside it. So the detectors also read a "visible text" view (escapes and character
 * references decoded, invisible characters, comments and emphasis markers inside numbers dropped), built in
 * one linear pass with a map back to the source: what they find there is masked over its whole source span,
 * markers included. They still read the source as well, so the view never hides what the source shows.
 */

import MarkdownIt from 'markdown-it';

export type PiiKind = 'dni' | 'nie' | 'nif' | 'cedula' | 'passport' | 'phone' | 'email' | 'iban' | 'address';

export interface MaskedItem {
  kind: PiiKind;
  original: string;
  replacement: string;
  /** Offsets in the original text. */
  start: number;
  end: number;
}

export interface ScrubResult {
  text: string;
  masked: MaskedItem[];
}

type Locale = 'es' | 'en';

export const PII_LABELS: Record<Locale, Record<PiiKind, string>> = {
  es: {
    dni: 'documento nacional de identidad (DNI)',
    nie: 'número de identidad de extranjero (NIE)',
    nif: 'número de identificación fiscal (NIF)',
    cedula: 'cédula de identidad ecuatoriana',
    passport: 'número de pasaporte',
    phone: 'número de teléfono',
    email: 'dirección de correo electrónico',
    iban: 'número de cuenta bancaria',
    address: 'dirección postal',
  },
  en: {
    dni: 'Spanish national identity number (DNI)',
    nie: 'foreigner identity number (NIE)',
    nif: 'tax identification number (NIF)',
    cedula: 'Ecuadorian identity card number (cédula)',
    passport: 'passport number',
    phone: 'phone number',
    email: 'email address',
    iban: 'bank account number',
    address: 'street address',
  },
};

const TOKENS: Record<Locale, Record<PiiKind, string>> = {
  es: {
    dni: '[DNI oculto]',
    nie: '[NIE oculto]',
    nif: '[NIF oculto]',
    cedula: '[cédula oculta]',
    passport: '[pasaporte oculto]',
    phone: '[teléfono oculto]',
    email: '[correo oculto]',
    iban: '[cuenta bancaria oculta]',
    address: '[dirección oculta]',
  },
  en: {
    dni: '[DNI hidden]',
    nie: '[NIE hidden]',
    nif: '[NIF hidden]',
    cedula: '[cédula hidden]',
    passport: '[passport number hidden]',
    phone: '[phone number hidden]',
    email: '[email hidden]',
    iban: '[bank account hidden]',
    address: '[address hidden]',
  },
};
const ALL_TOKENS = [...new Set([...Object.values(TOKENS.es), ...Object.values(TOKENS.en)])];

/** When two detectors claim overlapping text, the earlier (more specific) kind wins. */
const PRIORITY: readonly PiiKind[] = ['email', 'iban', 'nie', 'dni', 'nif', 'cedula', 'passport', 'address', 'phone'];
const RANK = Object.fromEntries(PRIORITY.map((kind, i) => [kind, i])) as Record<PiiKind, number>;

// ---------------------------------------------------------------------------------------------------------
// Validators

const DNI_LETTERS = 'TRWAGMYFPDXBNJZSQVHLCKE';
const compact = (value: string): string => value.replace(/[\s.-]/g, '');

/** DNI: 8 digits and the letter of their value mod 23. Dots, spaces and a hyphen are allowed. */
export function isValidDni(value: string): boolean {
  if (typeof value !== 'string') return false;
  const m = /^(\d{8})([A-Z])$/.exec(compact(value).toUpperCase());
  return m !== null && DNI_LETTERS[Number(m[1]) % 23] === m[2];
}

/** NIE: X, Y or Z (worth 0, 1, 2 in front of the digits), 7 digits and the DNI check letter. */
export function isValidNie(value: string): boolean {
  if (typeof value !== 'string') return false;
  const m = /^([XYZ])(\d{7})([A-Z])$/.exec(compact(value).toUpperCase());
  return m !== null && DNI_LETTERS[Number(`${'XYZ'.indexOf(m[1])}${m[2]}`) % 23] === m[3];
}

/** NIF of a person without DNI: K, L or M, 7 digits and the check letter of those 7 digits. */
function isValidKlmNif(value: string): boolean {
  const m = /^[KLM](\d{7})([A-Z])$/.exec(compact(value).toUpperCase());
  return m !== null && DNI_LETTERS[Number(m[1]) % 23] === m[2];
}

/**
 * Ecuadorian cédula: 10 digits, province 01–24 or 30 (abroad), third digit 0–5 (natural person), and a
 * modulo-10 check digit with coefficients 2,1,2,1,… (products over 9 lose 9). "171003406-5" is allowed.
 */
export function isValidCedula(value: string): boolean {
  if (typeof value !== 'string') return false;
  const digits = value.replace(/[\s-]/g, '');
  if (!/^\d{10}$/.test(digits)) return false;
  const province = Number(digits.slice(0, 2));
  if (!((province >= 1 && province <= 24) || province === 30) || Number(digits[2]) > 5) return false;
  let sum = 0;
  for (let i = 0; i < 9; i++) {
    const product = Number(digits[i]) * (i % 2 === 0 ? 2 : 1);
    sum += product > 9 ? product - 9 : product;
  }
  return (10 - (sum % 10)) % 10 === Number(digits[9]);
}

/** Lengths of a few countries' IBANs; others only need 15–34 characters and mod 97. */
const IBAN_LENGTHS: Record<string, number> = { ES: 24, EC: 30, PT: 25, FR: 27, IT: 27, DE: 22, GB: 22, NL: 18, BE: 16, AD: 24, CH: 21 };

/**
 * The countries that use IBANs (SWIFT's registry, and EC as above). Only these may be written with a space or hyphen between the
 * country code and the check digits ("ES 91 2100 …"): "es 12 3456 …" is the verb "es" and a number.
 */
const IBAN_COUNTRIES = new Set(
  ('AD AE AL AT AZ BA BE BG BH BI BR BY CH CR CY CZ DE DJ DK DO EE EG ES FI FK FO FR GB GE GI GL GR GT HN HR HU IE IL IQ IS IT ' +
    'JO KW KZ LB LC LI LT LU LV LY MC MD ME MK MN MR MT MU NI NL NO OM PK PL PS PT QA RO RS RU SA SC SD SE SI SK SM SO ST SV TL TN ' +
    'TR UA VA VG XK YE EC').split(' '),
);

/** IBAN (ISO 13616): country, check digits, BBAN; valid when the rearranged number is 1 mod 97. Spaces and hyphens are allowed. */
export function isValidIban(value: string): boolean {
  if (typeof value !== 'string') return false;
  const iban = value.replace(/[\s-]/g, '').toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(iban)) return false;
  const length = IBAN_LENGTHS[iban.slice(0, 2)];
  if (length !== undefined && length !== iban.length) return false;
  let remainder = 0;
  for (const ch of iban.slice(4) + iban.slice(0, 4)) {
    const code = ch.charCodeAt(0);
    remainder = code <= 57 ? (remainder * 10 + code - 48) % 97 : (remainder * 100 + code - 55) % 97;
  }
  return remainder === 1;
}

const CCC_WEIGHTS = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6];
function cccDigit(ten: string): number {
  let sum = 0;
  for (let i = 0; i < 10; i++) sum += Number(ten[i]) * CCC_WEIGHTS[i];
  const d = 11 - (sum % 11);
  return d === 11 ? 0 : d === 10 ? 1 : d;
}

/** Spanish 20-digit account (CCC): bank, branch, two control digits, account. */
function isValidCcc(value: string): boolean {
  const digits = value.replace(/[\s-]/g, '');
  if (!/^\d{20}$/.test(digits) || /^0{8}/.test(digits) || /^0{10}$/.test(digits.slice(10))) return false;
  return cccDigit(`00${digits.slice(0, 8)}`) === Number(digits[8]) && cccDigit(digits.slice(10)) === Number(digits[9]);
}

// ---------------------------------------------------------------------------------------------------------
// Pattern pieces

/** A letter or digit; the ordinal signs º ª are letters to Unicode but not here ("nº12345678Z"). */
const AN = '(?:[^\\P{L}ºª]|\\p{N})';
const IS_AN = new RegExp(`^${AN}$`, 'u');
const W = '[ \\t\\u00a0]';
/**
 * A number starts a token: not glued to letters or digits, nor right after "2024-", "A-", "1.", or a short group
 * and a space ("1 612 345 678", "ES91 2100 …"): those are parts of dates, codes, amounts or longer numbers.
 * A long number and a space before it is fine ("612345678 699123456").
 */
const NUM_START = `(?<!${AN}|${AN}[/-]|\\p{N}[.,]|(?<!\\p{N})\\p{N}{1,5} )`;
/** ... and ends one: not followed by more of a number (",50", "/2024", ":30", "-5", " 12"). */
const NUM_TAIL = `[.,:/-]\\p{N}| \\p{N}{1,5}(?!\\p{N})`;
const NUM_END = `(?!${AN}|${NUM_TAIL})`;
const SEP = '[ .-]';
const PHONE_END = `(?!${AN}|${NUM_TAIL}|${W}?[€%$]|${W}{1,2}(?:[Ee]uros?|EUR|USD|[Dd][oó]lares)(?!${AN}))`;

/** Case-insensitive literal for sticky patterns that must stay case-sensitive elsewhere. */
const ci = (word: string): string =>
  [...word].map((ch) => (ch.toLowerCase() !== ch.toUpperCase() ? `[${ch.toLowerCase()}${ch.toUpperCase()}]` : ch.replace(/[.\\/]/g, '\\$&'))).join('');

interface Candidate {
  kind: PiiKind;
  start: number;
  end: number;
}
type Detector = (text: string, out: Candidate[]) => void;

function* matches(re: RegExp, text: string): Generator<RegExpExecArray> {
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    yield m;
    if (m[0].length === 0) re.lastIndex++;
  }
}

// ---------------------------------------------------------------------------------------------------------
// Identity numbers

const DNI_RE = new RegExp(`${NUM_START}(\\d{8}|\\d{2}\\.\\d{3}\\.\\d{3}|\\d{2} \\d{3} \\d{3})([ .-]?)([A-Za-z])(?!${AN})`, 'gu');
/** X/Y/Z are NIEs, K/L/M NIFs of persons without DNI; "X1234567L", "X.1234567.L", "X-1.234.567-L". */
const NIE_RE = new RegExp(`(?<!${AN})([XYZKLMxyzklm])([ .-]?)(\\d{7}|\\d\\.\\d{3}\\.\\d{3})([ .-]?)([A-Za-z])(?!${AN})`, 'gu');

const detectDni: Detector = (text, out) => {
  for (const m of matches(DNI_RE, text)) {
    // After a space only a capital counts: "12345678 a" is a number and the word "a"; after a dot too
    // ("…345.678.a" is a list item or a sub-paragraph more often than a DNI).
    if ((m[2] === ' ' || m[2] === '.') && m[3] !== m[3].toUpperCase()) continue;
    if (isValidDni(m[0])) out.push({ kind: 'dni', start: m.index, end: m.index + m[0].length });
  }
};

const detectNieNif: Detector = (text, out) => {
  for (const m of matches(NIE_RE, text)) {
    if ((m[2] === ' ' || m[4] === ' ') && (m[1] !== m[1].toUpperCase() || m[5] !== m[5].toUpperCase())) continue; // "y 1234567 a"
    const nie = /[XYZ]/i.test(m[1]);
    if (nie ? isValidNie(m[0]) : isValidKlmNif(m[0])) out.push({ kind: nie ? 'nie' : 'nif', start: m.index, end: m.index + m[0].length });
  }
};

/** A cédula, "171003406-5", or a natural person's RUC (cédula + 001). */
const CEDULA_RE = new RegExp(`${NUM_START}(?:\\d{9}-\\d|\\d{10}(?:001)?)${NUM_END}`, 'gu');
const detectCedula: Detector = (text, out) => {
  for (const m of matches(CEDULA_RE, text)) {
    const digits = m[0].replace('-', '');
    if (digits.length === 13 && !digits.endsWith('001')) continue;
    if (isValidCedula(digits.slice(0, 10))) out.push({ kind: 'cedula', start: m.index, end: m.index + m[0].length });
  }
};

/**
 * "PAA123456", "A1234567"; and whatever 6–12 character token with 5+ digits follows the word passport, perhaps
 * with one word between ("pasaporte ecuatoriano nº 1234567").
 */
const PASSPORT_RE = new RegExp(`(?<!${AN}|${AN}[/-])[A-Z]{1,3}\\d{6,9}${NUM_END}`, 'gu');
const PASSPORT_NO = `(?:n\\.?${W}?[º°]\\.?|n[úu]m(?:ero|\\.)?|number|no\\.?|nr\\.|#)`;
const PASSPORT_KEYWORD_RE = new RegExp(
  `(?<!${AN})(?:pasaporte|passport)(?:${W}{1,3}\\p{L}{3,15})?(?:${W}{1,3}${PASSPORT_NO})?${W}{0,3}:?${W}{0,3}(?<!${AN})([A-Za-z0-9]{6,12})${NUM_END}`,
  'giu',
);
const detectPassport: Detector = (text, out) => {
  for (const m of matches(PASSPORT_RE, text)) out.push({ kind: 'passport', start: m.index, end: m.index + m[0].length });
  for (const m of matches(PASSPORT_KEYWORD_RE, text)) {
    const token = m[1];
    if (token.replace(/\D/g, '').length < 5) continue;
    const end = m.index + m[0].length;
    out.push({ kind: 'passport', start: end - token.length, end });
  }
};

// ---------------------------------------------------------------------------------------------------------
// Bank accounts

/** Groups split by spaces or hyphens; a separator after the country code is group 1 ("ES 91 2100 …", "ES-91-…"). */
const IBAN_RE = new RegExp(`(?<!${AN})[A-Za-z]{2}([ -]?)\\d{2}(?:[ -]?[A-Za-z0-9]){11,30}`, 'gu');
const CCC_RE = new RegExp(`${NUM_START}\\d{4}([ -]?)\\d{4}\\1\\d{2}\\1\\d{10}${NUM_END}`, 'gu');

const isAn = (text: string, i: number): boolean => i < text.length && IS_AN.test(String.fromCodePoint(text.codePointAt(i) ?? 0));

const detectIban: Detector = (text, out) => {
  for (const m of matches(IBAN_RE, text)) {
    IBAN_RE.lastIndex = m.index + 1; // the swallowed text may hold the next IBAN
    const country = m[0].slice(0, 2);
    if (m[1] !== '' && !(IBAN_COUNTRIES.has(country) && country === country.toUpperCase())) continue;
    // The greedy match may have swallowed a following word ("… 1332 EUR"): try it whole, then cut at each separator.
    const cuts = [m[0].length];
    for (let i = m[0].length - 1; i > 4 + m[1].length; i--) if (m[0][i] === ' ' || m[0][i] === '-') cuts.push(i);
    for (const cut of cuts) {
      if (cut === m[0].length && isAn(text, m.index + cut)) continue;
      if (isValidIban(m[0].slice(0, cut))) {
        out.push({ kind: 'iban', start: m.index, end: m.index + cut });
        break;
      }
    }
  }
  for (const m of matches(CCC_RE, text)) if (isValidCcc(m[0])) out.push({ kind: 'iban', start: m.index, end: m.index + m[0].length });
};

// ---------------------------------------------------------------------------------------------------------
// Phones

/** Spain: 9 digits from 6–9, as one run or in the usual groupings, with an optional +34 / 0034. */
const ES_PHONE_RE = new RegExp(
  `${NUM_START}(?:(?:(?:\\+|00)34|\\(\\+34\\))${SEP}?)?` +
    `([6-9](?:\\d{8}|\\d{2}${SEP}\\d{3}${SEP}\\d{3}|\\d{2}${SEP}\\d{2}${SEP}\\d{2}${SEP}\\d{2}` +
    `|\\d${SEP}\\d{3}${SEP}\\d{2}${SEP}\\d{2}|\\d{2}${SEP}\\d{6}))${PHONE_END}`,
  'gu',
);
/** Ecuadorian national numbers without the trunk 0: mobiles 9 + 8 digits, landlines 2–7 (the area) + 7 digits. */
const EC_MOBILE = `9\\d(?:\\d{7}|${SEP}\\d{3}${SEP}\\d{4}|${SEP}\\d{7})|9\\d\\d${SEP}\\d{3}${SEP}\\d{3}|9${SEP}\\d{4}${SEP}\\d{4}`;
const EC_LANDLINE = `[2-7](?:\\d{7}|${SEP}\\d{3}${SEP}\\d{4}|${SEP}\\d{7})`;
/**
 * Ecuador: +593 / (+593) and 8–9 digits; 593 without the plus only before a national number in a usual shape;
 * mobiles 09 + 8 digits ("099 123 4567", "0998 123 456"); landlines 0[2-7] + 7 digits.
 */
const EC_PHONE_RE = new RegExp(
  `${NUM_START}(?:(?:(?:\\+|00)593|\\((?:\\+|00)593\\))${SEP}?(?:\\(0\\)${SEP}?)?[2-9](?:${SEP}?\\d){7,8}` +
    `|593${SEP}?(?:${EC_MOBILE}|${EC_LANDLINE})|0(?:${EC_MOBILE}|${EC_LANDLINE})` +
    `|\\(0[2-7]\\)${W}?\\d{3}${SEP}?\\d{4})${PHONE_END}`,
  'gu',
);
/** Anything else international: + and 8–15 digits, separators and one bracketed area code allowed. */
const INTL_PHONE_RE = new RegExp(`${NUM_START}\\+\\d{1,3}${SEP}?(?:\\(\\d{1,4}\\)${SEP}?)?\\d(?:${SEP}?\\d){3,13}${PHONE_END}`, 'gu');

/**
 * The number in a WhatsApp or telephone link: "wa.me/34612345678", "api.whatsapp.com/send?phone=…", "tel:+34…".
 * Only the number is masked, so the link and the Markdown around it stay readable.
 */
const LINK_SCHEME = `(?:${ci('tel')}|${ci('sms')}|${ci('callto')}|${ci('whatsapp')}):`;
const LINK_PHONE_RE = new RegExp(
  // Each way in starts with a literal and looks behind it afterwards, so the regex only stops where one is.
  `(?:${ci('wa.me')}/(?<![\\p{L}\\p{N}_-]${ci('wa.me')}/)|[?&]${ci('phone')}=|${LINK_SCHEME}(?<!${AN}${LINK_SCHEME})(?://)?)` +
    `((?:\\+|%2[Bb])?\\d(?:[.-]?\\d){6,14})(?![.-]?\\p{N})`,
  'gu',
);

const detectPhone: Detector = (text, out) => {
  for (const m of matches(LINK_PHONE_RE, text)) {
    const end = m.index + m[0].length;
    out.push({ kind: 'phone', start: end - m[1].length, end });
  }
  for (const m of matches(ES_PHONE_RE, text)) {
    const body = m[1];
    const seps = new Set(body.replace(/\d/g, ''));
    if (seps.size > 1) continue; // "612 345-678" is two numbers or a typo
    if (m[0] === body && /^\d{3}\.\d{3}\.000$/.test(body)) continue; // "600.000.000" is an amount
    out.push({ kind: 'phone', start: m.index, end: m.index + m[0].length });
  }
  for (const m of matches(EC_PHONE_RE, text)) out.push({ kind: 'phone', start: m.index, end: m.index + m[0].length });
  for (const m of matches(INTL_PHONE_RE, text)) {
    const digits = m[0].replace(/\D/g, '').length;
    if (digits >= 8 && digits <= 15) out.push({ kind: 'phone', start: m.index, end: m.index + m[0].length });
  }
};

// ---------------------------------------------------------------------------------------------------------
// Email: scan around each '@' (a regex over long runs of name characters would backtrack quadratically).

/**
 * The local part: any letter (with its combining accents) or digit and the specials RFC 5322 allows. The scan
 * stops at anything else: whitespace, brackets, quotes, '<', ':' (of "mailto:").
 */
const LOCAL_CHAR = /^[\p{L}\p{M}\p{N}.!#$%&'*+/=?^_`{|}~-]$/u;
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
/** A local part that is really the end of a URL ("https://x.org/a?to=ana@…", "medium.com/@ana.perez"): it starts after the path. */
const URL_LIKE = /\/\/|\.\p{L}{2,}\//u;
const isDomainChar = (c: string): boolean => /[A-Za-z0-9.-]/.test(c);

/** LOCAL_CHAR for ASCII, by code. */
const ASCII_LOCAL = Array.from({ length: 128 }, (_, c) => LOCAL_CHAR.test(String.fromCharCode(c)));

/** The code point that ends at `i` (exclusive), as a string: one code unit or a surrogate pair. */
function codePointBefore(text: string, i: number): string {
  const low = text.charCodeAt(i - 1);
  if (low >= 0xdc00 && low <= 0xdfff && i >= 2) {
    const high = text.charCodeAt(i - 2);
    if (high >= 0xd800 && high <= 0xdbff) return text.slice(i - 2, i);
  }
  return text[i - 1];
}

/** Where the local part ending at `at` starts (`at` when there is none). */
function localStart(text: string, at: number): number {
  let start = at;
  while (start > 0 && at - start < 64) {
    const c = text.charCodeAt(start - 1);
    if (c < 0x80) {
      if (!ASCII_LOCAL[c]) break;
      start--;
      continue;
    }
    const ch = codePointBefore(text, start);
    if (!LOCAL_CHAR.test(ch)) break;
    start -= ch.length;
  }
  const local = text.slice(start, at);
  if (URL_LIKE.test(local)) start += Math.max(local.lastIndexOf('/'), local.lastIndexOf('?'), local.lastIndexOf('&'), local.lastIndexOf('=')) + 1;
  // An address starts with a letter or digit: leading quotes, dots or Markdown markers ("**ana@…**") stay.
  while (start < at) {
    const ch = String.fromCodePoint(text.codePointAt(start) ?? 0);
    if (LETTER_OR_DIGIT.test(ch)) break;
    start += ch.length;
  }
  return Math.min(start, at);
}

const detectEmail: Detector = (text, out) => {
  for (let at = text.indexOf('@'); at !== -1; at = text.indexOf('@', at + 1)) {
    const start = localStart(text, at);
    let end = at + 1;
    while (end < text.length && end - at <= 253 && isDomainChar(text[end])) end++;
    while (end > at + 1 && /[.-]/.test(text[end - 1])) end--;
    if (start === at || end === at + 1) continue;
    const labels = text.slice(at + 1, end).split('.');
    if (labels.length < 2 || !/^[A-Za-z]{2,63}$/.test(labels[labels.length - 1])) continue;
    if (!labels.every((label) => /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/.test(label))) continue;
    out.push({ kind: 'email', start, end });
  }
};

// ---------------------------------------------------------------------------------------------------------
// Street addresses: street type, name, house number, optional floor/door and cross street.

const STREET_TYPES = 'calle|avenida|avda|av|plaza|pza|paseo|camino|carretera|ctra|ronda|traves[íi]a|pasaje|glorieta|urbanizaci[óo]n|urb|barrio';
const KEYWORD_RE = new RegExp(`(?<!${AN})(?:(${STREET_TYPES})(?!${AN})\\.?|(c/|c\\.|p[º°]\\.?))`, 'giu');
/** Street types that are rarely anything else, so their names may be written in lower case ("calle mayor nº 5"). */
const LOOSE_TYPES = new Set(
  ['calle', 'avenida', 'avda', 'paseo', 'carretera', 'ctra', 'travesía', 'travesia', 'glorieta', 'urbanización', 'urbanizacion', 'urb', 'c/', 'pº', 'p°'],
);
/** Names that show a legal reference, not a street ("apartado c. Real Decreto 5"). */
const LEGAL_WORD = /^(?:decreto|ley|art[ií]culo|org[aá]nica|boe|reglamento|directiva|disposici[oó]n|orden)$/i;

const PARTICLE = "(?:de|del|la|las|los|el|y|d')";
const NUMBERED = `\\d{1,2}${W}de`; // "9 de Octubre", "2 de Mayo"
const QUITO_CODE = '(?:N|S|E|Oe|O)\\d{1,3}[A-Z]?';
const WORD = `(?:\\p{Lu}[\\p{L}'’-]*(?!\\p{N})|${QUITO_CODE}(?!${AN}))`;
const NAME = `(?:(?:${PARTICLE}|${NUMBERED})${W}){0,3}${WORD}(?:${W}{1,2}(?:(?:${PARTICLE}|${NUMBERED})${W}){0,2}${WORD}){0,5}`;
const LOOSE_NAME = `\\p{L}[\\p{L}'’-]*(?:${W}\\p{L}[\\p{L}'’-]*){0,3}`;
const MARKER = `(?:[Nn](?:\\.${W}?[º°]|[º°]\\.?|[úu]m(?:ero|\\.)?|o\\.)|N[ÚU]M(?:ERO|\\.)?)`;
/** Words that make a number after a street name a quantity: "Plaza de España 2 veces", "Calle Mayor 5 euros". */
const NOT_A_HOUSE = '(?:euros?|años|meses|d[íi]as|semanas|horas|minutos|veces|personas|km|kil[óo]metros|metros)';
const MONTH = '(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre)';
const NUMBER = `\\d{1,4}[A-Za-z]?(?:-\\d{1,4})?(?!${AN}|[.:/]\\p{N}|${W}?[%€]|${W}{1,2}(?:${NOT_A_HOUSE}|de${W}${MONTH})(?!${AN}))`;
const QUITO = `${QUITO_CODE}${W}?-${W}?\\d{1,4}[A-Z]?(?!${AN})`; // "N34-451", "Oe5-12"
const HOUSE = `(?:${NUMBER}|[sS]/[nN](?!${AN})|${QUITO})`;
const ORD = '[º°ª]';
const DETAIL =
  `(?:\\d{1,2}${W}?${ORD}\\.?(?:-?[A-Za-z]|${W}-?${W}?[A-Z])?|${ci('piso')}${W}?\\d{1,2}${ORD}?|${ci('planta')}${W}?\\d{1,2}${ORD}?` +
  `|(?:${ci('puerta')}|${ci('pta')}\\.?|${ci('bloque')})${W}?[A-Za-z0-9]{1,3}|${ci('esc')}(?:${ci('alera')}|\\.)?${W}?[A-Za-z0-9]` +
  `|${ci('bajo')}(?:${W}?[A-Z])?|${ci('entresuelo')}|${ci('ático')}|${ci('atico')}` +
  `|${ci('izquierda')}|${ci('izq')}(?:${ci('da')})?\\.?|${ci('izda')}\\.?|${ci('derecha')}|${ci('d')}${ci('r')}?${ci('cha')}\\.?)(?!${AN})`;
const DSEP = `(?:${W}?[,-]${W}{0,2}|${W}{1,2})`;
const DETAILS = `(?:${DSEP}${DETAIL}){0,4}`;
const NAME_SEP = `(?:${W}?,${W}{0,2}|${W}{1,3})`;
const CROSS_NAME = `(?:(?:${PARTICLE}|${NUMBERED})${W}){0,2}${WORD}(?:${W}(?:${PARTICLE}${W}){0,2}${WORD}){0,3}`;
/** "… 424 y Chile": only where the clause ends, or "Calle Mayor 5 y Juan vive…" would lose Juan. */
const CROSS = `${W}{1,2}y${W}{1,2}(?:(?:Av\\.|Avda\\.|Calle|C/)${W}?)?${CROSS_NAME}(?=${W}{0,3}(?:[,.;:!?)\\]\\r\\n]|$))`;

const STREET_RE = new RegExp(
  `${W}{0,3}(?<name>${NAME})${NAME_SEP}(?<marker>${MARKER}${W}{0,2})?(?<house>${HOUSE})(?<details>${DETAILS})(?:(?<cross>${CROSS})${DETAILS})?`,
  'yu',
);
const LOOSE_STREET_RE = new RegExp(
  `${W}{0,3}(?<name>${LOOSE_NAME})${NAME_SEP}(?:${MARKER}${W}{0,2}${NUMBER}|[sS]/[nN](?!${AN})|${NUMBER}(?=${DSEP}${DETAIL}))(?<details>${DETAILS})`,
  'yu',
);
const QUITO_STREET_RE = new RegExp(`${W}{0,3}${QUITO}${DETAILS}(?:${CROSS}${DETAILS})?`, 'yu');

function matchStreet(text: string, from: number, loose: boolean): number {
  STREET_RE.lastIndex = from;
  const strict = STREET_RE.exec(text);
  if (strict?.groups) {
    const { name, marker, house, details, cross } = strict.groups;
    const words = `${name} ${cross ?? ''}`.split(/[\s,]+/);
    const yearLike = !marker && !details && /^(?:19|20)\d\d$/.test(house); // "Camino de Santiago 2023"
    if (!yearLike && !words.some((w) => LEGAL_WORD.test(w))) return STREET_RE.lastIndex;
  }
  if (loose) {
    LOOSE_STREET_RE.lastIndex = from;
    const m = LOOSE_STREET_RE.exec(text);
    if (m?.groups && !m.groups.name.split(/\s+/).some((w) => LEGAL_WORD.test(w))) return LOOSE_STREET_RE.lastIndex;
  }
  QUITO_STREET_RE.lastIndex = from;
  return QUITO_STREET_RE.exec(text) ? QUITO_STREET_RE.lastIndex : -1;
}

const detectAddress: Detector = (text, out) => {
  for (const m of matches(KEYWORD_RE, text)) {
    const type = (m[1] ?? m[2]).toLowerCase();
    const end = matchStreet(text, m.index + m[0].length, LOOSE_TYPES.has(type.replace(/\.$/, '')));
    if (end > 0) out.push({ kind: 'address', start: m.index, end });
  }
};

const DETECTORS: readonly Detector[] = [detectEmail, detectIban, detectNieNif, detectDni, detectCedula, detectPassport, detectAddress, detectPhone];

// ---------------------------------------------------------------------------------------------------------
// The visible text: what a reader sees of the Markdown, so that "6**1**2345678" or "&#54;12345678" is a phone.

/** Decodes named character references exactly as the forum's Markdown renderer does (the full HTML5 list). */
const { unescapeAll } = new MarkdownIt().utils;
/** A character reference at the current position, as markdown-it's inline rule reads it. */
const ENTITY_RE = /&(?:#[xX]([0-9a-fA-F]{1,6});|#([0-9]{1,7});|[A-Za-z][A-Za-z0-9]{1,31};)/y;
const ASCII_PUNCT = /^[!"#$%&'()*+,\-./:;<=>?@[\\\]^_`{|}~]$/;
/**
 * Characters that show nothing: format characters (zero-width space and joiners, soft hyphen, direction marks,
 * BOM, tags), the combining grapheme joiner, Hangul fillers, variation selectors and the keycap frame (6️⃣ is a 6).
 */
const INVISIBLE = /^(?:[\p{Cf}\p{Variation_Selector}\u115f\u1160\u3164\uffa0]|\u034f|\u20e3)$/u;
/** Invisible characters that belong to the one before them: a span ending there takes them along. */
const ATTACHED = /^(?:\p{Variation_Selector}|\u034f|\u20e3)$/u;
/** Spaces other than ' ' (no-break, thin, figure, ideographic…) read as a space. */
const OTHER_SPACE = /^[^\P{Zs} ]$/u;
/**
 * Whatever the view would change: an escape, a reference, a comment, an emphasis marker next to a digit, an
 * invisible character, another space. Without one the view is the text, and one native scan tells.
 */
const VIEW_NEEDED = /\\[!-/:-@[-`{-~]|&[#A-Za-z]|<!--|[0-9][*_~]|[*_~][0-9]|[\p{Cf}\p{Variation_Selector}\u115f\u1160\u3164\uffa0]|\u034f|\u20e3|[^\P{Zs} ]/u;

const STAR = 0x2a;
const UNDERSCORE = 0x5f;
const TILDE = 0x7e;
const isMarker = (c: number): boolean => c === STAR || c === UNDERSCORE || c === TILDE;
const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;
const isNumSep = (c: number): boolean => c === 0x20 || c === 0x2e || c === 0x2d; // ' ' '.' '-'

/** A code point that markdown-it would decode a numeric reference to (others become U+FFFD). */
function isValidEntityCode(c: number): boolean {
  if ((c >= 0xd800 && c <= 0xdfff) || (c >= 0xfdd0 && c <= 0xfdef) || (c & 0xffff) >= 0xfffe || c > 0x10ffff) return false;
  return !(c <= 0x08 || c === 0x0b || (c >= 0x0e && c <= 0x1f) || (c >= 0x7f && c <= 0x9f));
}

/** How decoded text shows: invisible characters dropped, other spaces as ' '. */
const shown = (decoded: string): string => [...decoded].map((c) => (INVISIBLE.test(c) ? '' : OTHER_SPACE.test(c) ? ' ' : c)).join('');
/** Named references seen so far ("&amp;" → "&", "&bogus;" → null). There are about 2,000 names. */
const NAMED = new Map<string, string | null>();

/** What a character reference at `i` reads as and its length in the source; null when it is not one. */
function characterReference(text: string, i: number): { visible: string; length: number } | null {
  ENTITY_RE.lastIndex = i;
  const e = ENTITY_RE.exec(text);
  if (!e) return null;
  if (e[1] !== undefined || e[2] !== undefined) {
    const code = e[1] !== undefined ? parseInt(e[1], 16) : parseInt(e[2], 10);
    const visible = code < 0x80 && isValidEntityCode(code) ? String.fromCharCode(code) : shown(String.fromCodePoint(isValidEntityCode(code) ? code : 0xfffd));
    return { visible, length: e[0].length };
  }
  let visible = NAMED.get(e[0]);
  if (visible === undefined) {
    const decoded = unescapeAll(e[0]);
    visible = decoded === e[0] ? null : shown(decoded); // "&bogus;" shows as it is
    if (NAMED.size < 4096) NAMED.set(e[0], visible);
  }
  return visible === null ? null : { visible, length: e[0].length };
}

interface View {
  text: string;
  /** Where each code unit of `text` comes from in the original: [from[i], to[i]). */
  from: Int32Array;
  to: Int32Array;
}

/** The string of `units[0, length)`. */
function fromUnits(units: Uint16Array, length: number): string {
  const parts: string[] = [];
  for (let i = 0; i < length; i += 8192) parts.push(String.fromCharCode.apply(null, units.subarray(i, Math.min(i + 8192, length)) as unknown as number[]));
  return parts.join('');
}

/**
 * The text as it reads once rendered, with a map back to the original, or null when that is the text itself.
 * Backslash escapes lose their backslash, character references are decoded, invisible characters and HTML
 * comments are dropped, other spaces read as ' ', and emphasis markers inside a number ("6**1**2",
 * "612 _345_ 678") are dropped. One pass over the text, then one over the result: linear. The view is never
 * longer than the text (a reference is at least as long as what it decodes to).
 */
function visibleText(text: string): View | null {
  if (!VIEW_NEEDED.test(text)) return null;
  const n = text.length;
  const units = new Uint16Array(n);
  const from = new Int32Array(n);
  const to = new Int32Array(n);
  let m = 0;
  let changed = false;
  const put = (unit: number, start: number, end: number): void => {
    units[m] = unit;
    from[m] = start;
    to[m++] = end;
  };
  let commentsClose = true; // false once a "<!--" has no "-->" after it: none further on has one either
  for (let i = 0; i < n; ) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if (c === 0x5c && i + 1 < n && ASCII_PUNCT.test(text[i + 1])) {
        put(text.charCodeAt(i + 1), i, i + 2); // "\-" shows "-"
        i += 2;
        changed = true;
        continue;
      }
      if (c === 0x26) {
        const ref = characterReference(text, i);
        if (ref) {
          for (let k = 0; k < ref.visible.length; k++) put(ref.visible.charCodeAt(k), i, i + ref.length);
          i += ref.length;
          changed = true;
          continue;
        }
      }
      if (c === 0x3c && commentsClose && text.startsWith('<!--', i)) {
        const close = text.indexOf('-->', i + 2); // "<!-->" and "<!--->" are (empty) comments too
        if (close === -1) commentsClose = false;
        else {
          i = close + 3;
          changed = true;
          continue;
        }
      }
      put(c, i, ++i);
      continue;
    }
    const cp = String.fromCodePoint(text.codePointAt(i) ?? 0);
    if (INVISIBLE.test(cp)) {
      if (m > 0 && to[m - 1] === i && ATTACHED.test(cp)) to[m - 1] = i + cp.length; // "6️⃣" ends after its keycap
      changed = true;
    } else if (OTHER_SPACE.test(cp)) {
      put(0x20, i, i + cp.length);
      changed = true;
    } else for (let k = 0; k < cp.length; k++) put(cp.charCodeAt(k), i, i + cp.length);
    i += cp.length;
  }

  // Emphasis markers in a number: between digits, or between a digit and a separator that has a digit beyond.
  const out = new Uint16Array(m);
  const outFrom = new Int32Array(m);
  const outTo = new Int32Array(m);
  let w = 0;
  for (let j = 0; j < m; ) {
    let k = j;
    while (k < m && isMarker(units[k])) k++;
    if (k > j) {
      const left = j > 0 ? units[j - 1] : -1;
      const right = k < m ? units[k] : -1;
      const inNumber =
        ((isDigit(left) || left === 0x2b) && isDigit(right)) || // "6**1", "+**34"
        (isDigit(left) && isNumSep(right) && k + 1 < m && isDigit(units[k + 1])) || // "612** 345"
        (isNumSep(left) && j > 1 && isDigit(units[j - 2]) && isDigit(right)); // "612 **345"
      if (inNumber) {
        changed = true;
        j = k;
        continue;
      }
    } else k = j + 1;
    for (; j < k; j++) {
      out[w] = units[j];
      outFrom[w] = from[j];
      outTo[w++] = to[j];
    }
  }
  return changed ? { text: fromUnits(out, w), from: outFrom.subarray(0, w), to: outTo.subarray(0, w) } : null;
}

// ---------------------------------------------------------------------------------------------------------

/** Detections in `text`, none overlapping each other or a token already there, the more specific kind first. */
function detect(text: string): Candidate[] {
  const claimed = new Uint8Array(text.length);
  for (const token of ALL_TOKENS) {
    for (let i = text.indexOf(token); i !== -1; i = text.indexOf(token, i + token.length)) claimed.fill(1, i, i + token.length);
  }
  const candidates: Candidate[] = [];
  for (const detector of DETECTORS) detector(text, candidates);
  // The visible text too, its finds mapped back to the original span (markers, references and all). Both are
  // read: what reads as data once rendered, and what stands apart in the source ("X1234567L&#97;").
  const view = visibleText(text);
  if (view) {
    const seen: Candidate[] = [];
    for (const detector of DETECTORS) detector(view.text, seen);
    for (const c of seen) if (c.end > c.start) candidates.push({ kind: c.kind, start: view.from[c.start], end: view.to[c.end - 1] });
  }
  candidates.sort((a, b) => RANK[a.kind] - RANK[b.kind] || a.start - b.start || b.end - a.end);
  const accepted: Candidate[] = [];
  for (const c of candidates) {
    if (c.end <= c.start || claimed.subarray(c.start, c.end).includes(1)) continue;
    claimed.fill(1, c.start, c.end);
    accepted.push(c);
  }
  return accepted;
}

/** `text` with the (sorted, disjoint) items replaced, and where each untouched stretch of it landed. */
function render(text: string, items: readonly Candidate[], tokens: Record<PiiKind, string>): { output: string; kept: { from: number; to: number }[] } {
  const parts: string[] = [];
  const kept: { from: number; to: number }[] = []; // original offset → output offset of each untouched stretch
  let last = 0;
  let length = 0;
  for (const { kind, start, end } of items) {
    kept.push({ from: last, to: length });
    parts.push(text.slice(last, start), tokens[kind]);
    length += start - last + tokens[kind].length;
    last = end;
  }
  kept.push({ from: last, to: length });
  parts.push(text.slice(last));
  return { output: parts.join(''), kept };
}

/**
 * Masking can reveal more: "X1234567L-612345678" keeps its phone at first (glued to the NIE by a hyphen), but
 * "[NIE oculto]-612345678" shows it. So the output is scanned again until nothing new turns up, which makes
 * scrubbing idempotent. Each pass is linear; only chains of data glued to each other need more than two.
 */
const MAX_PASSES = 6;

/**
 * The text with personal data replaced by tokens ("[NIE oculto]"), and what was replaced, in text order.
 * Tokens already in the text are left alone, so scrubbing twice changes nothing.
 */
export function scrubPersonalData(text: string, locale: Locale = 'es'): ScrubResult {
  if (typeof text !== 'string') return { text: '', masked: [] };
  const tokens = locale === 'en' ? TOKENS.en : TOKENS.es;

  let items: Candidate[] = [];
  let { output, kept } = render(text, items, tokens);
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const fresh = detect(output);
    if (fresh.length === 0) break;
    // Fresh items lie in untouched stretches (tokens are claimed): move them back to original offsets.
    let k = 0;
    const moved = fresh
      .sort((a, b) => a.start - b.start)
      .map((c) => {
        while (k + 1 < kept.length && kept[k + 1].to <= c.start) k++;
        const shift = kept[k].from - kept[k].to;
        return { kind: c.kind, start: c.start + shift, end: c.end + shift };
      });
    items = [...items, ...moved].sort((a, b) => a.start - b.start);
    ({ output, kept } = render(text, items, tokens));
  }

  const masked = items.map(({ kind, start, end }): MaskedItem => ({ kind, original: text.slice(start, end), replacement: tokens[kind], start, end }));
  return { text: output, masked };
}
