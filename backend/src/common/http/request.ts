import type { Request } from 'express';
import type { Session } from '../../modules/auth/session.entity';
import type { User, Locale } from '../../modules/users/user.entity';

/** What the middleware and guards attach to each request. */
export interface PuenteRequest extends Request {
  id: string;
  locale: Locale;
  user?: User;
  session?: Session;
  sessionToken?: string;
}
