/** The PostgreSQL channel every instance LISTENs on for class-chat events. */
export const CHAT_CHANNEL = 'class_chat';

export interface ChatMessageView {
  seq: number;
  id: string;
  author: { id: string; name: string; trainer: boolean };
  /** Plain text (never HTML); empty once deleted. */
  body: string;
  createdAt: string;
  deleted: boolean;
}

/**
 * What a NOTIFY on CHAT_CHANNEL carries: a new message (whole, or only its number `s` when too large for a
 * payload), a deletion, or a member muted or unmuted. `c` is the class.
 */
export type ChatEvent =
  | { k: 'message'; c: string; m: ChatMessageView }
  | { k: 'message'; c: string; s: number }
  | { k: 'deleted'; c: string; s: number }
  | { k: 'muted'; c: string; u: string; muted: boolean };

/** Frames the server sends on the WebSocket (JSON text). */
export type ServerFrame =
  | { type: 'ready'; classId: string; lastSeq: number; muted: boolean; canModerate: boolean }
  | { type: 'message'; message: ChatMessageView }
  | { type: 'deleted'; seq: number }
  | { type: 'muted'; muted: boolean }
  | { type: 'ack'; ref: string; seq: number }
  | { type: 'gap' }
  | { type: 'error'; ref?: string; code: string; message: string; field?: string };

/** WebSocket close codes: the 4000 range is the application's. */
export const CLOSE = { badRequest: 4400, unauthenticated: 4401, forbidden: 4403, notFound: 4404, tooMany: 4429, goingAway: 1001 } as const;
