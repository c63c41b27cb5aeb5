// Plain forms: sent as plain HTML, without the client-side app.
export const csr = false;
