import type { components } from '$lib/api/schema';
import type { Locale } from '$lib/i18n';

type Schemas = components['schemas'];
export type OfficialLevel = Schemas['OfficialResponse']['level'];
export type Audience = Schemas['CampaignSummary']['audiences'][number];
export type CampaignStatus = Schemas['CampaignSummary']['status'];
export type DeliveryStatus = Schemas['DeliveryResponse']['status'];
export type ReplyChannel = Schemas['ReplyResponse']['channel'];
export type RecipientOutcome = Schemas['SendRecipient']['outcome'];

/** In the order the forms list them. */
export const LEVELS: readonly OfficialLevel[] = ['national', 'regional', 'local', 'eu', 'consular', 'ngo', 'international'];
export const AUDIENCES: readonly Audience[] = ['ngos', 'families', 'political', 'government', 'students'];
export const CHANNELS: readonly ReplyChannel[] = ['email', 'letter', 'phone', 'meeting', 'other'];
export const DELIVERY_STATUSES: readonly DeliveryStatus[] = ['queued', 'sending', 'sent', 'failed', 'bounced', 'replied'];

export function isLevel(value: unknown): value is OfficialLevel {
	return typeof value === 'string' && (LEVELS as readonly string[]).includes(value);
}
export function isAudience(value: unknown): value is Audience {
	return typeof value === 'string' && (AUDIENCES as readonly string[]).includes(value);
}
export function isChannel(value: unknown): value is ReplyChannel {
	return typeof value === 'string' && (CHANNELS as readonly string[]).includes(value);
}

/** "ES" → "España" / "Spain" (the code itself when the runtime does not know it). */
export function countryName(code: string, locale: Locale): string {
	try {
		const name = new Intl.DisplayNames([locale], { type: 'region' }).of(code);
		return name && name !== code ? name : code;
	} catch {
		return code;
	}
}

export interface Citation {
	text: string;
	url: string | null;
}

/** Citations as the textarea shows them: one a line, `text | url`. */
export function citationLines(citations: readonly Citation[]): string {
	return citations.map((c) => (c.url ? `${c.text} | ${c.url}` : c.text)).join('\n');
}

/** One `text | url` line: the link is what follows the last `|` (none when there is no `|`). */
export function parseCitation(line: string): Citation {
	const bar = line.lastIndexOf('|');
	if (bar === -1) return { text: line.trim(), url: null };
	return { text: line.slice(0, bar).trim(), url: line.slice(bar + 1).trim() || null };
}

/** The non-empty lines of a textarea, trimmed. */
export function lines(value: string): string[] {
	return value
		.split(/\r\n?|\n/)
		.map((l) => l.trim())
		.filter(Boolean);
}
