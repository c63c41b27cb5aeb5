// Law comparison (issue 8): what a topic page costs a reader on the wire — the HTML and every stylesheet and
// script it loads, compressed as the server sends them to a browser that accepts gzip and brotli.
import { request } from 'node:http';

/** The bytes the server puts on the wire for one GET (compressed body as sent, headers not counted). */
function wireBytes(url) {
  return new Promise((ok, fail) => {
    const req = request(url, { headers: { 'accept-encoding': 'br, gzip, deflate', accept: 'text/html,*/*' } }, (res) => {
      let bytes = 0;
      const chunks = [];
      res.on('data', (c) => {
        bytes += c.length;
        chunks.push(c);
      });
      res.on('end', () => ok({ status: res.statusCode, bytes, encoding: res.headers['content-encoding'] ?? 'identity', body: Buffer.concat(chunks) }));
      res.on('error', fail);
    });
    req.on('error', fail);
    req.end();
  });
}

/** The page's own HTML (uncompressed, to find what it links) fetched once more without compression. */
function plain(url) {
  return fetch(url, { headers: { 'accept-encoding': 'identity' } }).then((r) => r.text());
}

/**
 * The page and its assets: stylesheets (<link rel="stylesheet">), scripts (<script src>) and module preloads;
 * images and fonts are not counted (a topic page has none). Returns bytes per kind and in all.
 */
export async function pageWeight(base, path) {
  const page = await wireBytes(`${base}${path}`);
  if (page.status !== 200) throw new Error(`${path}: HTTP ${page.status}`);
  const html = await plain(`${base}${path}`);
  const assets = new Set();
  for (const m of html.matchAll(/<link\b[^>]*\brel="(?:stylesheet|modulepreload)"[^>]*>/g)) {
    const href = /\bhref="([^"]+)"/.exec(m[0]);
    if (href) assets.add(href[1]);
  }
  for (const m of html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)) assets.add(m[1]);
  for (const m of html.matchAll(/import\("([^"]+\.js)"\)/g)) assets.add(m[1]);
  const weights = { html: page.bytes, css: 0, js: 0, htmlEncoding: page.encoding, htmlUncompressed: Buffer.byteLength(html), assets: [] };
  for (const a of assets) {
    const url = new URL(a, `${base}${path}`).toString();
    const r = await wireBytes(url);
    const kind = /\.css(\?|$)/.test(url) ? 'css' : 'js';
    weights[kind] += r.bytes;
    weights.assets.push({ url: url.replace(base, ''), bytes: r.bytes, encoding: r.encoding });
  }
  weights.total = weights.html + weights.css + weights.js;
  return weights;
}
