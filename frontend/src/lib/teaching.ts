import type { components } from '$lib/api/schema';
import type { MessageKey } from '$lib/i18n';

export type ClassMode = components['schemas']['CreateClassRequest']['mode'];
export type EnrolmentStatus = components['schemas']['RosterLearner']['status'];
export type SubmissionState = components['schemas']['RosterAssignment']['status'];

export const MODES: readonly ClassMode[] = ['online', 'in_person', 'hybrid'];

export function isMode(value: unknown): value is ClassMode {
	return typeof value === 'string' && (MODES as readonly string[]).includes(value);
}

/** The zones a class can be in: where Puente's people live (Spain, Ecuador) and nearby diaspora cities. */
export const TIME_ZONES = [
	'Europe/Madrid',
	'Atlantic/Canary',
	'America/Guayaquil',
	'Pacific/Galapagos',
	'Europe/London',
	'Europe/Rome',
	'Europe/Brussels',
	'America/New_York',
	'America/Bogota'
] as const;
export type TimeZone = (typeof TIME_ZONES)[number];

export function isTimeZone(value: unknown): value is TimeZone {
	return typeof value === 'string' && (TIME_ZONES as readonly string[]).includes(value);
}

/** The readable name of a zone ("Canarias"), or the IANA name for a zone created elsewhere. */
export function zoneName(tr: (key: MessageKey) => string, zone: string): string {
	return isTimeZone(zone) ? tr(`teach.tz.${zone}`) : zone;
}
