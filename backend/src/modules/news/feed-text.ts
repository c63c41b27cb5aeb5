import sanitizeHtml from 'sanitize-html';

/**
 * Text from other sites' feeds, made safe and comparable. Everything here treats its input as hostile: feeds
 * carry scripts, tracking pixels, tracking parameters and whatever markup their CMS produced.
 */

/** Query parameters that only identify a campaign or a click; every `utm_*` goes too (TRACKING_PREFIX). */
export const TRACKING_PARAMS: readonly string[] = [
  'fbclid',
  'gclid',
  'dclid',
  'gbraid',
  'wbraid',
  'msclkid',
  'mc_cid',
  'mc_eid',
  '_ga',
  '_gl',
  'igshid',
  'yclid',
  'twclid',
  'ttclid',
  'ref_src',
  'cmpid',
  '_hsenc',
  '_hsmi',
  'mkt_tok',
];
const TRACKING_PREFIX = 'utm_';
const TRACKING = new Set(TRACKING_PARAMS);

/** Longer links are junk or an attack. */
const MAX_LINK = 2000;

/**
 * The canonical form of an item's link, or null when it is not an http(s) URL we can trust: resolved against
 * `base`, no credentials, no fragment, no tracking parameters (other parameters keep their order), at most
 * 2,000 characters. Two outlets' links to the same page, or one link with and without tracking, compare equal.
 */
export function canonicalLink(raw: string | null | undefined, base?: string): string | null {
  const value = raw?.trim();
  if (!value || value.length > MAX_LINK) return null;
  const url = parseUrl(value, base);
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) return null;
  // A link with credentials is a phishing trick ("https://bank.example@evil.example") or a leak.
  if (url.username || url.password) return null;
  url.hash = '';
  const kept = url.search
    .slice(1)
    .split('&')
    .filter((pair) => pair && !isTracking(pair.split('=', 1)[0]));
  url.search = kept.length ? `?${kept.join('&')}` : '';
  // URL has already lower-cased scheme and host, turned IDN hosts into punycode and dropped default ports.
  const href = url.href;
  return href.length > MAX_LINK ? null : href;
}

/**
 * An absolute URL as is; a relative one against `base`. A bad `base` does not spoil an absolute link. A
 * "relative link" with white space in it is prose that landed in a link field, not a path.
 */
function parseUrl(value: string, base: string | undefined): URL | null {
  try {
    return new URL(value);
  } catch {
    if (!base || /\s/.test(value)) return null;
    try {
      return new URL(value, base);
    } catch {
      return null;
    }
  }
}

function isTracking(encodedName: string): boolean {
  let name = encodedName;
  try {
    name = decodeURIComponent(encodedName.replace(/\+/g, ' '));
  } catch {
    // A malformed escape is not one of ours; compare it as written.
  }
  name = name.toLowerCase();
  return name.startsWith(TRACKING_PREFIX) || TRACKING.has(name);
}

// ---------------------------------------------------------------------------------------------------------
// Summaries

const KEPT = ['p', 'br', 'a', 'strong', 'em', 'ul', 'ol', 'li', 'blockquote'];
const BLOCKS = new Set(['p', 'ul', 'ol', 'li', 'blockquote']);
/** Block containers we unwrap: the tag goes, a line break stays where it was so words do not run together. */
const BREAKS = ['div', 'section', 'article', 'header', 'footer', 'aside', 'main', 'nav', 'address', 'figure', 'figcaption', 'pre', 'hr', 'center', 'details', 'summary', 'hgroup', 'dl', 'dt', 'dd', 'table', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th'];
const BREAK_SET = new Set(BREAKS);
/** Dropped with everything inside: code, embeds, forms, media and document metadata are never summary text. */
const DROPPED = [
  'script', 'style', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'noscript', 'noembed', 'noframes', 'template', 'svg', 'math',
  'form', 'button', 'input', 'select', 'option', 'optgroup', 'datalist', 'textarea', 'video', 'audio', 'canvas', 'picture', 'head', 'title',
];
const REL = 'noopener noreferrer nofollow';
/** More than any real summary; a bigger one is cut before parsing (we keep only the first ~1,200 characters). */
const MAX_INPUT = 500_000;
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000e-\u001f\u007f-\u009f]/g;
/** Invisible characters that only hide text (bidi overrides, zero-width space, soft hyphen, BOM). ZWJ stays: emoji need it. */
const INVISIBLE = /[\u00ad\u200b\u200e\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]/g;

function summaryOptions(base: string | undefined): sanitizeHtml.IOptions {
  return {
    allowedTags: [...KEPT, ...BREAKS],
    allowedAttributes: { a: ['href', 'rel'] },
    allowedSchemes: ['http', 'https'],
    allowProtocolRelative: false,
    nonTextTags: DROPPED,
    nestingLimit: 40,
    transformTags: {
      b: 'strong',
      i: 'em',
      h1: 'p',
      h2: 'p',
      h3: 'p',
      h4: 'p',
      h5: 'p',
      h6: 'p',
      // A link that is not http(s) becomes a span, which is not allowed, so only its text stays.
      a: (_tag, attribs): sanitizeHtml.Tag => {
        const href = canonicalLink(attribs.href, base);
        return href ? { tagName: 'a', attribs: { href, rel: REL } } : { tagName: 'span', attribs: {} };
      },
    },
    // An element left with no text (an image link, a paragraph of images) is dropped whole.
    exclusiveFilter: (frame) => frame.tag !== 'br' && frame.tag !== 'hr' && !frame.text.trim(),
  };
}

/**
 * A feed's summary HTML made safe and small: a few text tags, links only to http(s) (canonical, with rel
 * nofollow), no attributes, no images, no embedded content; cut to about `maxText` characters of text at a
 * word with "…", still well formed. `text` is the same content as plain text, for search and tagging.
 */
export function sanitiseSummary(html: string | null | undefined, base?: string, maxText = 1200): { html: string; text: string } {
  const source = (html ?? '').slice(0, MAX_INPUT).replace(CONTROL, '').replace(INVISIBLE, '');
  const clean = sanitizeHtml(source, summaryOptions(base));
  let out = shape(clean, Infinity);
  let text = htmlText(out);
  if (text.length > maxText) {
    out = shape(clean, maxText);
    text = htmlText(out);
  }
  return { html: out, text };
}

/** Tokens of sanitize-html output: it escapes every '<' and '>' in text and attributes, so this cannot be fooled. */
const TOKEN = /<(\/?)([a-z0-9]+)[^>]*>|[^<]+/g;

/**
 * Tidies sanitised HTML and cuts it to `max` characters of plain text (block edges count as one space), at a
 * word, with "…". White space is collapsed, unwrapped blocks become single line breaks, and line breaks at
 * the edge of a block are dropped. Open elements are closed, so the result is always well formed.
 */
function shape(clean: string, max: number): string {
  const out: string[] = [];
  const open: string[] = [];
  let length = 0; // of the plain text so far
  let atSpace = true; // the plain text so far ends at a word boundary
  let gap = false; // a block edge since the last text, which is one space in the plain text
  let blockEdge = true; // nothing but tags since the last block edge
  let pendingBreak = false;
  let last: { index: number; text: string; open: string[] } | null = null; // the last text written

  for (const m of clean.matchAll(TOKEN)) {
    const [raw, slash, name] = m;
    if (name === undefined) {
      let t = decode(raw).replace(/\s+/g, ' ');
      if (atSpace) t = t.trimStart();
      if (!t) continue;
      const sep = gap && length > 0 ? 1 : 0;
      if (length + sep + t.length <= max) {
        if (pendingBreak) out.push('<br />');
        pendingBreak = false;
        out.push(escape(t));
        last = { index: out.length - 1, text: t, open: [...open] };
        length += sep + t.length;
        atSpace = t.endsWith(' ');
        gap = false;
        blockEdge = false;
        continue;
      }
      const room = max - 1 - length - sep; // one left for the "…"
      const piece = trimTail(cutAtWord(t, room) ?? (atSpace && length > 0 ? '' : cutHard(t, room)));
      if (piece || !last) {
        if (pendingBreak) out.push('<br />');
        out.push(escape(piece) + '…');
      } else {
        // Nothing of this text fits: the "…" goes after the last text, not alone in a new paragraph.
        out.length = last.index;
        out.push(escape(trimTail(last.text)) + '…');
        open.splice(0, open.length, ...last.open);
      }
      break;
    }
    if (name === 'br' || BREAK_SET.has(name)) {
      if (!blockEdge) pendingBreak = true;
      if (!atSpace) gap = true;
      atSpace = true;
      continue;
    }
    if (BLOCKS.has(name)) {
      pendingBreak = false;
      blockEdge = true;
      if (!atSpace) gap = true;
      atSpace = true;
    }
    if (!slash) {
      if (pendingBreak) out.push('<br />');
      pendingBreak = false;
      open.push(name);
      out.push(raw);
    } else {
      const at = open.lastIndexOf(name);
      if (at < 0) continue;
      while (open.length > at) out.push(`</${open.pop()}>`);
    }
  }
  while (open.length) out.push(`</${open.pop()}>`);
  return out
    .join('')
    .replace(/ +((?:<\/(?:a|strong|em)>)*)(?=<\/?(?:p|ul|ol|li|blockquote)>|<br \/>|$)/g, '$1')
    .trim();
}

/** Plain text of shaped HTML: block edges and line breaks become spaces. */
function htmlText(html: string): string {
  return decode(html.replace(/<\/?(?:p|ul|ol|li|blockquote|br)\b[^>]*>/g, ' ').replace(/<[^>]*>/g, ''))
    .replace(/\s+/g, ' ')
    .trim();
}

const ESCAPED: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"' };

/** Undoes sanitize-html's escaping; it decoded every other entity while parsing. */
function decode(s: string): string {
  return s.replace(/&(?:amp|lt|gt|quot);/g, (e) => ESCAPED[e]);
}

function escape(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

// ---------------------------------------------------------------------------------------------------------
// Cutting at a word

/** The longest prefix of `s` within `room` characters that ends at a word ('' when `s` starts with a space), or null when `s` starts with a word longer than that. */
function cutAtWord(s: string, room: number): string | null {
  if (s.length <= room) return s;
  if (room < 0) return null;
  if (/\s/.test(s[room])) return s.slice(0, room);
  const space = s.slice(0, room).search(/\s\S*$/);
  return space >= 0 ? s.slice(0, space) : null;
}

/** A cut in the middle of a word (a URL, a run of letters), never between the halves of a surrogate pair. */
function cutHard(s: string, room: number): string {
  if (room <= 0) return '';
  const code = s.charCodeAt(room - 1);
  return s.slice(0, code >= 0xd800 && code <= 0xdbff ? room - 1 : room);
}

/** No "foo,…" or "foo &…": trailing spaces, separators and opening quotes go before the ellipsis. */
function trimTail(s: string): string {
  return s.replace(/[\s,;:·&|/\-–—(«“‘]+$/u, '');
}

/** A title cut at a word, unless that word is so long (a URL) that cutting before it would lose most of the room. */
function cut(s: string, max: number): string {
  if (s.length <= max) return s;
  const room = max - 1;
  const words = cutAtWord(s, room);
  return trimTail(words !== null && words.length >= room / 2 ? words : cutHard(s, room)) + '…';
}

// ---------------------------------------------------------------------------------------------------------
// Titles

/** Block elements of a title become spaces (so "<p>a</p><p>b</p>" is "a b"); every other tag just goes. */
const TITLE_OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: ['p', 'br', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', ...BREAKS],
  allowedAttributes: {},
  nonTextTags: DROPPED,
};

/** Far more than a title with markup needs; a longer "title" is cut before parsing. */
const MAX_FIELD = 20_000;

/** Plain text of a title or other short field from a feed: no markup, entities decoded, one line, at most `max` characters. */
export function plainText(value: string | null | undefined, max = 300): string {
  if (!value) return '';
  const source = value.slice(0, MAX_FIELD).replace(CONTROL, '').replace(INVISIBLE, '');
  const text = decode(sanitizeHtml(source, TITLE_OPTIONS).replace(/<[^>]*>/g, ' '))
    .replace(/\s+/g, ' ')
    .trim();
  return cut(text, max);
}

/** Words that say nothing about which story a title tells; compared after accents are removed. */
export const STOP_WORDS: readonly string[] = [
  // Spanish
  'el', 'la', 'los', 'las', 'un', 'una', 'unos', 'unas', 'de', 'del', 'al', 'a', 'en', 'y', 'e', 'o', 'u', 'que', 'por', 'para', 'con',
  'sin', 'se', 'su', 'sus', 'lo', 'le', 'les', 'es', 'son', 'ha', 'han', 'como', 'pero', 'ya',
  // English
  'the', 'an', 'of', 'to', 'in', 'on', 'for', 'and', 'or', 'with', 'is', 'are', 'was', 'were', 'be', 'at', 'by', 'from', 'as', 'it', 'its',
  'this', 'that',
];
const STOP = new Set(STOP_WORDS);

/** The tokens that identify a story across sources: folded, without punctuation or stop words, unique and sorted. */
export function titleTokens(title: string): string[] {
  const words = title
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    // "1.200", "1,200" and "1200" are the same number, written differently by different outlets.
    .replace(/(\d)[.,](?=\d)/g, '$1')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w && !STOP.has(w) && ([...w].length > 1 || /\d/.test(w)));
  return [...new Set(words)].sort();
}

/**
 * The tokens two titles of the same story must have in common (prefix filtering): when two sets have a
 * Jaccard similarity of at least 0.8, each set's first |x| − ⌈0.8·|x|⌉ + 1 tokens, in the sorted order
 * titleTokens gives, share at least one token with the other's. Clustering only compares a title with
 * the titles that share one of these keys, instead of with every title of the last days.
 */
export function storyKeys(tokens: readonly string[]): string[] {
  return tokens.slice(0, tokens.length - Math.ceil((4 * tokens.length) / 5) + 1);
}

/** Below this many tokens a title is too short to tell stories apart by overlap: only equal sets match. */
const MIN_FUZZY_TOKENS = 4;

/**
 * Whether two titles' tokens tell the same story: equal sets, or, from 4 tokens up, Jaccard >= 0.8 (one word
 * added to a 4-word title still matches). Short titles must match exactly: 2 of 3 shared words is another story.
 */
export function sameStory(a: readonly string[], b: readonly string[]): boolean {
  const x = new Set(a);
  const y = new Set(b);
  if (!x.size || !y.size) return false;
  let shared = 0;
  for (const t of x) if (y.has(t)) shared++;
  const union = x.size + y.size - shared;
  if (shared === union) return true;
  // Jaccard >= 0.8, in integers.
  return Math.min(x.size, y.size) >= MIN_FUZZY_TOKENS && 5 * shared >= 4 * union;
}

// ---------------------------------------------------------------------------------------------------------
// Slugs

/** Letters NFD does not split into a base letter and an accent. */
const FOLD: Record<string, string> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', đ: 'd', ð: 'd', ł: 'l', þ: 'th', ı: 'i' };
const MAX_SLUG = 60;

/** A URL-safe slug: the title folded to ASCII words (at most 60 characters, cut at a word), then 8 hex of `id`. */
export function itemSlug(title: string, id: string): string {
  const suffix = id.toLowerCase().replace(/[^0-9a-f]/g, '').slice(0, 8);
  // The suffix is what keeps slugs unique; without it two items could share one.
  if (suffix.length < 8) throw new RangeError(`itemSlug needs a uuid, got "${id}"`);
  let words = title
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[ßæœøđðłþı]/g, (c) => FOLD[c])
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (words.length > MAX_SLUG) {
    const dash = words.lastIndexOf('-', MAX_SLUG);
    words = words.slice(0, dash > 0 ? dash : MAX_SLUG).replace(/-+$/, '');
  }
  return `${words || 'noticia'}-${suffix}`;
}
