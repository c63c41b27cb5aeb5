import { CanActivate, ExecutionContext, HttpStatus, Injectable, Logger } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Response } from 'express';
import { ACCESS_RULE, type AccessRule } from '../../common/auth/access.decorators';
import { AppException } from '../../common/http/app-exception';
import type { PuenteRequest } from '../../common/http/request';
import { SESSION_COOKIE, SessionService } from './session.service';

export function tokenFrom(req: PuenteRequest): { token: string; fromCookie: boolean } | undefined {
  const auth = req.headers.authorization;
  if (auth?.startsWith('Bearer ')) return { token: auth.slice(7).trim(), fromCookie: false };
  const cookie: unknown = req.cookies?.[SESSION_COOKIE];
  return typeof cookie === 'string' && cookie ? { token: cookie, fromCookie: true } : undefined;
}

/**
 * Resolves the session of every request and enforces the route's access rule. Fail-closed: a route
 * without an explicit @Public/@Authenticated/@Roles rule is refused.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  private readonly logger = new Logger('access');

  constructor(private readonly reflector: Reflector, private readonly sessions: SessionService) {}

  async canActivate(ctx: ExecutionContext): Promise<boolean> {
    const req = ctx.switchToHttp().getRequest<PuenteRequest>();
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_RULE, [ctx.getHandler(), ctx.getClass()]);
    const presented = tokenFrom(req);
    if (presented && !req.session) {
      const session = await this.sessions.resolve(presented.token);
      if (session) {
        req.session = session;
        req.user = session.user;
        req.sessionToken = presented.token;
        // Sliding expiry for browsers too: the cookie's Max-Age follows the session's new expiry.
        if (session.extended && presented.fromCookie) this.sessions.setCookie(ctx.switchToHttp().getResponse<Response>(), presented.token);
        if (req.cookies?.lang !== 'es' && req.cookies?.lang !== 'en') req.locale = session.user.locale;
      }
    }
    if (!rule) {
      this.logger.error({ route: `${req.method} ${req.route?.path ?? req.path}` }, 'route has no access rule');
      throw new AppException(HttpStatus.FORBIDDEN, 'auth.forbidden');
    }
    if (rule.kind === 'public') return true;
    if (!req.user) throw new AppException(HttpStatus.UNAUTHORIZED, 'auth.required');
    if (rule.kind === 'roles' && !rule.roles.some((r) => req.user!.roles.includes(r))) {
      throw new AppException(HttpStatus.FORBIDDEN, 'auth.forbidden');
    }
    return true;
  }
}
