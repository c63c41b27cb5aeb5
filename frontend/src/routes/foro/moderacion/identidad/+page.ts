// Sent as plain HTML, without the client-side app: a deliberate, ordinary form post, and the identity it
// reveals is never copied into a script of the page.
export const csr = false;
