import * as vc from '@digitalbazaar/vc';
import type { DocumentLoader } from '@digitalbazaar/vc';
import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import { cryptosuite } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import type { Ed25519KeyPair } from '@digitalbazaar/ed25519-multikey';
import { checkStatus } from '@digitalbazaar/vc-bitstring-status-list';

/**
 * Signs with a Data Integrity proof, cryptosuite eddsa-rdfc-2022 (RDF Dataset Canonicalization, Ed25519),
 * as Open Badges 3.0 wallets and verifiers expect. The input is not modified.
 */
export async function signCredential(credential: Record<string, unknown>, key: Ed25519KeyPair, documentLoader: DocumentLoader, date = new Date()): Promise<Record<string, unknown>> {
  const suite = new DataIntegrityProof({ signer: key.signer(), cryptosuite, date });
  return vc.issue({ credential: structuredClone(credential), suite, documentLoader });
}

export type CheckOutcome = 'valid' | 'invalid' | 'unchecked';

export interface ProofCheck {
  /** The signature over the whole credential, checked with the issuer's published key. */
  proof: CheckOutcome;
  /** Revocation, from the issuer's published Bitstring Status List. */
  revocation: 'not_revoked' | 'revoked' | 'unchecked' | 'none';
  issuer: string | null;
  problems: string[];
}

function messages(error: unknown): string[] {
  const e = error as { message?: string; errors?: { message?: string }[] } | undefined;
  if (!e) return [];
  const inner = (e.errors ?? []).map((x) => x.message).filter((m): m is string => !!m);
  return inner.length ? inner : [e.message ?? String(error)];
}

/**
 * Checks a credential's proof, then (when it has one) its revocation entry. What cannot be fetched through
 * `documentLoader` (an issuer key, a status list) is reported as unchecked, never as valid.
 */
export async function checkCredential(credential: Record<string, unknown>, documentLoader: DocumentLoader): Promise<ProofCheck> {
  const issuerField = credential.issuer as string | { id?: string } | undefined;
  const issuer = typeof issuerField === 'string' ? issuerField : (issuerField?.id ?? null);
  const suite = new DataIntegrityProof({ cryptosuite });
  let result: vc.VerifyResult;
  try {
    result = await vc.verifyCredential({
      credential,
      suite,
      documentLoader,
      // The status list credential must itself verify and come from the same issuer.
      checkStatus: (o) => checkStatus({ ...o, verifyBitstringStatusListCredential: true, verifyMatchingIssuers: true }),
    });
  } catch (e) {
    return { proof: 'invalid', revocation: 'unchecked', issuer, problems: messages(e) };
  }
  const proofOk = !!result.results?.length && result.results.every((r) => r.verified);
  if (!proofOk) {
    const problems = messages(result.results?.find((r) => r.error)?.error ?? result.error);
    const unreachable = problems.some((p) => /unknown document|not fetched|NotFoundError|fetch failed|ENOTFOUND|ECONNREFUSED|could not be fetched/i.test(p));
    return { proof: unreachable ? 'unchecked' : 'invalid', revocation: 'unchecked', issuer, problems };
  }
  if (!credential.credentialStatus) return { proof: 'valid', revocation: 'none', issuer, problems: [] };
  const status = result.statusResult;
  if (!status?.verified) return { proof: 'valid', revocation: 'unchecked', issuer, problems: messages(status?.error) };
  const revoked = (status.results ?? []).some((r) => r.status);
  return { proof: 'valid', revocation: revoked ? 'revoked' : 'not_revoked', issuer, problems: [] };
}
