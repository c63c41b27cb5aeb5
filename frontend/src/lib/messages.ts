import type { components } from '$lib/api/schema';
import type { ReportReason } from '$lib/forum';

export type ThreadSummary = components['schemas']['ThreadSummary'];
export type ThreadDetail = components['schemas']['ThreadDetail'];
export type MessageView = components['schemas']['MessageView'];
export type MessageContact = components['schemas']['MessageContact'];
export type BlockView = components['schemas']['BlockView'];
export type WhoCanMessage = components['schemas']['MessageSettingsView']['whoCanMessage'];

/** As the API (messages.dto.ts). */
export const BODY_MAX = 5000;
export const WHO_CAN_MESSAGE = Object.keys({ everyone: 1, classmates: 1, nobody: 1 } satisfies Record<WhoCanMessage, 1>) as WhoCanMessage[];
export const isWhoCanMessage = (v: unknown): v is WhoCanMessage => typeof v === 'string' && (WHO_CAN_MESSAGE as string[]).includes(v);

/** The forum's report reasons that make sense for a private message ("off topic" is about the forum). */
export const MESSAGE_REPORT_REASONS: ReportReason[] = ['abuse', 'spam', 'personal_data', 'misleading', 'other'];

/** Messages per page of a thread (the API gives up to 50): keeps the page light. */
export const THREAD_PAGE_SIZE = 20;

/** Conversations per page of the inbox (the API returns them all, newest activity first). */
export const INBOX_PAGE_SIZE = 20;

/** Where "send a message to this person" goes. */
export const newMessageHref = (userId: string) => `/mensajes/nuevo?para=${encodeURIComponent(userId)}`;
