import { Body, Controller, Get, HttpCode, Post, Req, Res } from '@nestjs/common';
import {
  ApiAcceptedResponse, ApiBearerAuth, ApiConflictResponse, ApiCookieAuth, ApiCreatedResponse, ApiNoContentResponse,
  ApiOkResponse, ApiTags, ApiTooManyRequestsResponse, ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { Response } from 'express';
import { Authenticated, CurrentUser, Public } from '../../common/auth/access.decorators';
import type { PuenteRequest } from '../../common/http/request';
import type { User } from '../users/user.entity';
import { UserResponse } from '../users/users.dto';
import {
  AcceptedResponse, LoginRequest, LoginResponse, PasswordResetConfirmRequest, PasswordResetRequest, RegisterRequest, TokenRequest,
} from './auth.dto';
import { AuthService } from './auth.service';
import { SessionService } from './session.service';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService, private readonly sessions: SessionService) {}

  @Public()
  @Post('register')
  @ApiCreatedResponse({ type: UserResponse })
  @ApiConflictResponse({ description: 'Ya existe una cuenta con ese correo' })
  register(@Body() dto: RegisterRequest): Promise<UserResponse> {
    return this.auth.register(dto);
  }

  @Public()
  @Post('verify-email')
  @HttpCode(200)
  @ApiOkResponse({ type: UserResponse })
  verifyEmail(@Body() dto: TokenRequest): Promise<UserResponse> {
    return this.auth.verifyEmail(dto.token);
  }

  @Authenticated()
  @ApiCookieAuth()
  @ApiBearerAuth()
  @Post('verify-email/resend')
  @HttpCode(202)
  @ApiAcceptedResponse({ type: AcceptedResponse })
  async resendVerification(@CurrentUser() user: User): Promise<AcceptedResponse> {
    await this.auth.sendVerification(user);
    return { accepted: true };
  }

  @Public()
  @Post('login')
  @HttpCode(200)
  @ApiOkResponse({ type: LoginResponse })
  @ApiUnauthorizedResponse({ description: 'Correo o contraseña incorrectos' })
  @ApiTooManyRequestsResponse({ description: '5 intentos fallidos en 15 minutos (cuenta o IP); ver Retry-After' })
  async login(@Body() dto: LoginRequest, @Req() req: PuenteRequest, @Res({ passthrough: true }) res: Response): Promise<LoginResponse> {
    const result = await this.auth.login(dto, { ip: req.ip ?? 'unknown', userAgent: req.headers['user-agent'] });
    this.sessions.setCookie(res, result.token);
    return result;
  }

  @Public()
  @Post('logout')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Sesión cerrada (también si no había ninguna)' })
  async logout(@Req() req: PuenteRequest, @Res({ passthrough: true }) res: Response): Promise<void> {
    if (req.session) await this.sessions.revoke(req.session.id);
    this.sessions.clearCookie(res);
  }

  @Authenticated()
  @ApiCookieAuth()
  @ApiBearerAuth()
  @Get('me')
  @ApiOkResponse({ type: UserResponse })
  @ApiUnauthorizedResponse({ description: 'Sin sesión' })
  me(@CurrentUser() user: User): UserResponse {
    return UserResponse.from(user);
  }

  @Public()
  @Post('password-reset/request')
  @HttpCode(202)
  @ApiAcceptedResponse({ type: AcceptedResponse, description: 'Siempre 202, exista o no la cuenta' })
  async requestReset(@Body() dto: PasswordResetRequest): Promise<AcceptedResponse> {
    await this.auth.requestPasswordReset(dto.email);
    return { accepted: true };
  }

  @Public()
  @Post('password-reset/confirm')
  @HttpCode(200)
  @ApiOkResponse({ type: UserResponse, description: 'Contraseña cambiada; todas las sesiones se cierran' })
  confirmReset(@Body() dto: PasswordResetConfirmRequest): Promise<UserResponse> {
    return this.auth.confirmPasswordReset(dto);
  }
}
