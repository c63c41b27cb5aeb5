// Sent as plain HTML, without the client-side app: its forms are ordinary form posts (which is how they
// work without JavaScript too), and the page does not carry a second copy of its data for hydration.
export const csr = false;
