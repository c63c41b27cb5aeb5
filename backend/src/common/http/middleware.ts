import type { NextFunction, Request, RequestHandler, Response } from 'express';
import express from 'express';
import { randomUUID } from 'node:crypto';
import { STATUS_CODES } from 'node:http';
import type { Logger } from 'pino';
import type { AppConfig } from '../../config/config';
import { negotiateLocale } from '../i18n/locale';
import { ruleMessage, translate, type MessageKey } from '../i18n/messages';
import type { PuenteRequest } from './request';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Sends the API error shape from plain Express middleware (outside Nest's exception filter). */
export function sendError(req: Request, res: Response, status: number, key: MessageKey, badFields: { field: string; rule: string }[] = []): void {
  const locale = (req as PuenteRequest).locale ?? negotiateLocale(undefined, req.headers['accept-language']);
  const details = badFields.map((f) => ({ ...f, message: ruleMessage(f.rule, f.field, locale) }));
  const message = translate(key, locale) + (details.length ? ` (${details.map((d) => d.field).join(', ')})` : '');
  res.status(status).json({ statusCode: status, error: STATUS_CODES[status], message, ...(details.length ? { details } : {}) });
}

/** Paths of strings holding a NUL character, which PostgreSQL cannot store in text. */
export function fieldsWithNul(value: unknown, path = ''): string[] {
  if (typeof value === 'string') return value.includes('\u0000') ? [path || '(body)'] : [];
  if (Array.isArray(value)) return value.flatMap((v, i) => fieldsWithNul(v, path ? `${path}.${i}` : String(i)));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => fieldsWithNul(v, path ? `${path}.${k}` : k));
  }
  return [];
}

/** Request id (kept from a trusted X-Request-Id or new), language, and one JSON log line per request. */
export function requestContext(log: Logger): RequestHandler {
  return (req, res, next) => {
    const r = req as PuenteRequest;
    const incoming = req.headers['x-request-id'];
    r.id = typeof incoming === 'string' && /^[\w-]{8,64}$/.test(incoming) ? incoming : randomUUID();
    res.setHeader('X-Request-Id', r.id);
    const cookieLang = /(?:^|;\s*)lang=(es|en)\b/.exec(req.headers.cookie ?? '')?.[1];
    r.locale = negotiateLocale(cookieLang, req.headers['accept-language']);
    const started = process.hrtime.bigint();
    res.on('finish', () => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      // The path only (query strings may carry tokens), and certificate codes masked: a code is all it takes
      // to read a certificate with its holder's name. Forum requests carry no account: a line saying who
      // answered or accepted in a thread, or read a held question, would unmask an anonymous asker.
      const forum = isForumPath(req.path);
      log.info(
        { reqId: r.id, method: req.method, path: logPath(req.path), status: res.statusCode, ms: Math.round(ms * 10) / 10, ip: forum ? undefined : req.ip, userId: forum ? undefined : r.user?.id },
        'request',
      );
    });
    next();
  };
}

/** A request path as logged: certificate codes (verification page, API) and forum post ids replaced by placeholders. */
export function logPath(path: string): string {
  return path
    .replace(/^(\/verificar|\/api\/certificates)\/[^/]+/, '$1/:code')
    .replace(/^(\/api\/forum\/(?:questions|answers|posts)|\/foro\/preguntas)\/(?!mine(?:\/|$))[^/]+/, '$1/:id');
}

/** The forum's pages and API, whose request lines are logged without account or address. */
export function isForumPath(path: string): boolean {
  return /^\/(api\/forum|foro)(\/|$)/.test(path);
}

/**
 * A cookie session must not be usable from another site: state-changing requests that carry the session
 * cookie need an Origin (or Referer) of Puente itself. Bearer-token clients are not exposed to CSRF.
 */
export function originCheck(config: AppConfig): RequestHandler {
  return (req, res, next) => {
    if (SAFE_METHODS.has(req.method)) return next();
    if (req.headers.authorization?.startsWith('Bearer ')) return next();
    if (!/(?:^|;\s*)session=/.test(req.headers.cookie ?? '')) return next();
    let origin = req.headers.origin;
    if (!origin && req.headers.referer) {
      try {
        origin = new URL(req.headers.referer).origin;
      } catch {
        origin = undefined;
      }
    }
    const own = `${req.protocol}://${req.get('host')}`;
    if (origin && (origin === config.publicOrigin || origin === own)) return next();
    sendError(req, res, 403, 'auth.bad_origin');
  };
}

/**
 * Paths (under /api) that also take a form body: RFC 8058 one-click unsubscribe, which mail programs POST as
 * `List-Unsubscribe=One-Click`, form-encoded or multipart. The token is in the URL; the body is read and dropped.
 */
const FORM_PATHS = new Set(['/notifications/unsubscribe']);

/** JSON bodies up to 1 MB; malformed or oversized bodies get the API error shape, never a 500. */
export function jsonBody(): RequestHandler {
  const parse = express.json({ limit: '1mb', strict: false });
  return (req: Request, res: Response, next: NextFunction) => {
    if (req.method === 'POST' && FORM_PATHS.has(req.path) && req.is(['application/x-www-form-urlencoded', 'multipart/form-data', 'text/plain'])) {
      let size = 0;
      req.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > 16_384) req.destroy();
      });
      req.on('end', () => {
        req.body = {};
        next();
      });
      req.on('error', () => undefined);
      return;
    }
    const length = Number(req.headers['content-length'] ?? 0);
    const hasBody = length > 0 || req.headers['transfer-encoding'] !== undefined;
    if (hasBody && !SAFE_METHODS.has(req.method) && !req.is(['application/json', 'application/*+json'])) {
      return sendError(req, res, 415, 'body.unsupported');
    }
    parse(req, res, (err?: { type?: string }) => {
      if (!err) {
        const body: unknown = req.body;
        // A JSON array or scalar would slip past DTO validation as "no fields": say what is wrong instead.
        if (hasBody && req.is('application/json') && (body === null || typeof body !== 'object' || Array.isArray(body))) {
          return sendError(req, res, 400, 'body.not_object');
        }
        const bad = [...fieldsWithNul(req.query), ...(hasBody ? fieldsWithNul(body) : [])];
        if (bad.length) return sendError(req, res, 400, 'validation.failed', bad.map((field) => ({ field, rule: 'noNulCharacter' })));
        return next();
      }
      if (err.type === 'entity.too.large') return sendError(req, res, 413, 'body.too_large');
      if (err.type === 'charset.unsupported' || err.type === 'encoding.unsupported') return sendError(req, res, 415, 'body.unsupported');
      return sendError(req, res, 400, 'body.malformed');
    });
  };
}
