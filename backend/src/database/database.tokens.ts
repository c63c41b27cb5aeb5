/** The resolved connection string (from DATABASE_URL or the embedded server). */
export const DATABASE_URL = Symbol('DATABASE_URL');

/** How the app module was built: `connect: false` builds it without touching a database (OpenAPI export). */
export interface AppOptions {
  connect?: boolean;
}
export const APP_OPTIONS = Symbol('APP_OPTIONS');
