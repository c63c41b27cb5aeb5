// The home page needs no JavaScript (its only forms are the plain language and logout forms):
// ship none, so it loads fast on slow connections.
export const csr = false;
