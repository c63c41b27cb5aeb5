import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEmail, IsIn, IsString, MaxLength, MinLength } from 'class-validator';
import { UserResponse } from '../users/users.dto';
import type { Locale } from '../users/user.entity';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const normaliseEmail = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toLowerCase() : value);

export class RegisterRequest {
  @ApiProperty({ example: 'ana@example.org', maxLength: 254 })
  @Transform(normaliseEmail) @IsEmail() @MaxLength(254)
  email: string;

  @ApiProperty({ minLength: 10, maxLength: 200 })
  @IsString() @MinLength(10) @MaxLength(200)
  password: string;

  @ApiProperty({ example: 'Ana', minLength: 2, maxLength: 60, description: 'Puede ser un seudónimo' })
  @Transform(trim) @IsString() @MinLength(2) @MaxLength(60)
  displayName: string;

  @ApiProperty({ enum: ['es', 'en'] })
  @IsIn(['es', 'en'])
  locale: Locale;
}

export class LoginRequest {
  @ApiProperty({ example: 'ana@example.org' })
  @Transform(normaliseEmail) @IsEmail() @MaxLength(254)
  email: string;

  @ApiProperty()
  @IsString() @MinLength(1) @MaxLength(200)
  password: string;
}

export class LoginResponse {
  @ApiProperty({ type: UserResponse }) user: UserResponse;
  @ApiProperty({ description: 'Token opaco; también se envía como cookie HttpOnly "session". Úsalo como Authorization: Bearer.' })
  token: string;
}

export class TokenRequest {
  @ApiProperty()
  @IsString() @MinLength(10) @MaxLength(200)
  token: string;
}

export class PasswordResetRequest {
  @ApiProperty({ example: 'ana@example.org' })
  @Transform(normaliseEmail) @IsEmail() @MaxLength(254)
  email: string;
}

export class PasswordResetConfirmRequest {
  @ApiProperty()
  @IsString() @MinLength(10) @MaxLength(200)
  token: string;

  @ApiProperty({ minLength: 10, maxLength: 200 })
  @IsString() @MinLength(10) @MaxLength(200)
  password: string;
}

export class AcceptedResponse {
  @ApiProperty() accepted: boolean;
}

export class OkResponse {
  @ApiProperty() ok: boolean;
}
