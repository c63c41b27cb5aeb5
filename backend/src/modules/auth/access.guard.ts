import { CanActivate, ExecutionContext, HttpStatus, Injectable, Logger } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ACCESS_RULE, type AccessRule } from '../../common/auth/access.decorators';
import { AppException } from '../../common/http/app-exception';
import type { PuenteRequest } from '../../common/http/request';
import { SESSION_COOKIE, SessionService } from './session.service';

export function tokenFrom(req: PuenteRequest): string | undefined {
  const auth = req.headers.authorization;
  if (auth?.startsWith('Bearer ')) return auth.slice(7).trim();
  const cookie = req.cookies?.[SESSION_COOKIE];
  return typeof cookie === 'string' && cookie ? cookie : undefined;
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
    const token = tokenFrom(req);
    if (token && !req.session) {
      const session = await this.sessions.resolve(token);
      if (session) {
        req.session = session;
        req.user = session.user;
        req.sessionToken = token;
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
