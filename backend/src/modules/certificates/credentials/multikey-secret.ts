import * as base58 from 'base58-universal';
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import type { Ed25519KeyPair } from '@digitalbazaar/ed25519-multikey';

const SECRET_HEADER = [0x80, 0x26];

/**
 * The key pair of a multibase Ed25519 secret key (`z` + base58btc of the multicodec header 0x8026, the
 * 32-byte seed and the public key), as Ed25519Multikey exports it. Throws on anything else.
 */
export async function fromSecretKeyMultibase(secretKeyMultibase: string, controller: string): Promise<Ed25519KeyPair> {
  if (!secretKeyMultibase.startsWith('z')) throw new Error('CREDENTIAL_SIGNING_KEY: not a base58btc multibase value');
  const bytes = base58.decode(secretKeyMultibase.slice(1));
  if (bytes.length !== 66 || bytes[0] !== SECRET_HEADER[0] || bytes[1] !== SECRET_HEADER[1]) {
    throw new Error('CREDENTIAL_SIGNING_KEY: not an Ed25519 secret key');
  }
  const key = await Ed25519Multikey.generate({ controller, seed: bytes.slice(2, 34) });
  if (key.secretKeyMultibase !== secretKeyMultibase) throw new Error('CREDENTIAL_SIGNING_KEY: its public half does not match its seed');
  return key;
}
