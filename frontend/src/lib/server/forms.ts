import type { Locale } from '$lib/i18n';
import { t } from '$lib/i18n';

export type FieldErrors = Record<string, string>;

/** A text field of a submitted form ('' when missing or a file). */
export function text(data: FormData, name: string): string {
	const value = data.get(name);
	return typeof value === 'string' ? value : '';
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function checkEmail(locale: Locale, email: string, errors: FieldErrors, field = 'email'): void {
	if (!email) errors[field] = t(locale, 'validation.emailRequired');
	else if (email.length > 254 || !EMAIL.test(email)) errors[field] = t(locale, 'validation.emailInvalid');
}

export function checkNewPassword(locale: Locale, password: string, errors: FieldErrors, field = 'password'): void {
	if (!password) errors[field] = t(locale, 'validation.passwordRequired');
	else if (password.length < 10) errors[field] = t(locale, 'validation.passwordShort');
	else if (password.length > 200) errors[field] = t(locale, 'validation.passwordLong');
}

export function checkDisplayName(locale: Locale, displayName: string, errors: FieldErrors): void {
	if (displayName.length < 2 || displayName.length > 60) errors.displayName = t(locale, 'validation.displayNameLength');
}

export function hasErrors(errors: FieldErrors): boolean {
	return Object.keys(errors).length > 0;
}

/** Typed field errors for an action's result (so every result of an action has the same shape). */
export function errs(init: FieldErrors = {}): FieldErrors {
	return init;
}
