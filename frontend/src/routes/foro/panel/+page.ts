// A page to read: sent as plain HTML, without the client-side app.
export const csr = false;
