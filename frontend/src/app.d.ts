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
			/** A session cookie was sent but the API could not say whose it is (rate limit, outage). */
			sessionUnavailable: boolean;
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
