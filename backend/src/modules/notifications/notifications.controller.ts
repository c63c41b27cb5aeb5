import { Body, Controller, Get, HttpCode, HttpStatus, Param, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiCookieAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Authenticated, CurrentUser, Public } from '../../common/auth/access.decorators';
import { uuidParam } from '../../common/http/params';
import { RequestLocale } from '../../common/http/request-locale';
import type { Locale, User } from '../users/user.entity';
import { ListNotificationsQuery, NotificationPage, NotificationPreferences, UnreadCount, UnsubscribeInfo, UnsubscribeQuery, UpdateNotificationPreferences } from './notifications.dto';
import { NotificationsService } from './notifications.service';

@ApiTags('notifications')
@ApiCookieAuth()
@ApiBearerAuth()
@Controller('notifications')
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  @Authenticated()
  @Get()
  @ApiOkResponse({ type: NotificationPage, description: 'Tus avisos, los más recientes primero' })
  list(@CurrentUser() user: User, @Query() q: ListNotificationsQuery, @RequestLocale() locale: Locale): Promise<NotificationPage> {
    return this.notifications.list(user.id, q.page ?? 1, locale);
  }

  @Authenticated()
  @Get('unread-count')
  @ApiOkResponse({ type: UnreadCount })
  unread(@CurrentUser() user: User): Promise<UnreadCount> {
    return this.notifications.unreadCount(user.id);
  }

  @Authenticated()
  @Post('read-all')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: UnreadCount })
  readAll(@CurrentUser() user: User): Promise<UnreadCount> {
    return this.notifications.markAllRead(user.id);
  }

  @Authenticated()
  @Get('preferences')
  @ApiOkResponse({ type: NotificationPreferences })
  preferences(@CurrentUser() user: User, @RequestLocale() locale: Locale): Promise<NotificationPreferences> {
    return this.notifications.preferences(user.id, locale);
  }

  @Authenticated()
  @Put('preferences')
  @ApiOkResponse({ type: NotificationPreferences })
  update(@CurrentUser() user: User, @Body() dto: UpdateNotificationPreferences, @RequestLocale() locale: Locale): Promise<NotificationPreferences> {
    return this.notifications.updatePreferences(user.id, dto, locale);
  }

  @Public()
  @Get('unsubscribe')
  @ApiOkResponse({ type: UnsubscribeInfo, description: 'Qué correos apaga el enlace; no cambia nada (los filtros de correo siguen enlaces)' })
  unsubscribeInfo(@Query() q: UnsubscribeQuery, @RequestLocale() locale: Locale): Promise<UnsubscribeInfo> {
    return this.notifications.unsubscribeInfo(q.token, locale);
  }

  @Public()
  @Post('unsubscribe')
  @HttpCode(HttpStatus.OK)
  @ApiConsumes('application/x-www-form-urlencoded', 'multipart/form-data')
  @ApiBody({
    required: false,
    description: 'RFC 8058: `List-Unsubscribe=One-Click` (o sin cuerpo; lo que cuenta es el código de la URL)',
    schema: { type: 'object', properties: { 'List-Unsubscribe': { type: 'string', enum: ['One-Click'] } } },
  })
  @ApiOkResponse({ type: UnsubscribeInfo, description: 'Ese tipo de correo pasa a «nunca»; los avisos siguen en Puente' })
  unsubscribe(@Query() q: UnsubscribeQuery, @RequestLocale() locale: Locale): Promise<UnsubscribeInfo> {
    return this.notifications.unsubscribe(q.token, locale);
  }

  @Authenticated()
  @Post(':id/read')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: UnreadCount })
  read(@CurrentUser() user: User, @Param('id', uuidParam()) id: string): Promise<UnreadCount> {
    return this.notifications.markRead(user.id, id);
  }
}
