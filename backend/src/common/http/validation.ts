import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { getMetadataStorage, ValidateIf } from 'class-validator';
import { ValidationFailedException } from './app-exception';

function constraintArgs(target: object | undefined, property: string, rule: string): unknown[] {
  if (!target) return [];
  const metas = getMetadataStorage().getTargetValidationMetadatas(target.constructor, '', true, false);
  const meta = metas.find((m) => m.propertyName === property && (m.name === rule || m.type === rule));
  return meta?.constraints ?? [];
}

export function flattenValidationErrors(errors: ValidationError[], prefix = ''): { field: string; rule: string; args: unknown[] }[] {
  const out: { field: string; rule: string; args: unknown[] }[] = [];
  for (const e of errors) {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    const missing = e.target !== undefined && (e.target as Record<string, unknown>)[e.property] === undefined;
    if (missing && e.constraints && !('whitelistValidation' in e.constraints)) {
      // A missing field fails every rule; saying "is required" once is what helps.
      out.push({ field, rule: 'isDefined', args: [] });
      continue;
    }
    for (const rule of Object.keys(e.constraints ?? {})) {
      out.push({ field, rule, args: constraintArgs(e.target, e.property, rule) });
    }
    if (e.children?.length) out.push(...flattenValidationErrors(e.children, field));
  }
  return out;
}

/** Strict validation: unknown fields are rejected, types are not coerced silently, every bad field is named. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    validationError: { target: true, value: false },
    exceptionFactory: (errors) => new ValidationFailedException(flattenValidationErrors(errors)),
  });
}

/**
 * An optional field: absent is fine, but an explicit `null` is still checked by the other validators (and
 * refused with 400 naming the field). class-validator's own `@IsOptional()` lets `null` through, which then
 * reaches NOT NULL columns as a 500.
 */
export function Optional(): PropertyDecorator {
  return ValidateIf((_object: object, value: unknown) => value !== undefined);
}
