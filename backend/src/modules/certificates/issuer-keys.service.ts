import { EntityManager } from '@mikro-orm/postgresql';
import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import type { Ed25519KeyPair } from '@digitalbazaar/ed25519-multikey';
import { APP_CONFIG, type AppConfig } from '../../config/config';
import { IssuerKey } from './certificate.entities';
import { didWebFor, type DidDocument } from './credentials/did';
import { DID_V1, MULTIKEY_V1 } from './credentials/document-loader';
import { fromSecretKeyMultibase } from './credentials/multikey-secret';

/** Serialises key creation across instances (pg advisory lock id). */
const KEY_LOCK = 0x70756b31;
const KEY_CACHE_MS = 60_000;

/**
 * The instance's issuer: its `did:web` and its Ed25519 keys. On first use a key is generated and stored in
 * the database, or CREDENTIAL_SIGNING_KEY supplies one (kept out of the database). Rotating retires the
 * current key but keeps it in the DID document, so every credential it signed still verifies.
 */
@Injectable()
export class IssuerKeysService implements OnModuleInit {
  private readonly logger = new Logger('issuer-keys');
  private signing?: Promise<Ed25519KeyPair>;
  private signingLoadedAt = 0;
  readonly did: string;

  constructor(
    private readonly em: EntityManager,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.did = didWebFor(config.publicUrl);
  }

  /** A CREDENTIAL_SIGNING_KEY that is not a valid key stops start-up with its reason, not the first issue. */
  async onModuleInit(): Promise<void> {
    if (this.config.credentialSigningKey) await fromSecretKeyMultibase(this.config.credentialSigningKey, this.did);
  }

  verificationMethodId(publicKeyMultibase: string): string {
    return `${this.did}#${publicKeyMultibase}`;
  }

  /**
   * The key that signs now. Cached for a minute, so a rotation made elsewhere (the CLI, another instance)
   * is picked up within a minute; a failure is not cached.
   */
  signingKey(): Promise<Ed25519KeyPair> {
    if (!this.signing || Date.now() - this.signingLoadedAt > KEY_CACHE_MS) {
      this.signingLoadedAt = Date.now();
      this.signing = this.loadSigningKey().catch((e: unknown) => {
        this.signing = undefined;
        throw e;
      });
    }
    return this.signing;
  }

  private async loadSigningKey(): Promise<Ed25519KeyPair> {
    const em = this.em.fork();
    if (this.config.credentialSigningKey) {
      const key = await fromSecretKeyMultibase(this.config.credentialSigningKey, this.did);
      await em.execute('insert into issuer_keys (public_key_multibase) values (?) on conflict do nothing', [key.publicKeyMultibase]);
      return this.withId(key);
    }
    const stored = await em.transactional(async (tx) => {
      await tx.execute('select pg_advisory_xact_lock(?)', [KEY_LOCK]);
      const current = await tx.findOne(IssuerKey, { retiredAt: null, secretKeyMultibase: { $ne: null } }, { orderBy: { createdAt: 'desc' } });
      if (current) return current;
      const generated = await Ed25519Multikey.generate({ controller: this.did });
      const row = tx.create(IssuerKey, { publicKeyMultibase: generated.publicKeyMultibase, secretKeyMultibase: generated.secretKeyMultibase! });
      this.logger.log({ key: row.publicKeyMultibase }, 'generated the issuer signing key');
      return row;
    });
    return this.withId(await Ed25519Multikey.from({ controller: this.did, publicKeyMultibase: stored.publicKeyMultibase, secretKeyMultibase: stored.secretKeyMultibase! }));
  }

  private withId(key: Ed25519KeyPair): Ed25519KeyPair {
    key.id = this.verificationMethodId(key.publicKeyMultibase);
    key.controller = this.did;
    return key;
  }

  /** Retires the stored signing key and generates the next one; returns the new public key. */
  async rotate(): Promise<string> {
    if (this.config.credentialSigningKey) throw new Error('CREDENTIAL_SIGNING_KEY is set: rotate by configuring a new key');
    const next = await this.em.fork().transactional(async (tx) => {
      await tx.execute('select pg_advisory_xact_lock(?)', [KEY_LOCK]);
      await tx.execute('update issuer_keys set retired_at = now() where retired_at is null', []);
      const generated = await Ed25519Multikey.generate({ controller: this.did });
      tx.create(IssuerKey, { publicKeyMultibase: generated.publicKeyMultibase, secretKeyMultibase: generated.secretKeyMultibase! });
      return generated.publicKeyMultibase;
    });
    this.signing = undefined;
    return next;
  }

  /** The DID document: every key the instance ever signed with, current and retired. */
  async didDocument(): Promise<DidDocument> {
    await this.signingKey();
    const keys = await this.em.fork().find(IssuerKey, {}, { orderBy: { createdAt: 'asc' } });
    const methods = keys.map((k) => ({ id: this.verificationMethodId(k.publicKeyMultibase), type: 'Multikey' as const, controller: this.did, publicKeyMultibase: k.publicKeyMultibase }));
    return { '@context': [DID_V1, MULTIKEY_V1], id: this.did, verificationMethod: methods, assertionMethod: methods.map((m) => m.id) };
  }
}
