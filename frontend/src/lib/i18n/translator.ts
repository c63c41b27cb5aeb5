import { page } from '$app/state';
import { DEFAULT_LOCALE, t, type MessageKey, type Params } from './index';

/** For components: a `t` bound to the current page's language (from the root layout's data). */
export function translator(): (key: MessageKey, params?: Params) => string {
	return (key, params) => t(page.data.locale ?? DEFAULT_LOCALE, key, params);
}
