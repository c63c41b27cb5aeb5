import { MikroOrmModule } from '@mikro-orm/nestjs';
import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { User } from '../users/user.entity';
import { AccessGuard } from './access.guard';
import { AuthToken } from './auth-token.entity';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { LoginFailure } from './login-attempt.entity';
import { LoginThrottleService } from './login-throttle.service';
import { Session } from './session.entity';
import { SessionService } from './session.service';

@Module({
  imports: [MikroOrmModule.forFeature([User, Session, AuthToken, LoginFailure])],
  controllers: [AuthController],
  providers: [AuthService, SessionService, LoginThrottleService, { provide: APP_GUARD, useClass: AccessGuard }],
  exports: [SessionService],
})
export class AuthModule {}
