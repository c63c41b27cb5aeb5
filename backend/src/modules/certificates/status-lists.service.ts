import { EntityManager } from '@mikro-orm/postgresql';
import { Inject, Injectable } from '@nestjs/common';
import { randomInt } from 'node:crypto';
import { createCredential, createList } from '@digitalbazaar/vc-bitstring-status-list';
import { APP_CONFIG, type AppConfig } from '../../config/config';
import { CertificateStatusList } from './certificate.entities';
import { CredentialSigner } from './credential-signer.service';

/** Bits per list: the specification's minimum, so one list hides which certificate a verifier asks about. */
export const LIST_LENGTH = 131_072;
/** A list takes new certificates until half full; random indexes stay cheap to find. */
const LIST_FILL = LIST_LENGTH / 2;
const LIST_LOCK = 0x70756c00;

/**
 * Revocation published the standard way: W3C Bitstring Status List credentials, signed by the instance,
 * at stable URLs. Each certificate gets a random free bit in the current list; revoking sets the bit and
 * re-signs the list.
 */
@Injectable()
export class StatusListsService {
  constructor(
    private readonly em: EntityManager,
    private readonly signer: CredentialSigner,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  listUrl(n: number): string {
    return `${this.config.publicUrl}/api/credentials/status/${n}`;
  }

  /** The list number from a status list URL of this instance, or null. */
  listNumber(url: string): number | null {
    const m = /^(.*)\/api\/credentials\/status\/([1-9]\d{0,5})$/.exec(url);
    return m && m[1] === this.config.publicUrl ? Number(m[2]) : null;
  }

  /** A free (list, index) for a new certificate; the unique constraint settles the rare race. */
  async allocate(em: EntityManager): Promise<{ list: number; index: number }> {
    // The newest list, until it is half full; counting one list stays cheap however many lists exist.
    const [current] = await em.execute<{ list: number; used: string }[]>(
      'select status_list as list, count(*) as used from certificates where status_list = (select max(status_list) from certificates) group by status_list',
    );
    const list = !current ? 1 : Number(current.used) >= LIST_FILL ? current.list + 1 : current.list;
    for (;;) {
      const index = randomInt(LIST_LENGTH);
      const taken = await em.execute('select 1 from certificates where status_list = ? and status_index = ?', [list, index]);
      if (!taken.length) return { list, index };
    }
  }

  /**
   * The signed list credential, built on first request, and built again when it is behind: a revocation
   * committed but not published (publishing was interrupted), or a new PUBLIC_URL (so a new issuer).
   */
  async get(n: number): Promise<Record<string, unknown> | null> {
    const em = this.em.fork();
    const row = await em.findOne(CertificateStatusList, { number: n });
    if (row && row.credential.id === this.listUrl(n) && row.credential.issuer === this.signer.issuerId) {
      const [{ revoked }] = await em.execute<{ revoked: string }[]>(`select count(*) as revoked from certificates where status_list = ? and status = 'revoked'`, [n]);
      // Revocations are never undone, so a count that moved means a bit to set.
      if (Number(revoked) === row.revokedCount) return row.credential;
    }
    const [{ used }] = await this.em.fork().execute<{ used: boolean }[]>('select exists(select 1 from certificates where status_list = ?) as used', [n]);
    return used ? this.publish(n) : null;
  }

  /** Rebuilds list `n` from the revoked certificates and re-signs it; one writer per list at a time. */
  async publish(n: number): Promise<Record<string, unknown>> {
    return this.em.fork().transactional(async (tx) => {
      await tx.execute('select pg_advisory_xact_lock(?, ?)', [LIST_LOCK, n]);
      const revoked = await tx.execute<{ status_index: number }[]>(`select status_index from certificates where status_list = ? and status = 'revoked'`, [n]);
      const list = await createList({ length: LIST_LENGTH });
      for (const r of revoked) list.setStatus(r.status_index, true);
      const unsigned = await createCredential({ id: this.listUrl(n), list, statusPurpose: 'revocation' });
      const credential = await this.signer.sign({ ...unsigned, issuer: this.signer.issuerId, validFrom: new Date().toISOString().replace(/\.\d{3}Z$/, 'Z') });
      await tx.execute(
        `insert into certificate_status_lists (number, credential, revoked_count, updated_at) values (?, ?, ?, now())
           on conflict (number) do update set credential = excluded.credential, revoked_count = excluded.revoked_count, updated_at = now()`,
        [n, JSON.stringify(credential), revoked.length],
      );
      return credential;
    });
  }
}
