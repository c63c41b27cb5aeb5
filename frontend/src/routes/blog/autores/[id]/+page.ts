// A public page to read whose only form is a plain GET: sent as plain HTML, without the client-side app.
export const csr = false;
