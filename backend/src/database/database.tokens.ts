/** The resolved connection string (from DATABASE_URL or the embedded server). */
export const DATABASE_URL = Symbol('DATABASE_URL');
