import { MikroOrmModule } from '@mikro-orm/nestjs';
import { Global, Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { ThrottlerGuard, ThrottlerModule } from '@nestjs/throttler';
import { CertificatesModule } from './modules/certificates/certificates.module';
import type { Request } from 'express';
import { AllExceptionsFilter } from './common/http/exception.filter';
import { APP_CONFIG, type AppConfig } from './config/config';
import { APP_OPTIONS, DATABASE_URL, type AppOptions } from './database/database.tokens';
import { ormConfig } from './database/mikro-orm.config';
import { AdvocacyModule } from './modules/advocacy/advocacy.module';
import { AuthModule } from './modules/auth/auth.module';
import { ClassesModule } from './modules/classes/classes.module';
import { ClassroomModule } from './modules/classroom/classroom.module';
import { CoursesModule } from './modules/courses/courses.module';
import { HealthModule } from './modules/health/health.module';
import { JobsModule } from './modules/jobs/jobs.module';
import { MailModule } from './modules/mail/mail.module';
import { MaintenanceModule } from './modules/maintenance/maintenance.module';
import { NewsModule } from './modules/news/news.module';
import { ForumModule } from './modules/forum/forum.module';
import { BlogModule } from './modules/blog/blog.module';
import { MessagesModule } from './modules/messages/messages.module';
import { ChatModule } from './modules/chat/chat.module';
import { LegalModule } from './modules/legal/legal.module';
import { NotificationsModule } from './modules/notifications/notifications.module';
import { UsersModule } from './modules/users/users.module';

@Global()
@Module({})
class CoreModule {
  static forRoot(config: AppConfig, databaseUrl: string, options: AppOptions): DynamicModule {
    return {
      module: CoreModule,
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: DATABASE_URL, useValue: databaseUrl },
        { provide: APP_OPTIONS, useValue: options },
      ],
      exports: [APP_CONFIG, DATABASE_URL, APP_OPTIONS],
    };
  }
}

@Module({})
export class AppModule {
  static forRoot(config: AppConfig, databaseUrl: string, options: AppOptions = {}): DynamicModule {
    return {
      module: AppModule,
      imports: [
        CoreModule.forRoot(config, databaseUrl, options),
        MikroOrmModule.forRoot({ ...ormConfig(databaseUrl), registerRequestContext: true, connect: options.connect ?? true }),
        ThrottlerModule.forRoot({
          throttlers: [
            { name: 'default', ttl: 60_000, limit: config.rateLimitPerMinute },
            {
              name: 'auth',
              ttl: 60_000,
              limit: config.authRateLimitPerMinute,
              // Credential endpoints (login, register, verification, reset) and public sign-ons, which send email;
              // reading /api/auth/me is not one.
              skipIf: (ctx) => {
                const req = ctx.switchToHttp().getRequest<Request>();
                return req.method !== 'POST' || !(req.path.startsWith('/api/auth/') || /^\/api\/(campaigns\/[^/]+\/signatures|signatures\/)/.test(req.path));
              },
            },
            {
              name: 'lookup',
              ttl: 60_000,
              limit: config.certificateLookupsPerMinute,
              // Looking certificates up by code (page, JSON, PDF, credential): bounded per client against guessing.
              skipIf: (ctx) => {
                const req = ctx.switchToHttp().getRequest<Request>();
                return req.method !== 'GET' || !req.path.startsWith('/api/certificates/');
              },
            },
          ],
        }),
        JobsModule,
        MailModule,
        HealthModule,
        AuthModule,
        UsersModule,
        MaintenanceModule,
        CoursesModule,
        ClassesModule,
        ClassroomModule,
        CertificatesModule,
        AdvocacyModule,
        NewsModule,
        ForumModule,
        LegalModule,
        BlogModule,
        NotificationsModule,
        MessagesModule,
        ChatModule,
      ],
      providers: [
        { provide: APP_GUARD, useClass: ThrottlerGuard },
        { provide: APP_FILTER, useClass: AllExceptionsFilter },
      ],
    };
  }
}
