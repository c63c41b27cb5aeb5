import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { JobsService } from '../jobs/jobs.service';
import { UsersService } from '../users/users.service';
import { SignaturesService } from './signatures.service';

const QUEUE = 'advocacy.cleanup';
const ERASED = '[eliminado / deleted]';

/**
 * Daily: deletes sign-ons nobody confirmed. And the advocacy part of a person's data: their signatures
 * (matched by email) and campaigns in the export; on erasure their signatures go, their name leaves the
 * sends they made and they leave the campaign teams. Campaigns and briefs stay: they are public record.
 */
@Injectable()
export class AdvocacyMaintenance {
  constructor(
    private readonly em: EntityManager,
    signatures: SignaturesService,
    users: UsersService,
    jobs: JobsService,
  ) {
    jobs.register(QUEUE, async () => {
      await signatures.purgeUnconfirmed();
    });
    jobs.scheduleCron(QUEUE, '41 3 * * *');
    users.registerPersonalData({ name: 'advocacy', export: (id) => this.export(id), erase: (em, id) => this.erase(em, id) });
  }

  async export(userId: string): Promise<unknown> {
    const em = this.em.fork();
    const [signatures, campaigns, sends] = await Promise.all([
      em.execute(
        `select c.slug as campaign, s.name, s.email, s.city, s.country, s.organisation, s.show_name as "showName", s.consent_at as "consentAt", s.confirmed_at as "confirmedAt"
           from campaign_signatures s join campaigns c on c.id = s.campaign_id join users u on u.email = s.email where u.id = ? order by s.created_at`,
        [userId],
      ),
      em.execute(
        `select c.slug, c.title, c.status, case when c.owner_id = ? then 'owner' else 'co-advocate' end as role
           from campaigns c where c.owner_id = ? or exists (select 1 from campaign_advocates a where a.campaign_id = c.id and a.user_id = ?) order by c.created_at`,
        [userId, userId, userId],
      ),
      em.execute(`select id, subject, sender_name as "senderName", reply_to as "replyTo", created_at as "createdAt" from brief_sends where created_by_id = ? order by created_at`, [userId]),
    ]);
    return { signatures, campaigns, sends };
  }

  async erase(em: EntityManager, userId: string): Promise<void> {
    await em.execute(`delete from campaign_signatures where email = (select email from users where id = ?)`, [userId]);
    await em.execute(`update brief_sends set sender_name = ?, reply_to = '' where created_by_id = ?`, [ERASED, userId]);
    await em.execute(`delete from campaign_advocates where user_id = ?`, [userId]);
  }
}
