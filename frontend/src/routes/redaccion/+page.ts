// Sent as plain HTML, without the client-side app: its one form is an ordinary form post (which is how it
// works without JavaScript too), and the page does not carry a second copy of its data for hydration.
export const csr = false;
