import MarkdownIt from 'markdown-it';
import sanitizeHtml from 'sanitize-html';

/** Raw HTML in the source is escaped, never rendered; links open normally but carry no referrer. */
const md = new MarkdownIt({ html: false, linkify: true, typographer: false, breaks: false });

const ALLOWED: sanitizeHtml.IOptions = {
  allowedTags: ['h2', 'h3', 'h4', 'p', 'ul', 'ol', 'li', 'strong', 'em', 'code', 'pre', 'blockquote', 'a', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'hr', 'br'],
  allowedAttributes: { a: ['href', 'rel'], th: ['scope'] },
  allowedSchemes: ['https', 'http', 'mailto'],
  transformTags: {
    a: sanitizeHtml.simpleTransform('a', { rel: 'noopener noreferrer' }),
    // Page headings stay in order: a Markdown "#" inside content becomes a section heading.
    h1: 'h2',
    h5: 'h4',
    h6: 'h4',
  },
};

/** Links written by the public (the forum): search engines are told not to vouch for them. */
const UGC_LINK = sanitizeHtml.simpleTransform('a', { rel: 'noopener noreferrer nofollow ugc' });

const SHIFTED: sanitizeHtml.IOptions = { ...ALLOWED, transformTags: { ...ALLOWED.transformTags, h1: 'h3', h2: 'h3', h3: 'h4', h5: 'h4', h6: 'h4' } };
const DEEP: sanitizeHtml.IOptions = { ...ALLOWED, transformTags: { ...ALLOWED.transformTags, h1: 'h4', h2: 'h4', h3: 'h4', h5: 'h4', h6: 'h4' } };

/**
 * Markdown to HTML that is safe to put in a page: a small allowlist of tags, no scripts, no styles.
 * `nested` moves headings one level down, for content shown inside a section that has its own h2; `deep`
 * makes every heading an h4, for content under an h3 (an announcement under its title).
 */
export function renderMarkdown(source: string, opts: { nested?: boolean; deep?: boolean; ugc?: boolean } = {}): string {
  const base = opts.deep ? DEEP : opts.nested ? SHIFTED : ALLOWED;
  return sanitizeHtml(md.render(source), opts.ugc ? { ...base, transformTags: { ...base.transformTags, a: UGC_LINK } } : base);
}
