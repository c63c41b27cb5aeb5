import MarkdownIt from 'markdown-it';
import PDFDocument from 'pdfkit';
import { defaultFont, withFonts } from '../../common/pdf/fonts';
import { writeMarkdown } from '../../common/pdf/markdown-pdf';

export interface BriefPdfInput {
  /** The language the brief is written in: labels, lang tag, dates, numbers. */
  locale: 'es' | 'en';
  title: string;
  campaignTitle: string;
  /** Absolute URL of the public campaign page. */
  campaignUrl: string;
  versionNumber: number;
  /** Date of this version. */
  date: Date;
  /** Executive summary, plain text (paragraphs split by blank lines). */
  summary: string;
  /** Markdown (## headings, paragraphs, lists, links). */
  body: string;
  /** Shown as a numbered list. */
  recommendations: string[];
  /** Numbered [1], [2]…; url is absolute, or a site path starting with '/' resolved against siteUrl. */
  citations: { text: string; url: string | null }[];
  /** Confirmed sign-ons and the distinct organisations that signed. */
  signatures: { confirmed: number; organisations: string[] };
  /** The advocate. */
  contact: { name: string; email: string | null };
  issuerName: string;
  siteUrl: string;
}

type Doc = InstanceType<typeof PDFDocument>;
type Struct = PDFKit.PDFStructureElement;
type Locale = BriefPdfInput['locale'];

const GREEN = '#0b5d3b';
const GREY = '#555555';
const BLACK = '#000000';
const MARGINS = { top: 56, bottom: 64, left: 56, right: 56 };
const BODY = 10.5;
const LINE_GAP = 2;
/** Room a heading needs below it (itself and about three lines of text) so it is not left alone at a page's foot. */
const KEEP_WITH_HEADING = 84;

const LABELS = {
  es: {
    kind: 'Informe de incidencia',
    campaign: 'Campaña',
    version: 'Versión',
    summary: 'Resumen ejecutivo',
    recommendations: 'Recomendaciones',
    support: 'Apoyos',
    sources: 'Fuentes',
    contact: 'Contacto',
    email: 'Correo electrónico',
    signatures: (n: number, f: string) => (n === 1 ? `${f} firma confirmada` : `${f} firmas confirmadas`),
    noSignatures: 'Todavía no hay firmas confirmadas.',
    organisations: (n: number) => (n === 1 ? 'Organización firmante:' : `Organizaciones firmantes (${n}):`),
    noOrganisations: 'Ninguna organización ha firmado como tal: todas las firmas son a título individual.',
    page: (n: number, m: number) => `página ${n} de ${m}`,
    subject: (campaign: string, v: number) => `Informe de incidencia de la campaña «${campaign}», versión ${v}`,
    keywords: 'informe, incidencia, campaña',
  },
  en: {
    kind: 'Advocacy brief',
    campaign: 'Campaign',
    version: 'Version',
    summary: 'Executive summary',
    recommendations: 'Recommendations',
    support: 'Support',
    sources: 'Sources',
    contact: 'Contact',
    email: 'Email',
    signatures: (n: number, f: string) => (n === 1 ? `${f} confirmed signature` : `${f} confirmed signatures`),
    noSignatures: 'No confirmed signatures yet.',
    organisations: (n: number) => (n === 1 ? 'Signing organisation:' : `Signing organisations (${n}):`),
    noOrganisations: 'No organisation has signed as such: every signature is an individual one.',
    page: (n: number, m: number) => `page ${n} of ${m}`,
    subject: (campaign: string, v: number) => `Advocacy brief for the campaign "${campaign}", version ${v}`,
    keywords: 'brief, advocacy, campaign',
  },
} as const;

const LANG = { es: 'es-ES', en: 'en-GB' } as const;
const DAY = {
  es: new Intl.DateTimeFormat('es-ES', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
  en: new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
};
// 'always': Spanish leaves four-digit numbers ungrouped by default (1234); a count of sign-ons reads better as 1.234.
const COUNT = {
  es: new Intl.NumberFormat('es-ES', { useGrouping: 'always', maximumFractionDigits: 0 }),
  en: new Intl.NumberFormat('en-GB', { useGrouping: 'always', maximumFractionDigits: 0 }),
};

// C0 and C1 controls (but tab and line feed, handled per field), bidi embeddings/overrides/isolates, the BOM
// and unpaired surrogates: nothing a person means to print, and some of them can disguise text or break layout.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\uFEFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Multi-line text: line breaks kept (CR LF and CR become LF), tabs become spaces. */
function cleanText(s: string): string {
  return s.replace(/\r\n?|[\u2028\u2029]/g, '\n').replace(/\t/g, ' ').replace(CONTROL, '');
}

/** One-line text: every run of whitespace becomes one space. */
function cleanLine(s: string): string {
  return cleanText(s).replace(/\s+/g, ' ').trim();
}

/** Markdown keeps its tabs (they indent code and nested lists). */
function cleanMarkdown(s: string): string {
  return s.replace(/\r\n?|[\u2028\u2029]/g, '\n').replace(CONTROL, '');
}

function siteBase(siteUrl: string): string {
  return cleanLine(siteUrl).replace(/\/+$/, '');
}

/** A citation's address: absolute as given, or a site path ('/…') appended to the site's address. */
export function resolveCitationUrl(url: string | null, siteUrl: string): string | null {
  const u = url === null ? '' : cleanLine(url);
  if (!u) return null;
  return u.startsWith('/') ? `${siteBase(siteUrl)}${u}` : u;
}

/** Only web and mail addresses become clickable links (never javascript:, file: and the like). */
function linkable(url: string): boolean {
  return /^(https?:\/\/|mailto:)/i.test(url);
}

/** 'informe-<slug>-v3.pdf'; the slug is reduced to safe characters for a Content-Disposition header. */
export function briefFileName(campaignSlug: string, versionNumber: number): string {
  const slug =
    campaignSlug
      .toLowerCase()
      .replace(/[^a-z0-9-]+/g, '-')
      .replace(/-{2,}/g, '-')
      .replace(/^-|-$/g, '') || 'campana';
  return `informe-${slug}-v${Math.max(0, Math.trunc(versionNumber) || 0)}.pdf`;
}

const md = new MarkdownIt({ html: false, linkify: false });

interface MdBlock {
  /** Structure type: H2…H4, P, L (one entry per item in `items`), BlockQuote, Code, Div, or '' for spacing only. */
  type: string;
  source: string;
  items?: string[];
}

/**
 * Splits the body into its top-level blocks (and lists into their items), each rendered by writeMarkdown on
 * its own: so each gets its own structure element, and a heading can be moved to the next page with what follows.
 * Reference-style link definitions are repeated after the blocks that use them so that links still resolve.
 */
function markdownBlocks(source: string): MdBlock[] {
  const env: { references?: Record<string, { href: string; title?: string }> } = {};
  const tokens = md.parse(source, env);
  const lines = source.split('\n');
  // Each block gets only the definitions it may use (by label), not all of them: with many references,
  // repeating every one after every block would make rendering quadratic.
  const refs = Object.entries(env.references ?? {}).map(([label, r]) => ({
    key: label.toLowerCase(),
    line: `[${label.replace(/[[\]\\]/g, '\\$&')}]: <${r.href.replace(/[<>\s]/g, encodeURIComponent)}>`,
  }));
  const slice = (map: [number, number]) => {
    const text = lines.slice(map[0], map[1]).join('\n');
    if (refs.length === 0) return text;
    const folded = text.toLowerCase().replace(/\s+/g, ' ');
    const used = refs.filter((r) => folded.includes(r.key));
    return used.length ? `${text}\n\n${used.map((r) => r.line).join('\n')}` : text;
  };
  const blocks: MdBlock[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.level !== 0 || t.nesting === -1 || !t.map) continue;
    const map = t.map;
    switch (t.type) {
      case 'heading_open':
        blocks.push({ type: `H${Math.min(4, Math.max(2, Number(t.tag.slice(1))))}`, source: slice(map) });
        break;
      case 'paragraph_open':
        blocks.push({ type: 'P', source: slice(map) });
        break;
      case 'bullet_list_open':
      case 'ordered_list_open': {
        const items: string[] = [];
        for (let j = i + 1; j < tokens.length && !(tokens[j].level === 0 && tokens[j].nesting === -1); j++) {
          const item = tokens[j];
          if (item.type === 'list_item_open' && item.level === 1 && item.map) items.push(slice(item.map));
        }
        blocks.push({ type: 'L', source: slice(map), items });
        break;
      }
      case 'blockquote_open':
        blocks.push({ type: 'BlockQuote', source: slice(map) });
        break;
      case 'fence':
      case 'code_block':
        blocks.push({ type: 'Code', source: slice(map) });
        break;
      case 'hr':
        blocks.push({ type: '', source: '' });
        break;
      default:
        blocks.push({ type: 'Div', source: slice(map) });
    }
  }
  return blocks;
}

/** Site paths in Markdown links ('](/…)' and '[x]: /…') become absolute, so the printed address is usable. */
function absoluteLinks(markdown: string, siteUrl: string): string {
  const base = siteBase(siteUrl);
  return markdown
    .replace(/\]\(\s*<?(\/(?!\/))/g, (m: string, slash: string) => m.slice(0, m.length - slash.length) + base + slash)
    .replace(/^( {0,3}\[[^\]\n]+\]:[ \t]*<?)(\/(?!\/))/gm, `$1${base}$2`);
}

/**
 * A campaign's advocacy brief as an A4 PDF: a cover (title, campaign, date, version, issuer, campaign
 * address), then the executive summary, the body (Markdown), the recommendations, the support it has
 * gathered, the numbered sources and the advocate's contact. Every page after the cover has a footer with
 * the title and its page number. DejaVu Sans embedded; tagged (headings, paragraphs, lists, links), with
 * its language, title, author, subject and keywords in its metadata; decoration and footers are artifacts.
 */
export function renderBriefPdf(input: BriefPdfInput): Promise<Buffer> {
  const locale: Locale = input.locale === 'en' ? 'en' : 'es';
  const L = LABELS[locale];
  const title = cleanLine(input.title);
  const campaign = cleanLine(input.campaignTitle);
  const campaignUrl = cleanLine(input.campaignUrl);
  const issuer = cleanLine(input.issuerName);
  const contactName = cleanLine(input.contact.name);
  const contactEmail = input.contact.email ? cleanLine(input.contact.email) : '';
  const version = Math.trunc(input.versionNumber);

  const doc: Doc = new PDFDocument({
    size: 'A4',
    margins: MARGINS,
    bufferPages: true,
    font: defaultFont(),
    pdfVersion: '1.7',
    lang: LANG[locale],
    tagged: true,
    displayTitle: true,
    info: {
      Title: title,
      Author: contactName,
      Subject: L.subject(campaign, version),
      Keywords: `${issuer}, ${L.keywords}, ${campaign}`,
      Creator: issuer,
      CreationDate: input.date,
      ModDate: input.date,
    },
  });
  withFonts(doc, ['regular', 'bold', 'italic', 'boldItalic', 'mono']);
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((ok, fail) => {
    doc.on('end', () => ok(Buffer.concat(chunks)));
    doc.on('error', fail);
  });

  const left = MARGINS.left;
  const width = doc.page.width - MARGINS.left - MARGINS.right;
  const root = doc.struct('Document');
  doc.addStructure(root);

  /** A leaf element whose content `draw` writes. */
  const leaf = (parent: Struct, type: string, draw: () => void) => {
    parent.add(doc.struct(type, {}, draw));
  };
  /** An element to which children are added as they are drawn; end() it afterwards. */
  const node = (parent: Struct, type: string): Struct => {
    const s = doc.struct(type);
    parent.add(s);
    return s;
  };
  /** Starts a new page unless `height` still fits above the bottom margin. Only between elements, never inside one. */
  const ensure = (height: number) => {
    if (doc.y + height > doc.page.maxY()) doc.addPage();
  };
  const atTop = () => doc.y <= doc.page.margins.top + 0.5;
  const body = () => doc.font('regular').fontSize(BODY).fillColor(BLACK);
  /** A web or mail address as a Link element (its annotation is tied to it in the structure tree). */
  const link = (parent: Struct, text: string, href: string, opts: PDFKit.Mixins.TextOptions = {}) => {
    if (linkable(href)) leaf(parent, 'Link', () => doc.text(text, { ...opts, link: href }));
    else leaf(parent, 'Span', () => doc.text(text, opts));
  };
  const sectionHeading = (text: string) => {
    if (!atTop()) doc.moveDown(0.8);
    ensure(KEEP_WITH_HEADING);
    leaf(root, 'H2', () => {
      doc.font('bold').fontSize(16).fillColor(GREEN).text(text, left, doc.y, { width, lineGap: LINE_GAP });
    });
    doc.moveDown(0.4);
    body();
  };
  const paragraph = (parent: Struct, text: string, opts: PDFKit.Mixins.TextOptions = {}) => {
    leaf(parent, 'P', () => {
      doc.text(text, left, doc.y, { width, lineGap: LINE_GAP, ...opts });
    });
  };
  /** A list whose labels ('1.', '[2]', '•') hang in a column of their own; each item is kept off a page's last line. */
  const list = (labels: string[], drawBody: (i: number, li: Struct, x: number, w: number) => void) => {
    body();
    const indent = Math.max(...labels.map((l) => doc.widthOfString(l))) + 8;
    const l = node(root, 'L');
    labels.forEach((label, i) => {
      body();
      ensure(2 * (doc.currentLineHeight(true) + LINE_GAP));
      const li = node(l, 'LI');
      const y = doc.y;
      leaf(li, 'Lbl', () => {
        doc.text(label, left, y, { width: indent, lineBreak: false });
      });
      doc.y = y;
      drawBody(i, li, left + indent, width - indent);
      li.end();
      doc.moveDown(0.35);
    });
    l.end();
  };

  // ---- Cover ----
  doc.markContent('Artifact', { type: 'Layout' });
  doc.rect(0, 0, doc.page.width, 14).fill(GREEN);
  doc.rect(left, 300, 60, 3).fill(GREEN);
  doc.endMarkedContent();

  leaf(root, 'P', () => {
    doc.font('bold').fontSize(12).fillColor(GREEN).text(issuer.toUpperCase(), left, 80, { width, characterSpacing: 2 });
  });
  leaf(root, 'P', () => {
    doc.font('regular').fontSize(12).fillColor(GREY).text(L.kind, left, 110, { width });
  });
  leaf(root, 'H1', () => {
    doc.font('bold').fontSize(title.length > 140 ? 20 : 26).fillColor(BLACK).text(title, left, 150, { width, lineGap: 2 });
  });
  doc.y = Math.max(doc.y + 24, 320);
  leaf(root, 'P', () => {
    doc.font('bold').fontSize(13).fillColor(BLACK).text(`${L.campaign}: `, left, doc.y, { width, continued: true, lineGap: 3 });
    doc.font('regular').text(campaign);
  });
  doc.moveDown(0.6);
  leaf(root, 'P', () => {
    doc.font('regular').fontSize(12).fillColor(BLACK).text(DAY[locale].format(input.date), left, doc.y, { width, lineGap: 3 });
  });
  leaf(root, 'P', () => {
    doc.text(`${L.version} ${version}`, left, doc.y, { width, lineGap: 3 });
  });
  leaf(root, 'P', () => {
    doc.text(issuer, left, doc.y, { width, lineGap: 3 });
  });
  doc.moveDown(0.6);
  const urlPara = node(root, 'P');
  doc.font('regular').fontSize(11).fillColor(GREEN);
  link(urlPara, campaignUrl, campaignUrl, { width, lineGap: 3 });
  urlPara.end();

  // ---- Executive summary ----
  doc.addPage();
  const summary = cleanText(input.summary)
    .split(/\n[ \u00a0]*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  if (summary.length > 0) {
    sectionHeading(L.summary);
    for (const p of summary) {
      body();
      paragraph(root, p);
      doc.moveDown(0.5);
    }
  }

  // ---- Body ----
  const markdown = absoluteLinks(cleanMarkdown(input.body), input.siteUrl);
  if (markdown.trim()) {
    if (!atTop()) doc.moveDown(0.3);
    for (const block of markdownBlocks(markdown)) {
      body();
      if (block.type === '') {
        doc.moveDown(0.5);
      } else if (block.type === 'L') {
        const l = node(root, 'L');
        const items = block.items ?? [];
        items.forEach((item, i) => {
          body();
          ensure(2 * (doc.currentLineHeight(true) + LINE_GAP));
          const li = node(l, 'LI');
          leaf(li, 'LBody', () => writeMarkdown(doc, item));
          li.end();
          // writeMarkdown spaces out each one-item list as a whole list; items of one list sit closer.
          if (i < items.length - 1) doc.moveUp(0.3);
        });
        l.end();
      } else if (block.type === 'Code') {
        // Code is an inline type: a block of it sits in a paragraph.
        const p = node(root, 'P');
        leaf(p, 'Code', () => writeMarkdown(doc, block.source));
        p.end();
      } else {
        if (/^H\d$/.test(block.type)) ensure(KEEP_WITH_HEADING);
        leaf(root, block.type, () => writeMarkdown(doc, block.source));
      }
    }
  }

  // ---- Recommendations ----
  const recommendations = input.recommendations.map(cleanText).map((r) => r.trim()).filter(Boolean);
  if (recommendations.length > 0) {
    sectionHeading(L.recommendations);
    list(
      recommendations.map((_, i) => `${i + 1}.`),
      (i, li, x, w) => leaf(li, 'LBody', () => doc.text(recommendations[i], x, doc.y, { width: w, lineGap: LINE_GAP })),
    );
  }

  // ---- Support ----
  sectionHeading(L.support);
  const confirmed = Math.max(0, Math.trunc(input.signatures.confirmed) || 0);
  const seen = new Set<string>();
  const organisations = input.signatures.organisations.map(cleanLine).filter((o) => {
    const key = o.toLocaleLowerCase(LANG[locale]);
    if (!o || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  body();
  if (confirmed === 0 && organisations.length === 0) {
    paragraph(root, L.noSignatures);
  } else {
    leaf(root, 'P', () => {
      doc.font('bold').text(L.signatures(confirmed, COUNT[locale].format(confirmed)), left, doc.y, { width, lineGap: LINE_GAP });
    });
    doc.moveDown(0.5);
    body();
    if (organisations.length === 0) {
      paragraph(root, L.noOrganisations);
    } else {
      ensure(3 * (doc.currentLineHeight(true) + LINE_GAP));
      paragraph(root, L.organisations(organisations.length));
      doc.moveDown(0.3);
      list(
        organisations.map(() => '•'),
        (i, li, x, w) => leaf(li, 'LBody', () => doc.text(organisations[i], x, doc.y, { width: w, lineGap: LINE_GAP })),
      );
    }
  }

  // ---- Sources ----
  const citations = input.citations
    .map((c) => ({ text: cleanText(c.text).trim(), url: resolveCitationUrl(c.url, input.siteUrl) }))
    .filter((c) => c.text || c.url);
  if (citations.length > 0) {
    sectionHeading(L.sources);
    list(
      citations.map((_, i) => `[${i + 1}]`),
      (i, li, x, w) => {
        const c = citations[i];
        const lb = node(li, 'LBody');
        if (c.text) {
          body();
          leaf(lb, 'P', () => doc.text(c.text, x, doc.y, { width: w, lineGap: LINE_GAP }));
        }
        if (c.url) {
          doc.font('regular').fontSize(BODY - 1).fillColor(GREEN);
          const p = node(lb, 'P');
          link(p, c.url, c.url, { width: w, lineGap: 1 });
          p.end();
        }
        lb.end();
      },
    );
  }

  // ---- Contact ----
  sectionHeading(L.contact);
  body();
  paragraph(root, contactName);
  if (contactEmail) {
    const p = node(root, 'P');
    leaf(p, 'Span', () => doc.text(`${L.email}: `, left, doc.y, { width, continued: true, lineGap: LINE_GAP }));
    doc.fillColor(GREEN);
    link(p, contactEmail, /^[^\s@]+@[^\s@]+$/.test(contactEmail) ? `mailto:${contactEmail}` : '', { lineGap: LINE_GAP });
    p.end();
  }
  root.end();

  // ---- Footers, now that every page exists: the title (cut to one line) and the page number ----
  const range = doc.bufferedPageRange();
  const total = range.count;
  for (let i = range.start + 1; i < range.start + total; i++) {
    doc.switchToPage(i);
    doc.font('regular').fontSize(9);
    const number = ` · ${L.page(i - range.start + 1, total)}`;
    let shown = title;
    if (doc.widthOfString(shown + number) > width) {
      const chars = Array.from(title).slice(0, 200); // by code point, so no surrogate pair is split
      while (chars.length > 1 && doc.widthOfString(`${chars.join('')}…${number}`) > width) chars.pop();
      shown = `${chars.join('').trimEnd()}…`;
    }
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0; // the footer sits inside the bottom margin: no automatic page break for it
    doc.markContent('Artifact', { type: 'Pagination' });
    doc.fillColor(GREY).text(shown + number, left, doc.page.height - 40, { width, align: 'center', lineBreak: false });
    doc.endMarkedContent();
    doc.page.margins.bottom = bottom;
  }
  doc.end();
  return done;
}
