// Public reading pages (and their 404 and 429 pages) with a GET form: no client-side app is needed, so
// none is sent (lighter on slow phones; the QR code on a printed certificate is often opened on one).
export const csr = false;
