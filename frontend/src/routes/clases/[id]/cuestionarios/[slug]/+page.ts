// Fifteen long questions with their options and explanations: hydrating would send all that text a second
// time (as data). The forms work without JavaScript, so none is sent (lighter on slow phones).
export const csr = false;
