import type { components } from '$lib/api/schema';
import type { Locale } from '$lib/i18n/types';

declare global {
	namespace App {
		interface Error {
			message: string;
		}
		interface Locals {
			/** es | en: the `lang` cookie, else Accept-Language, else es. */
			locale: Locale;
			/** The account behind the `session` cookie, as the API reports it (never read from the cookie). */
			user: components['schemas']['UserResponse'] | null;
		}
		interface PageData {
			locale: Locale;
			user: components['schemas']['UserResponse'] | null;
		}
		// interface PageState {}
		// interface Platform {}
	}
}

export {};
