import MarkdownIt from 'markdown-it';
import type PDFDocument from 'pdfkit';
import type Token from 'markdown-it/lib/token.mjs';

const md = new MarkdownIt({ html: false, linkify: false });

type Doc = InstanceType<typeof PDFDocument>;
const SIZES = { h2: 15, h3: 12.5, h4: 11.5, body: 10.5 };

function fontFor(bold: boolean, italic: boolean): string {
  if (bold && italic) return 'boldItalic';
  if (bold) return 'bold';
  if (italic) return 'italic';
  return 'regular';
}

/** Writes inline tokens (bold, italic, code, links shown with their address) as one flowing paragraph. */
function writeInline(doc: Doc, tokens: Token[], opts: { size: number; indent?: number; prefix?: string; baseBold?: boolean }): void {
  const parts: { text: string; font: string }[] = [];
  let bold = opts.baseBold ?? false;
  let italic = false;
  let href: string | undefined;
  if (opts.prefix) parts.push({ text: opts.prefix, font: 'regular' });
  for (const t of tokens) {
    switch (t.type) {
      case 'text':
        parts.push({ text: t.content, font: fontFor(bold, italic) });
        break;
      case 'code_inline':
        parts.push({ text: t.content, font: 'mono' });
        break;
      case 'strong_open':
        bold = true;
        break;
      case 'strong_close':
        bold = opts.baseBold ?? false;
        break;
      case 'em_open':
        italic = true;
        break;
      case 'em_close':
        italic = false;
        break;
      case 'link_open':
        href = t.attrGet('href') ?? undefined;
        break;
      case 'link_close':
        if (href && /^https?:/.test(href)) parts.push({ text: ` (${href})`, font: 'regular' });
        href = undefined;
        break;
      case 'softbreak':
        parts.push({ text: ' ', font: fontFor(bold, italic) });
        break;
      case 'hardbreak':
        parts.push({ text: '\n', font: fontFor(bold, italic) });
        break;
      default:
        if (t.content) parts.push({ text: t.content, font: fontFor(bold, italic) });
    }
  }
  if (parts.length === 0) return;
  doc.fontSize(opts.size);
  const x = doc.page.margins.left + (opts.indent ?? 0);
  const width = doc.page.width - doc.page.margins.right - x;
  doc.x = x;
  parts.forEach((p, i) => {
    const continued = i < parts.length - 1;
    // Only the first segment sets the box; later ones flow on from where the previous one stopped.
    if (i === 0) doc.font(p.font).text(p.text, x, doc.y, { width, continued, lineGap: 2 });
    else doc.font(p.font).text(p.text, { continued, lineGap: 2 });
  });
}

/** Renders Markdown (headings, paragraphs, lists, tables, quotes, code) into the PDF at the cursor. */
export function writeMarkdown(doc: Doc, source: string, opts: { headingShift?: number } = {}): void {
  const tokens = md.parse(source, {});
  const lists: { ordered: boolean; n: number }[] = [];
  let pendingPrefix: string | undefined;
  let quote = 0;
  let table: string[][] | undefined;
  let row: string[] | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    switch (t.type) {
      case 'heading_open': {
        const level = Math.min(4, Math.max(2, Number(t.tag.slice(1)) + (opts.headingShift ?? 0)));
        const inline = tokens[i + 1];
        doc.moveDown(0.6);
        writeInline(doc, inline.children ?? [], { size: SIZES[`h${level}` as 'h2' | 'h3' | 'h4'], baseBold: true });
        doc.moveDown(0.3);
        i += 2;
        break;
      }
      case 'bullet_list_open':
        lists.push({ ordered: false, n: 0 });
        break;
      case 'ordered_list_open':
        lists.push({ ordered: true, n: Number(t.attrGet('start') ?? 1) - 1 });
        break;
      case 'bullet_list_close':
      case 'ordered_list_close':
        lists.pop();
        doc.moveDown(0.3);
        break;
      case 'list_item_open': {
        const list = lists[lists.length - 1];
        list.n += 1;
        pendingPrefix = list.ordered ? `${list.n}. ` : '• ';
        break;
      }
      case 'blockquote_open':
        quote += 1;
        break;
      case 'blockquote_close':
        quote -= 1;
        break;
      case 'table_open':
        table = [];
        break;
      case 'tr_open':
        row = [];
        break;
      case 'tr_close':
        if (table && row) table.push(row);
        row = undefined;
        break;
      case 'th_open':
      case 'td_open': {
        const inline = tokens[i + 1];
        row?.push(inline.type === 'inline' ? inline.content : '');
        break;
      }
      case 'table_close':
        if (table) {
          doc.font('regular').fontSize(SIZES.body - 1);
          table.forEach((cells, r) => {
            doc.font(r === 0 ? 'bold' : 'regular').text(cells.join('  |  '), doc.page.margins.left, undefined, { lineGap: 2 });
          });
          doc.moveDown(0.5);
        }
        table = undefined;
        break;
      case 'inline':
        if (table) break; // cells are written with the table
        writeInline(doc, t.children ?? [], { size: SIZES.body, indent: lists.length * 14 + quote * 14, prefix: pendingPrefix });
        pendingPrefix = undefined;
        break;
      case 'paragraph_close':
        if (!table && lists.length === 0) doc.moveDown(0.5);
        break;
      case 'fence':
      case 'code_block':
        doc.font('mono').fontSize(SIZES.body - 1).text(t.content.trimEnd(), doc.page.margins.left + 10, undefined, { lineGap: 1 });
        doc.moveDown(0.5);
        break;
      case 'hr':
        doc.moveDown(0.5);
        break;
      default:
        break;
    }
  }
}
