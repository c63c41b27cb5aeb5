import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class FieldError {
  @ApiProperty({ example: 'email' }) field: string;
  @ApiProperty({ example: 'isEmail' }) rule: string;
  @ApiProperty({ example: 'El campo «email» debe ser un correo electrónico válido' }) message: string;
}

/** The one error shape of the API; `message` is in the caller's language. */
export class ErrorResponse {
  @ApiProperty({ example: 400 }) statusCode: number;
  @ApiProperty({ example: 'Bad Request' }) error: string;
  @ApiProperty({ example: 'Algunos datos no son válidos. Revisa los campos indicados. (email)' }) message: string;
  @ApiPropertyOptional({ type: [FieldError] }) details?: FieldError[];
}
