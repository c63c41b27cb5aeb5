import { ArgumentsHost, Catch, HttpException, HttpStatus, Logger, type ExceptionFilter } from '@nestjs/common';
import { DriverException } from '@mikro-orm/core';
import { ThrottlerException } from '@nestjs/throttler';
import type { Response } from 'express';
import { STATUS_CODES } from 'node:http';
import { ruleMessage, translate, type MessageKey } from '../i18n/messages';
import { negotiateLocale } from '../i18n/locale';
import { AppException, ValidationFailedException } from './app-exception';
import type { PuenteRequest } from './request';

/**
 * What of an unexpected error goes to the log. Database errors carry the SQL with its values (emails,
 * password hashes) in their message, so for them only the codes and the stack frames are kept.
 */
export function describeError(e: unknown): Record<string, unknown> {
  if (!(e instanceof Error)) return { value: typeof e };
  const frames = (e.stack ?? '').split('\n').filter((l) => l.trimStart().startsWith('at ')).join('\n');
  if (e instanceof DriverException) return { name: e.name, code: e.code, sqlState: e.sqlState, stack: frames };
  return { name: e.name, message: e.message, stack: frames };
}

export interface ErrorBody {
  statusCode: number;
  error: string;
  message: string;
  details?: unknown;
}

/** Every error leaves the API as `{statusCode, error, message, details?}`, in the caller's language. */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger('http');

  catch(exception: unknown, host: ArgumentsHost): void {
    const ctx = host.switchToHttp();
    const req = ctx.getRequest<PuenteRequest>();
    const res = ctx.getResponse<Response>();
    const locale = req.locale ?? negotiateLocale(req.cookies?.lang, req.headers['accept-language']);
    const { status, body, headers } = this.render(exception, req, locale);
    if (exception instanceof ThrottlerException && !res.getHeader('Retry-After')) {
      // A named limiter ("auth") sets Retry-After-auth; clients only know the standard header.
      const named = Object.keys(res.getHeaders()).find((h) => h.startsWith('retry-after-'));
      if (named) headers['Retry-After'] = String(res.getHeader(named));
    }
    if (status >= 500) this.logger.error({ err: describeError(exception), reqId: req.id }, 'unhandled error');
    if (res.headersSent) return;
    for (const [k, v] of Object.entries(headers)) res.setHeader(k, v);
    res.status(status).json(body);
  }

  private render(exception: unknown, req: PuenteRequest, locale: 'es' | 'en'): { status: number; body: ErrorBody; headers: Record<string, string> } {
    const make = (status: number, key: MessageKey, params: Record<string, string | number> = {}, details?: unknown): ErrorBody => ({
      statusCode: status,
      error: STATUS_CODES[status] ?? 'Error',
      message: translate(key, locale, params),
      ...(details === undefined ? {} : { details }),
    });
    if (exception instanceof ValidationFailedException) {
      const details = exception.problems.map((p) => ({ field: p.field, rule: p.rule, message: ruleMessage(p.rule, p.field, locale, p.args) }));
      const fields = [...new Set(details.map((d) => d.field))];
      const body = make(400, 'validation.failed', {}, details);
      body.message = `${body.message} (${fields.join(', ')})`;
      return { status: 400, body, headers: {} };
    }
    if (exception instanceof AppException) {
      return { status: exception.getStatus(), body: make(exception.getStatus(), exception.key, exception.params, exception.details), headers: exception.headers };
    }
    if (exception instanceof ThrottlerException) {
      return { status: 429, body: make(429, 'rate_limited'), headers: {} };
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      if (status === HttpStatus.NOT_FOUND) {
        return { status, body: make(status, 'route.not_found', { method: req.method, path: req.path }), headers: {} };
      }
      if (status === HttpStatus.UNAUTHORIZED) return { status, body: make(status, 'auth.required'), headers: {} };
      if (status === HttpStatus.FORBIDDEN) return { status, body: make(status, 'auth.forbidden'), headers: {} };
      if (status === HttpStatus.PAYLOAD_TOO_LARGE) return { status, body: make(status, 'body.too_large'), headers: {} };
      if (status < 500) {
        const raw = exception.getResponse();
        const inner = typeof raw === 'object' && raw !== null ? (raw as { message?: unknown }).message : undefined;
        const message = typeof raw === 'string' ? raw : typeof inner === 'string' ? inner : exception.message;
        return { status, body: { statusCode: status, error: STATUS_CODES[status] ?? 'Error', message }, headers: {} };
      }
    }
    return { status: 500, body: make(500, 'internal'), headers: {} };
  }
}
