import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsString, Max, MaxLength, Min, MinLength } from 'class-validator';
import { Optional } from '../../common/http/validation';
import { ROLES, type Role } from './role';
import type { Locale, User } from './user.entity';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

/** The account as its owner (or an admin) sees it. Never part of a public response. */
export class UserResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'ana@example.org' }) email: string;
  @ApiProperty({ example: 'Ana' }) displayName: string;
  @ApiProperty({ enum: ROLES, isArray: true }) roles: Role[];
  @ApiProperty({ enum: ['es', 'en'] }) locale: Locale;
  @ApiProperty() emailVerified: boolean;
  @ApiProperty({ format: 'date-time' }) createdAt: string;

  static from(u: User): UserResponse {
    return {
      id: u.id,
      email: u.email ?? '',
      displayName: u.displayName,
      roles: u.roles,
      locale: u.locale,
      emailVerified: u.emailVerifiedAt !== null,
      createdAt: u.createdAt.toISOString(),
    };
  }
}

export class UpdateMeRequest {
  @ApiPropertyOptional({ minLength: 2, maxLength: 60, description: 'Nombre visible; puede ser un seudónimo' })
  @Optional() @Transform(trim) @IsString() @MinLength(2) @MaxLength(60)
  displayName?: string;

  @ApiPropertyOptional({ enum: ['es', 'en'] })
  @Optional() @IsIn(['es', 'en'])
  locale?: Locale;
}

export class ListUsersQuery {
  @ApiPropertyOptional({ description: 'Busca en nombre y correo' })
  @Optional() @IsString() @MaxLength(100)
  q?: string;

  @ApiPropertyOptional({ minimum: 1, default: 1 })
  @Optional() @Transform(({ value }) => (/^\d+$/.test(String(value)) ? Number(value) : value)) @IsInt() @Min(1) @Max(10_000)
  page?: number;

  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 20 })
  @Optional() @Transform(({ value }) => (/^\d+$/.test(String(value)) ? Number(value) : value)) @IsInt() @Min(1) @Max(100)
  pageSize?: number;
}

export class UserListResponse {
  @ApiProperty({ type: [UserResponse] }) items: UserResponse[];
  @ApiProperty() total: number;
  @ApiProperty() page: number;
  @ApiProperty() pageSize: number;
}

export class UpdateRolesRequest {
  @ApiProperty({ enum: ROLES, isArray: true, description: 'El rol learner se mantiene siempre' })
  @IsArray() @ArrayMaxSize(ROLES.length) @IsIn(ROLES, { each: true })
  roles: Role[];
}

export class DeleteMeResponse {
  @ApiProperty() deleted: boolean;
}

export class ExportedSession {
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) lastSeenAt: string;
  @ApiProperty({ format: 'date-time' }) expiresAt: string;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) revokedAt: string | null;
  @ApiProperty({ nullable: true, type: String }) ip: string | null;
  @ApiProperty({ nullable: true, type: String }) userAgent: string | null;
}

export class ExportedEmailToken {
  @ApiProperty({ enum: ['verify_email', 'password_reset'] }) purpose: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) usedAt: string | null;
}

export class ExportedFailedLogin {
  @ApiProperty({ format: 'date-time' }) at: string;
  @ApiProperty() ip: string;
}

/** Everything Puente holds about a person (GDPR art. 15 and 20). Later features add their sections. */
export class PersonalDataExport {
  @ApiProperty({ format: 'date-time' }) exportedAt: string;
  @ApiProperty({ type: UserResponse }) account: UserResponse;
  @ApiProperty({ type: [ExportedSession] }) sessions: ExportedSession[];
  @ApiProperty({ type: [ExportedEmailToken] }) emailTokens: ExportedEmailToken[];
  @ApiProperty({ type: [ExportedFailedLogin] }) failedLogins: ExportedFailedLogin[];
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'Lo que guarda cada parte de Puente (clases, foro…), por nombre' })
  sections: Record<string, unknown>;
}
