import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import { withOrm } from '../database/database';
import { IssuerKeysService } from '../modules/certificates/issuer-keys.service';
import { verifyCredentialFile } from '../modules/certificates/credentials/file-verifier';
import type { Command } from './cli';

function text(value: unknown): string {
  return typeof value === 'string' ? value : '—';
}

function subjectName(credential: Record<string, unknown>): string {
  const s = credential.credentialSubject as { name?: string; achievement?: { name?: string } } | undefined;
  return s?.name ?? '—';
}

function issuerName(credential: Record<string, unknown>): string {
  const i = credential.issuer as string | { id?: string; name?: string } | undefined;
  if (!i) return '—';
  return typeof i === 'string' ? i : `${i.name ?? ''} (${i.id ?? '?'})`.trim();
}

export const CERTIFICATE_COMMANDS: Record<string, Command> = {
  'certificates:verify': {
    usage: 'certificates:verify <certificado.pdf|credencial.json> [--issuer <did>] [--offline] [--did-document <did.json>] [--ca <ca.pem>]',
    es: 'Comprueba la credencial firmada (la que va dentro del PDF, o un JSON): firma, emisor y revocación. Sale con 0 si es válida y no está revocada, 1 si no lo es, 3 si no se pudo comprobar todo.',
    en: 'Checks the signed credential (inside the PDF, or a JSON file): signature, issuer and revocation. Exits 0 when valid and not revoked, 1 when not, 3 when something could not be checked.',
    options: { issuer: { type: 'string' }, offline: { type: 'boolean' }, 'did-document': { type: 'string' }, ca: { type: 'string' } },
    positionals: true,
    noDatabase: true,
    run: async (_db, v, out, _config, files) => {
      if (files.length !== 1) {
        out('Indica un archivo / give one file: certificates:verify <certificado.pdf|credencial.json>');
        return 2;
      }
      const r = await verifyCredentialFile(files[0], { offline: v.offline === true, didDocument: v['did-document'] as string | undefined, ca: v.ca as string | undefined });
      const c = r.check;
      out(`Archivo / file: ${files[0]} (${r.from === 'pdf' ? 'credencial dentro del PDF / credential inside the PDF' : 'JSON'})`);
      out(`Credencial / credential: ${text(r.credential.name)}`);
      out(`Titular / holder: ${subjectName(r.credential)}`);
      out(`Emisor / issuer: ${issuerName(r.credential)}`);
      out(`Emitida / issued: ${text(r.credential.validFrom ?? r.credential.issuanceDate)}`);
      const proof = {
        valid: 'VÁLIDA (eddsa-rdfc-2022, clave del emisor) / VALID (eddsa-rdfc-2022, issuer key)',
        invalid: 'NO VÁLIDA: el contenido no corresponde a la firma / INVALID: the content does not match the signature',
        unchecked: 'NO COMPROBADA: no se pudo obtener la clave del emisor / NOT CHECKED: the issuer key could not be obtained',
      }[c.proof];
      out(`Firma / signature: ${proof}`);
      const revocation = {
        not_revoked: 'no revocada (lista de estado del emisor) / not revoked (issuer status list)',
        revoked: 'REVOCADA por el emisor / REVOKED by the issuer',
        unchecked: 'NO COMPROBADA: no se pudo leer la lista de estado / NOT CHECKED: the status list could not be read',
        none: 'la credencial no declara estado / the credential declares no status',
      }[c.revocation];
      out(`Revocación / revocation: ${revocation}`);
      for (const f of r.fetched.filter((x) => !x.ok)) out(`  No se pudo descargar / could not fetch: ${f.url} (${f.error})`);
      if (v.offline && (c.proof === 'unchecked' || c.revocation === 'unchecked')) {
        out('  Sin conexión: se necesita el documento DID del emisor (--did-document) para la firma y conexión para la revocación. / Offline: the issuer DID document (--did-document) is needed for the signature, and a connection for revocation.');
      }
      for (const p of c.problems) out(`  Detalle / detail: ${p}`);
      // A valid signature proves who signed, not that the signer is who you trust: name it, or compare it.
      const expected = v.issuer as string | undefined;
      if (expected && c.issuer !== expected) {
        out(`EMISOR DISTINTO: se esperaba ${expected} / DIFFERENT ISSUER: expected ${expected}`);
        return 1;
      }
      if (!expected && c.proof === 'valid') out(`Comprueba que ${c.issuer ?? '—'} es el emisor que esperas (o usa --issuer). / Check that ${c.issuer ?? '—'} is the issuer you expect (or use --issuer).`);
      if (c.proof === 'invalid' || c.revocation === 'revoked') return 1;
      if (c.proof === 'unchecked' || c.revocation === 'unchecked') return 3;
      return 0;
    },
  },
  'certificates:rotate-key': {
    usage: 'certificates:rotate-key',
    es: 'Retira la clave de firma guardada y genera otra; las credenciales ya emitidas siguen verificándose (la clave retirada sigue en el documento DID).',
    en: 'Retires the stored signing key and generates a new one; credentials already issued still verify (the retired key stays in the DID document).',
    options: {},
    run: async (db, _v, out, config) => {
      const key = await withOrm(db, (orm) => new IssuerKeysService(orm.em, config).rotate());
      out(`Nueva clave / new key: ${key}`);
    },
  },
  'certificates:new-key': {
    usage: 'certificates:new-key',
    es: 'Genera una clave Ed25519 para CREDENTIAL_SIGNING_KEY (guárdala como un secreto). No toca la base de datos.',
    en: 'Generates an Ed25519 key for CREDENTIAL_SIGNING_KEY (keep it as a secret). Does not touch the database.',
    options: {},
    noDatabase: true,
    run: async (_db, _v, out) => {
      const key = await Ed25519Multikey.generate();
      out(`CREDENTIAL_SIGNING_KEY=${key.secretKeyMultibase}`);
      out(`# clave pública / public key: ${key.publicKeyMultibase}`);
    },
  },
};
