import { describeError } from '../../common/http/exception.filter';
import { Inject, Injectable, Logger, type BeforeApplicationShutdown, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { Client } from 'pg';
import type { RawData, WebSocket } from 'ws';
import { translate, ruleMessage, type MessageKey } from '../../common/i18n/messages';
import { AppException, ValidationFailedException } from '../../common/http/app-exception';
import type { Locale } from '../users/user.entity';
import { APP_OPTIONS, DATABASE_URL, type AppOptions } from '../../database/database.tokens';
import type { User } from '../users/user.entity';
import { ChatService, REPLAY_MAX } from './chat.service';
import { CHAT_CHANNEL, CLOSE, type ChatEvent, type ChatMessageView, type ServerFrame } from './chat.types';

/** One open WebSocket in a class chat. */
export interface ChatClient {
  ws: WebSocket;
  user: Pick<User, 'id' | 'roles' | 'displayName'>;
  sessionId: string;
  classId: string;
  locale: Locale;
  canModerate: boolean;
  muted: boolean;
  /** The last message number this client has been sent. */
  lastSeq: number;
  /** Frames heard while the client's missed messages are being read; sent (without repeats) right after. */
  pending: { seq?: number; frame: string | Buffer }[] | null;
  alive: boolean;
  /** The client's frames are handled one at a time, so its messages keep the order it sent them in. */
  chain: Promise<void>;
}

function textOf(data: RawData): string {
  if (Array.isArray(data)) return Buffer.concat(data).toString('utf8');
  return Buffer.isBuffer(data) ? data.toString('utf8') : Buffer.from(new Uint8Array(data)).toString('utf8');
}

const HEARTBEAT_MS = 30_000;
/** Membership and sessions of connected members are checked again this often (a learner removed from the class, a session ended). */
const RECHECK_MS = 60_000;
const REF_MAX = 64;
export const MAX_SOCKETS_PER_MEMBER = 10;

/**
 * The live side of class chat on this instance: the WebSockets of each room, and one PostgreSQL connection
 * LISTENing on the chat channel. Every instance hears every committed post, deletion and mute (NOTIFY is
 * sent in the transaction that makes them) and passes it to its own sockets in that room, so a message
 * reaches members connected to any instance behind a load balancer. If the LISTEN connection drops, it is
 * opened again and each room is caught up from the table by message number.
 */
@Injectable()
export class ChatHub implements OnModuleInit, BeforeApplicationShutdown, OnApplicationShutdown {
  private readonly logger = new Logger('chat');
  private readonly rooms = new Map<string, Set<ChatClient>>();
  /** Open sockets per member on this instance (capped: a few tabs and devices, not a flood). */
  private readonly perUser = new Map<string, number>();
  /** The last message number delivered in each room on this instance (to catch up after a lost connection). */
  private readonly roomSeq = new Map<string, number>();
  private listener?: Client;
  private stopping = false;
  private reconnectDelay = 1000;
  private reconnectTimer?: NodeJS.Timeout;
  private heartbeat?: NodeJS.Timeout;
  private recheck?: NodeJS.Timeout;
  /** Events are handled one after another, in the order PostgreSQL delivered them. */
  private queue: Promise<void> = Promise.resolve();

  constructor(
    private readonly chat: ChatService,
    @Inject(DATABASE_URL) private readonly databaseUrl: string,
    @Inject(APP_OPTIONS) private readonly options: AppOptions,
  ) {}

  async onModuleInit(): Promise<void> {
    if (this.options.connect === false) return;
    await this.listen();
    this.heartbeat = setInterval(() => this.beat(), HEARTBEAT_MS).unref();
    this.recheck = setInterval(() => {
      if (this.stopping) return;
      this.recheckMembers().catch((err: unknown) => this.logger.warn({ err: describeError(err) }, 'chat membership check failed'));
    }, RECHECK_MS).unref();
  }

  /**
   * Before the HTTP server and the WebSocket server close: each client is told "going away" (1001), so it
   * reconnects (to another instance) rather than treating it as a network failure. Waits up to a second.
   */
  async beforeApplicationShutdown(): Promise<void> {
    this.stopping = true;
    const clients = [...this.rooms.values()].flatMap((r) => [...r]);
    this.rooms.clear();
    await Promise.all(
      clients.map(
        (c) =>
          new Promise<void>((resolve) => {
            if (c.ws.readyState === c.ws.CLOSED) return resolve();
            const timer = setTimeout(resolve, 1000);
            c.ws.once('close', () => {
              clearTimeout(timer);
              resolve();
            });
            c.ws.close(CLOSE.goingAway, 'server shutting down');
          }),
      ),
    );
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopping = true;
    clearInterval(this.heartbeat);
    clearInterval(this.recheck);
    clearTimeout(this.reconnectTimer);
    this.rooms.clear();
    await this.queue.catch(() => undefined);
    const listener = this.listener;
    this.listener = undefined;
    await listener?.end().catch(() => undefined);
  }

  /** Number of sockets open on this instance (for tests and health). */
  get connections(): number {
    let n = 0;
    for (const room of this.rooms.values()) n += room.size;
    return n;
  }

  /**
   * Opens the LISTEN connection. After a lost one (`lostAt`), catching up is queued ahead of every event the
   * new connection hears, so a live message cannot overtake the ones missed before it.
   */
  private async listen(lostAt?: Date): Promise<void> {
    let release!: () => void;
    if (lostAt) {
      const gate = new Promise<void>((r) => (release = r));
      this.queue = this.queue
        .then(() => gate)
        .then(() => this.catchUp(lostAt))
        .catch((err: unknown) => this.logger.error({ err: describeError(err) }, 'chat catch-up failed'));
    }
    const client = new Client({ connectionString: this.databaseUrl, application_name: 'puente-chat' });
    client.on('notification', (n) => {
      if (n.channel !== CHAT_CHANNEL || !n.payload) return;
      const payload = n.payload;
      this.queue = this.queue.then(() => this.handle(payload)).catch((err: unknown) => this.logger.error({ err: describeError(err) }, 'chat event failed'));
    });
    const lost = (err?: Error) => {
      if (this.listener !== client) return;
      this.listener = undefined;
      client.end().catch(() => undefined);
      if (this.stopping) return;
      this.logger.warn({ err: err ? { message: err.message } : undefined }, 'chat listener connection lost; reconnecting');
      this.scheduleReconnect(new Date());
    };
    client.on('error', lost);
    client.on('end', () => lost());
    try {
      await client.connect();
      await client.query(`LISTEN ${CHAT_CHANNEL}`);
    } catch (err) {
      await client.end().catch(() => undefined);
      throw err;
    } finally {
      // Once listening (or not: the next attempt queues its own catch-up), what was missed is read.
      if (lostAt) release();
    }
    this.listener = client;
    this.reconnectDelay = 1000;
  }

  private scheduleReconnect(lostAt: Date): void {
    clearTimeout(this.reconnectTimer);
    this.reconnectTimer = setTimeout(() => {
      this.listen(lostAt).catch((err: unknown) => {
        this.logger.warn({ err: describeError(err) }, 'chat listener could not reconnect');
        this.reconnectDelay = Math.min(this.reconnectDelay * 2, 15_000);
        if (!this.stopping) this.scheduleReconnect(lostAt);
      });
    }, this.reconnectDelay);
    this.reconnectTimer.unref();
  }

  /**
   * After the LISTEN connection came back: what each room missed meanwhile, read from the tables — new
   * messages by number, deletions made since the connection was lost, and each member's muted state.
   */
  private async catchUp(lostAt: Date): Promise<void> {
    const since = new Date(lostAt.getTime() - 5_000);
    for (const classId of [...this.rooms.keys()]) {
      const from = this.roomSeq.get(classId) ?? 0;
      const missed = await this.chat.since(classId, from, REPLAY_MAX + 1);
      if (missed.length > REPLAY_MAX) {
        this.broadcast(classId, JSON.stringify({ type: 'gap' } satisfies ServerFrame));
        this.roomSeq.set(classId, await this.chat.lastSeq(classId));
      } else {
        for (const m of missed) this.deliver(classId, m);
      }
      for (const seq of await this.chat.deletedSince(classId, since)) this.broadcast(classId, JSON.stringify({ type: 'deleted', seq } satisfies ServerFrame));
      const muted = new Set((await this.chat.mutes(classId)).map((m) => m.userId));
      for (const c of this.rooms.get(classId) ?? []) {
        if (c.canModerate || c.muted === muted.has(c.user.id)) continue;
        c.muted = muted.has(c.user.id);
        this.sendTo(c, JSON.stringify({ type: 'muted', muted: c.muted } satisfies ServerFrame));
      }
    }
  }

  /** Test hook: drops the LISTEN connection as a network failure would. */
  dropListenerForTest(): void {
    this.listener?.emit('error', new Error('dropped by test'));
  }

  private async handle(payload: string): Promise<void> {
    let event: ChatEvent;
    try {
      event = JSON.parse(payload) as ChatEvent;
    } catch {
      return;
    }
    if (!this.rooms.has(event.c)) return;
    if (event.k === 'message') {
      if ('m' in event) this.deliver(event.c, event.m);
      else for (const m of await this.chat.since(event.c, event.s - 1, 1)) this.deliver(event.c, m);
    } else if (event.k === 'deleted') {
      this.broadcast(event.c, JSON.stringify({ type: 'deleted', seq: event.s } satisfies ServerFrame));
    } else if (event.k === 'muted') {
      const frame = JSON.stringify({ type: 'muted', muted: event.muted } satisfies ServerFrame);
      for (const c of this.rooms.get(event.c) ?? []) {
        if (c.user.id !== event.u || c.canModerate) continue;
        c.muted = event.muted;
        this.sendTo(c, frame);
      }
    }
  }

  /** One serialisation per message, the same string to every socket of the room. */
  private deliver(classId: string, m: ChatMessageView): void {
    if (m.seq > (this.roomSeq.get(classId) ?? 0)) this.roomSeq.set(classId, m.seq);
    const room = this.rooms.get(classId);
    if (!room) return;
    // Encoded once for the whole room: each socket gets the same bytes as a text frame.
    const frame = Buffer.from(JSON.stringify({ type: 'message', message: m } satisfies ServerFrame));
    for (const c of room) {
      if (c.pending) c.pending.push({ seq: m.seq, frame });
      else if (m.seq > c.lastSeq) {
        c.lastSeq = m.seq;
        this.sendTo(c, frame);
      }
    }
  }

  private broadcast(classId: string, frame: string): void {
    for (const c of this.rooms.get(classId) ?? []) this.sendTo(c, frame);
  }

  private sendTo(c: ChatClient, frame: string | Buffer): void {
    if (c.pending) c.pending.push({ frame });
    else if (c.ws.readyState === c.ws.OPEN) c.ws.send(frame, { binary: false });
  }

  /**
   * Adds an authenticated member's socket to its room: `ready`, then what it missed since `after` (at most
   * REPLAY_MAX, else `gap`: reload the history), then live messages, none twice and none skipped.
   */
  async join(c: Omit<ChatClient, 'pending' | 'alive' | 'lastSeq' | 'chain'>, after: number | undefined, early: { frames: RawData[]; listener: (data: RawData) => void }): Promise<void> {
    if (c.ws.readyState !== c.ws.OPEN) return;
    const open = this.perUser.get(c.user.id) ?? 0;
    if (open >= MAX_SOCKETS_PER_MEMBER) {
      c.ws.close(CLOSE.tooMany, 'too many connections');
      return;
    }
    this.perUser.set(c.user.id, open + 1);
    const client: ChatClient = { ...c, pending: [], alive: true, lastSeq: 0, chain: Promise.resolve() };
    let room = this.rooms.get(c.classId);
    if (!room) this.rooms.set(c.classId, (room = new Set()));
    room.add(client);
    client.ws.on('close', () => this.leave(client));
    client.ws.on('pong', () => (client.alive = true));
    try {
      const lastSeq = await this.chat.lastSeq(c.classId);
      if (lastSeq > (this.roomSeq.get(c.classId) ?? 0)) this.roomSeq.set(c.classId, lastSeq);
      const frames: (string | Buffer)[] = [JSON.stringify({ type: 'ready', classId: c.classId, lastSeq, muted: c.muted, canModerate: c.canModerate } satisfies ServerFrame)];
      if (after !== undefined && after < lastSeq) {
        const missed = await this.chat.since(c.classId, after, REPLAY_MAX + 1);
        if (missed.length > REPLAY_MAX) {
          frames.push(JSON.stringify({ type: 'gap' } satisfies ServerFrame));
          client.lastSeq = lastSeq;
        } else {
          for (const m of missed) frames.push(JSON.stringify({ type: 'message', message: m } satisfies ServerFrame));
          client.lastSeq = Math.max(after, missed.at(-1)?.seq ?? after);
        }
      } else {
        client.lastSeq = after === undefined ? lastSeq : Math.min(after, lastSeq);
      }
      // Messages the client already shows may have been deleted while it was away: say which.
      if (after !== undefined && after > 0) {
        for (const seq of await this.chat.deletedBetween(c.classId, Math.max(0, after - REPLAY_MAX), after)) frames.push(JSON.stringify({ type: 'deleted', seq } satisfies ServerFrame));
      }
      for (const p of client.pending!) {
        if (p.seq === undefined) frames.push(p.frame);
        else if (p.seq > client.lastSeq) {
          client.lastSeq = p.seq;
          frames.push(p.frame);
        }
      }
      client.pending = null;
      for (const f of frames) if (client.ws.readyState === client.ws.OPEN) client.ws.send(f, { binary: false });
      // Frames sent while the socket was being authenticated and caught up, in order; then the live handler.
      while (early.frames.length) await this.onMessage(client, early.frames.shift()!, false);
      client.ws.off('message', early.listener);
      client.ws.on('message', (data, isBinary) => {
        client.chain = client.chain.then(() => this.onMessage(client, data, isBinary));
      });
    } catch (err) {
      this.logger.error({ err: describeError(err) }, 'chat join failed');
      client.ws.close(1011, 'server error');
    }
  }

  private leave(c: ChatClient): void {
    const open = (this.perUser.get(c.user.id) ?? 1) - 1;
    if (open > 0) this.perUser.set(c.user.id, open);
    else this.perUser.delete(c.user.id);
    const room = this.rooms.get(c.classId);
    if (!room) return;
    room.delete(c);
    if (room.size === 0) {
      this.rooms.delete(c.classId);
      this.roomSeq.delete(c.classId);
    }
  }

  private async onMessage(c: ChatClient, data: RawData, isBinary: boolean): Promise<void> {
    let ref: string | undefined;
    try {
      let parsed: unknown;
      try {
        parsed = isBinary ? undefined : JSON.parse(textOf(data));
      } catch {
        parsed = undefined;
      }
      const msg = parsed as { type?: unknown; ref?: unknown; body?: unknown } | undefined;
      if (!msg || typeof msg !== 'object' || msg.type !== 'send') {
        this.sendTo(c, this.errorFrame(c, undefined, 'chat.bad_frame'));
        return;
      }
      if (msg.ref !== undefined && (typeof msg.ref !== 'string' || msg.ref.length > REF_MAX)) {
        this.sendTo(c, this.errorFrame(c, undefined, 'chat.bad_frame'));
        return;
      }
      ref = msg.ref;
      const message = await this.chat.post(c.user, c.classId, msg.body);
      if (ref !== undefined) this.sendTo(c, JSON.stringify({ type: 'ack', ref, seq: message.seq } satisfies ServerFrame));
    } catch (e) {
      if (e instanceof ValidationFailedException) {
        const p = e.problems[0];
        const frame: ServerFrame = { type: 'error', code: 'validation.failed', field: p.field, message: ruleMessage(p.rule, p.field, c.locale, p.args), ...(ref === undefined ? {} : { ref }) };
        this.sendTo(c, JSON.stringify(frame));
      } else if (e instanceof AppException) {
        if (e.key === 'chat.not_member' || e.key === 'classes.not_found') {
          c.ws.close(CLOSE.forbidden, 'not a member');
          return;
        }
        this.sendTo(c, this.errorFrame(c, ref, e.key, e.params));
      } else {
        this.logger.error({ err: describeError(e) }, 'chat post failed');
        this.sendTo(c, this.errorFrame(c, ref, 'internal'));
      }
    }
  }

  private errorFrame(c: ChatClient, ref: string | undefined, key: MessageKey, params: Record<string, string | number> = {}): string {
    const frame: ServerFrame = { type: 'error', code: key, message: translate(key, c.locale, params), ...(ref === undefined ? {} : { ref }) };
    return JSON.stringify(frame);
  }

  /** Sockets that did not answer the last ping are closed (a phone that lost its network). */
  private beat(): void {
    for (const room of this.rooms.values()) {
      for (const c of room) {
        if (!c.alive) {
          c.ws.terminate();
          continue;
        }
        c.alive = false;
        c.ws.ping();
      }
    }
  }

  /** Closes the sockets of people who left the class or whose session ended since they connected. */
  async recheckMembers(): Promise<void> {
    const sessions = [...this.rooms.values()].flatMap((r) => [...r].map((c) => c.sessionId));
    if (sessions.length === 0) return;
    const live = new Set(await this.chat.liveSessions(sessions));
    // One query per room, however many sockets it has.
    for (const [classId, room] of [...this.rooms]) {
      const clients = [...room];
      const members = new Set(await this.chat.membersAmong(classId, clients.map((c) => c.user.id)));
      for (const c of clients) {
        if (!live.has(c.sessionId)) c.ws.close(CLOSE.unauthenticated, 'session ended');
        else if (!members.has(c.user.id) && !c.user.roles.includes('admin')) c.ws.close(CLOSE.forbidden, 'not a member');
      }
    }
  }
}
