// Sent as plain HTML, without the client-side app: its forms are ordinary form posts (which is how they
// work without JavaScript too), and while certificates are being issued a plain <meta refresh> reloads it.
export const csr = false;
