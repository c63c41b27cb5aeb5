import type { components } from '$lib/api/schema';
import type { MessageKey } from '$lib/i18n';

export type Certificate = components['schemas']['CertificateResponse'];
export type ManagedCertificate = components['schemas']['ManagedCertificate'];
export type Batch = components['schemas']['BatchResponse'];

/** Certificate codes: 25 characters of RFC 4648 base32 (A–Z and 2–7), printed in groups of five. */
export const CODE_LENGTH = 25;
const CODE = /^[A-Z2-7]{25}$/;

/** A code as people type or read it (lower case, dashes, spaces) in its stored form, as the API reads it. */
export function cleanCode(input: string): string {
	return input.toUpperCase().replace(/[\s-]/g, '');
}

/** The stored form of a typed code, or null when it cannot be one. */
export function normaliseCode(input: string): string | null {
	const code = cleanCode(input);
	return CODE.test(code) ? code : null;
}

/** Why a typed code cannot be one (message key and its count), or null when it has the right shape. */
export function codeProblem(input: string): { key: MessageKey; count: number } | null {
	const code = cleanCode(input);
	if (!code) return { key: 'verifyCert.v.empty', count: 0 };
	if (/[^A-Z2-7]/.test(code)) return { key: 'verifyCert.v.chars', count: code.length };
	if (code.length !== CODE_LENGTH) return { key: 'verifyCert.v.length', count: code.length };
	return null;
}

/** The same-origin addresses of a certificate's PDF, signed credential and public verification page. */
export function certificateLinks(code: string): { pdf: string; credential: string; verify: string } {
	const c = encodeURIComponent(code);
	return { pdf: `/api/certificates/${c}/pdf`, credential: `/api/certificates/${c}/credential`, verify: `/verificar/${c}` };
}

/** The calendar day of an instant as the PDF prints it (UTC), for `formatDay`. */
export function utcDay(iso: string): string {
	return iso.slice(0, 10);
}
