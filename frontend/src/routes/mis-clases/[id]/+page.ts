// The roster can be long: the page is sent as plain HTML, without the client-side app and a second copy of
// its data for hydration. Its forms are ordinary form posts, which is how they work without JavaScript too.
export const csr = false;
