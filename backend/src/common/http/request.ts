import type { Request } from 'express';
import type { ResolvedSession } from '../../modules/auth/session.service';
import type { User, Locale } from '../../modules/users/user.entity';

/** What the middleware and guards attach to each request. */
export interface PuenteRequest extends Request {
  id: string;
  locale: Locale;
  user?: User;
  session?: ResolvedSession;
  sessionToken?: string;
}
