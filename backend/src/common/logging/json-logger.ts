import type { LoggerService } from '@nestjs/common';
import pino, { type Logger } from 'pino';

/** Keys whose values never reach a log line, wherever they appear. */
export const REDACT = [
  'password', '*.password', 'token', '*.token', 'passwordHash', '*.passwordHash',
  'authorization', '*.authorization', 'cookie', '*.cookie', 'headers.cookie', 'headers.authorization', 'body', '*.body',
];

export function createRootLogger(level: string): Logger {
  return pino({ level, base: { app: 'puente' }, redact: { paths: REDACT, censor: '[redacted]' }, timestamp: pino.stdTimeFunctions.isoTime });
}

/**
 * Nest's LoggerService on pino: one JSON object per line. Accepts Nest's (message, context) calls and
 * structured (object, message, context) calls.
 */
export class JsonLogger implements LoggerService {
  constructor(private readonly root: Logger) {}

  private write(level: 'info' | 'error' | 'warn' | 'debug' | 'trace' | 'fatal', message: unknown, params: unknown[]): void {
    const context = params.length && typeof params[params.length - 1] === 'string' ? (params.pop() as string) : undefined;
    const log = context ? this.root.child({ context }) : this.root;
    if (message !== null && typeof message === 'object') {
      const text = typeof params[0] === 'string' ? (params.shift() as string) : undefined;
      log[level](message, text);
    } else {
      if (level === 'error' && typeof params[0] === 'string' && params[0].includes('\n')) {
        log.error({ stack: params[0] }, String(message));
      } else log[level](String(message));
    }
  }

  log(message: unknown, ...params: unknown[]): void { this.write('info', message, params); }
  error(message: unknown, ...params: unknown[]): void { this.write('error', message, params); }
  warn(message: unknown, ...params: unknown[]): void { this.write('warn', message, params); }
  debug(message: unknown, ...params: unknown[]): void { this.write('debug', message, params); }
  verbose(message: unknown, ...params: unknown[]): void { this.write('trace', message, params); }
  fatal(message: unknown, ...params: unknown[]): void { this.write('fatal', message, params); }
}
