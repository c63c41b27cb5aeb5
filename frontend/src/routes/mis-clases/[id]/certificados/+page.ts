// Sent as plain HTML, without the client-side app: its forms are ordinary form posts (which is how they
// work without JavaScript too); while certificates are being issued, a link shows the latest progress.
export const csr = false;
