// Sent as plain HTML, without the client-side app: its forms are ordinary form posts (which is how they work
// without JavaScript too), and the page, with a form for every post, does not carry a second copy of its data.
export const csr = false;
