// A reading page: hydrating would send the whole lesson a second time (as data). Its one form works
// without JavaScript, so none is sent (lighter on slow phones).
export const csr = false;
