// Sent as plain HTML, without the client-side app: every form is an ordinary form post (POST, redirect,
// GET), which is how it works without JavaScript too.
export const csr = false;
