import { ParseUUIDPipe } from '@nestjs/common';
import { ValidationFailedException } from './app-exception';

/** A UUID path parameter; a malformed one is a 400 that names the parameter. */
export function uuidParam(name = 'id'): ParseUUIDPipe {
  return new ParseUUIDPipe({ exceptionFactory: () => new ValidationFailedException([{ field: name, rule: 'isUUID', args: [] }]) });
}
