// A public page to read whose only form is a plain GET: sent as plain HTML, without the client-side app
// (lighter on slow phones, and the page carries no second copy of its data).
export const csr = false;
