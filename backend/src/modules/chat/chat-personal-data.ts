import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { UsersService } from '../users/users.service';

/**
 * The class-chat part of a person's data: the export has the messages they wrote (with their class); on
 * erasure those messages and any mute on them go. Their place in the room's numbering stays empty.
 */
@Injectable()
export class ChatPersonalData {
  constructor(
    private readonly em: EntityManager,
    users: UsersService,
  ) {
    users.registerPersonalData({ name: 'classChat', export: (id) => this.export(id), erase: (em, id) => this.erase(em, id) });
  }

  async export(userId: string): Promise<unknown> {
    return this.em
      .fork()
      .execute(
        `select course_class_id as "classId", seq, body, created_at as "createdAt", deleted_at is not null as deleted from class_chat_messages where author_id = ? order by created_at, seq`,
        [userId],
      );
  }

  async erase(em: EntityManager, userId: string): Promise<void> {
    await em.execute(`delete from class_chat_messages where author_id = ?`, [userId]);
    await em.execute(`delete from class_chat_mutes where user_id = ?`, [userId]);
  }
}
