import { EntityManager, RequestContext } from '@mikro-orm/postgresql';
import { describeError } from '../../common/http/exception.filter';
import { Inject, Logger } from '@nestjs/common';
import { WebSocketGateway, type OnGatewayConnection } from '@nestjs/websockets';
import type { IncomingMessage } from 'node:http';
import type { RawData, WebSocket } from 'ws';
import { AppException } from '../../common/http/app-exception';
import { APP_CONFIG, type AppConfig } from '../../config/config';
import { SESSION_COOKIE, SessionService } from '../auth/session.service';
import { ChatHub } from './chat.hub';
import { ChatService } from './chat.service';
import { CLOSE } from './chat.types';

export const CHAT_PATH = '/api/chat';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function cookie(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const i = part.indexOf('=');
    if (i > 0 && part.slice(0, i).trim() === name) {
      try {
        return decodeURIComponent(part.slice(i + 1).trim());
      } catch {
        return undefined;
      }
    }
  }
  return undefined;
}

/**
 * Class chat over WebSocket: `GET /api/chat?class=<id>&after=<last message number seen>` upgraded. The
 * member signs in with their session (the cookie a browser sends, or `Authorization: Bearer`); a browser's
 * Origin must be this site's, so another site cannot open a chat with a visitor's cookie. Refusals close the
 * socket with 4400 (bad request), 4401 (not signed in), 4403 (not in the class, or a foreign origin),
 * 4404 (no such class) or 4429 (more than ten sockets open for one member on this instance). Frames are JSON; see chat.types.ts.
 */
@WebSocketGateway({ path: CHAT_PATH, maxPayload: 16 * 1024 })
export class ChatGateway implements OnGatewayConnection {
  private readonly logger = new Logger('chat');

  constructor(
    private readonly em: EntityManager,
    private readonly sessions: SessionService,
    private readonly chat: ChatService,
    private readonly hub: ChatHub,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  handleConnection(ws: WebSocket, req: IncomingMessage): void {
    // What the client sends before it is signed in and caught up is kept, in order, for the hub.
    const early = { frames: [] as RawData[], listener: (data: RawData) => void early.frames.push(data) };
    ws.on('message', early.listener);
    RequestContext.create(this.em, () => this.open(ws, req, early)).catch((err: unknown) => {
      this.logger.error({ err: describeError(err) }, 'chat connection failed');
      ws.close(1011, 'server error');
    });
  }

  private async open(ws: WebSocket, req: IncomingMessage, early: { frames: RawData[]; listener: (data: RawData) => void }): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const classId = url.searchParams.get('class') ?? '';
    const afterParam = url.searchParams.get('after');
    const after = afterParam === null || afterParam === '' ? undefined : Number(afterParam);
    if (!UUID.test(classId) || (after !== undefined && (!Number.isSafeInteger(after) || after < 0))) return ws.close(CLOSE.badRequest, 'class or after');

    const origin = req.headers.origin;
    if (origin && origin !== this.config.publicOrigin && !this.sameHost(origin, req)) return ws.close(CLOSE.forbidden, 'origin');

    const auth = req.headers.authorization;
    const token = auth?.startsWith('Bearer ') ? auth.slice(7).trim() : cookie(req.headers.cookie, SESSION_COOKIE);
    const session = token ? await this.sessions.resolve(token) : null;
    if (!session) return ws.close(CLOSE.unauthenticated, 'sign in');

    const user = session.user;
    let access;
    try {
      access = await this.chat.access(user, classId);
    } catch (e) {
      if (e instanceof AppException) return ws.close(e.getStatus() === 404 ? CLOSE.notFound : CLOSE.forbidden, e.getStatus() === 404 ? 'no such class' : 'not a member');
      throw e;
    }
    const lang = cookie(req.headers.cookie, 'lang');
    const locale = lang === 'es' || lang === 'en' ? lang : user.locale;
    await this.hub.join(
      {
        ws,
        user: { id: user.id, roles: [...user.roles], displayName: user.displayName },
        sessionId: session.id,
        classId,
        locale,
        canModerate: access.canModerate,
        muted: access.muted,
      },
      after,
      early,
    );
  }

  private sameHost(origin: string, req: IncomingMessage): boolean {
    try {
      return new URL(origin).host === req.headers.host;
    } catch {
      return false;
    }
  }
}
