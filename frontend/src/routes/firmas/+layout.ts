// Pages opened from the confirmation email, with one button each: they work as plain forms, so no
// client-side app is sent.
export const csr = false;
