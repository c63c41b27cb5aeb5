import { Inject, Injectable } from '@nestjs/common';
import type { DocumentLoader } from '@digitalbazaar/vc';
import { APP_CONFIG, type AppConfig } from '../../config/config';
import { IssuerKeysService } from './issuer-keys.service';
import { dereferenceDid, documentLoader, type Resolve } from './credentials/document-loader';
import { checkCredential, signCredential, type ProofCheck } from './credentials/proof';
import type { Issuer } from './credentials/open-badge';

/**
 * Signs and verifies the instance's credentials without touching the network: contexts come from npm
 * packages, the issuer's DID document and status lists from this database. Anything else is refused.
 */
@Injectable()
export class CredentialSigner {
  private statusLists?: (url: string) => Promise<object | null>;

  constructor(
    private readonly keys: IssuerKeysService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  get issuerId(): string {
    return this.keys.did;
  }

  get issuer(): Issuer {
    return { did: this.keys.did, name: this.config.issuerName, url: this.config.publicUrl };
  }

  /** Lets the status lists be resolved locally (set by the certificates module; avoids a cycle). */
  useStatusLists(resolve: (url: string) => Promise<object | null>): void {
    this.statusLists = resolve;
  }

  /** A loader that knows the contexts, our DID document and our status lists, then `extra`. */
  loader(extra?: Resolve): DocumentLoader {
    return documentLoader(async (url) => {
      if (url.startsWith(`${this.keys.did}#`) || url === this.keys.did) {
        const node = dereferenceDid(await this.keys.didDocument(), url);
        // Our own document does not hold that key: whoever wrote the proof did not have our key.
        if (!node) throw new Error(`key not in the issuer's DID document: ${url}`);
        return node;
      }
      const list = this.statusLists ? await this.statusLists(url) : null;
      if (list) return list;
      return extra ? extra(url) : null;
    });
  }

  async sign(credential: Record<string, unknown>): Promise<Record<string, unknown>> {
    return signCredential(credential, await this.keys.signingKey(), this.loader());
  }

  async check(credential: Record<string, unknown>, extra?: Resolve): Promise<ProofCheck> {
    return checkCredential(credential, this.loader(extra));
  }
}
