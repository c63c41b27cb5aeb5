import { HttpException, HttpStatus } from '@nestjs/common';
import type { MessageKey } from '../i18n/messages';

export interface FieldProblem {
  field: string;
  rule: string;
  message: string;
}

/**
 * An error with a translatable message key. The exception filter renders it in the caller's language as
 * `{statusCode, error, message, details?}`.
 */
export class AppException extends HttpException {
  constructor(
    status: HttpStatus,
    public readonly key: MessageKey,
    public readonly params: Record<string, string | number> = {},
    public readonly details?: unknown,
    public readonly headers: Record<string, string> = {},
  ) {
    super(key, status);
  }
}

/** Raised by the validation pipe; the filter turns each problem into a message in the user's language. */
export class ValidationFailedException extends HttpException {
  constructor(public readonly problems: { field: string; rule: string; args: unknown[] }[]) {
    super('validation.failed', HttpStatus.BAD_REQUEST);
  }
}
