// A reading page: no client-side app needed, so none is sent (lighter on slow phones).
export const csr = false;
