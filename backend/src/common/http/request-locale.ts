import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { negotiateLocale } from '../i18n/locale';
import type { PuenteRequest } from './request';

/** The caller's language: the account's or the `lang` cookie's, else Accept-Language, else Spanish. */
export const RequestLocale = createParamDecorator((_: unknown, ctx: ExecutionContext) => {
  const req = ctx.switchToHttp().getRequest<PuenteRequest>();
  return req.locale ?? negotiateLocale(req.cookies?.lang, req.headers['accept-language']);
});
