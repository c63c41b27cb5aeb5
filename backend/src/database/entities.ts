import { AuthToken } from '../modules/auth/auth-token.entity';
import { LoginFailure } from '../modules/auth/login-attempt.entity';
import { Session } from '../modules/auth/session.entity';
import { User } from '../modules/users/user.entity';

/** Every entity, listed once for the app, the CLI and the migration generator. */
export const ENTITIES = [User, Session, AuthToken, LoginFailure];
