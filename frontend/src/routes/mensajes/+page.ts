// Links and nothing else: sent as plain HTML, without the client-side app.
export const csr = false;
