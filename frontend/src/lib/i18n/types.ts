import type { es } from './es';

export type MessageKey = keyof typeof es;

/** The shape every language must have: exactly the keys of the Spanish reference. */
export type Messages = { readonly [K in MessageKey]: string };

export type Locale = 'es' | 'en';

export type Params = Record<string, string | number>;
