import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { UsersService } from '../users/users.service';
import { StatusListsService } from './status-lists.service';

const ERASED_NAME = '[eliminado / deleted]';
const ERASED_REASON = 'Cuenta eliminada por su titular / account deleted by its holder';

/**
 * Certificates in a person's data: listed in the export. When the account is deleted, its certificates are
 * revoked (a verifier then sees "revoked", not a name), the name is blanked and the signed credential,
 * which holds the name, is dropped; the status lists are re-signed afterwards.
 */
@Injectable()
export class CertificatesPersonalData {
  constructor(
    private readonly em: EntityManager,
    private readonly lists: StatusListsService,
    users: UsersService,
  ) {
    users.registerPersonalData({ name: 'certificates', export: (id) => this.export(id), erase: (em, id) => this.erase(em, id), afterErase: (id) => this.afterErase(id) });
  }

  async export(userId: string): Promise<unknown> {
    return this.em.fork().execute(
      `select code, learner_name as "learnerName", course_slug as "course", hours, starts_on as "startsOn", ends_on as "endsOn", trainer_name as "trainer",
              issued_at as "issuedAt", status, revoked_at as "revokedAt", revoked_reason as "revokedReason", credential
         from certificates where user_id = ? order by issued_at`,
      [userId],
    );
  }

  async erase(em: EntityManager, userId: string): Promise<void> {
    await em.execute(
      `update certificates set status = 'revoked', revoked_at = coalesce(revoked_at, now()), revoked_reason = coalesce(revoked_reason, ?),
              learner_name = ?, credential = null where user_id = ?`,
      [ERASED_REASON, ERASED_NAME, userId],
    );
  }

  async afterErase(userId: string): Promise<void> {
    const rows = await this.em.fork().execute<{ status_list: number }[]>('select distinct status_list from certificates where user_id = ?', [userId]);
    for (const r of rows) await this.lists.publish(r.status_list);
  }
}
