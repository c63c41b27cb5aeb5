// Long instructions and the learner's own texts: hydrating would send all that text a second time (as
// data). The form works without JavaScript, so none is sent (lighter on slow phones).
export const csr = false;
