// Public reading pages (and their 404 page) whose only form is a plain GET: no client-side app is needed,
// so none is sent (lighter on slow phones; these pages are often opened from a link in a messaging app).
export const csr = false;
