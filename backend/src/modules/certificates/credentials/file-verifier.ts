import { readFile } from 'node:fs/promises';
import { get as httpGet } from 'node:http';
import { get as httpsGet } from 'node:https';
import { didWebDocumentUrl, didWebOrigin } from './did';
import { dereferenceDid, documentLoader } from './document-loader';
import { extractPdfAttachment } from './pdf-attachment';
import { checkCredential, type ProofCheck } from './proof';

export const CREDENTIAL_FILE = 'credential.json';
const FETCH_LIMIT = 1_000_000;

export interface FileVerification {
  credential: Record<string, unknown>;
  from: 'pdf' | 'json';
  check: ProofCheck;
  /** What was fetched over the network (DID document, status list), or could not be. */
  fetched: { url: string; ok: boolean; error?: string }[];
}

export class CredentialFileError extends Error {}

/** The credential in a certificate PDF (its attachment) or in a JSON file. */
export async function readCredentialFile(path: string): Promise<{ credential: Record<string, unknown>; from: 'pdf' | 'json' }> {
  const bytes = await readFile(path);
  let json: Buffer = bytes;
  let from: 'pdf' | 'json' = 'json';
  if (bytes.subarray(0, 5).toString('latin1') === '%PDF-') {
    const attached = extractPdfAttachment(bytes, CREDENTIAL_FILE);
    if (!attached) {
      throw new CredentialFileError(`El PDF no lleva ${CREDENTIAL_FILE} (¿no es un certificado de Puente, o lo ha reescrito otro programa?) / The PDF carries no ${CREDENTIAL_FILE}`);
    }
    json = attached;
    from = 'pdf';
  }
  try {
    const credential = JSON.parse(json.toString('utf8')) as unknown;
    if (!credential || typeof credential !== 'object' || Array.isArray(credential)) throw new Error('not an object');
    return { credential: credential as Record<string, unknown>, from };
  } catch {
    throw new CredentialFileError('El archivo no contiene una credencial JSON / The file does not hold a JSON credential');
  }
}

/** GET a JSON document: 10 s, 1 MB, no redirects (a DID document or status list lives at its own URL). */
function fetchJson(url: string, ca?: Buffer): Promise<object> {
  return new Promise((resolve, reject) => {
    const u = new URL(url);
    const get = u.protocol === 'https:' ? httpsGet : u.protocol === 'http:' ? httpGet : null;
    if (!get) return reject(new Error(`unsupported URL ${url}`));
    const req = get(u, { timeout: 10_000, headers: { accept: 'application/did+json, application/vc+ld+json, application/json' }, ...(ca && u.protocol === 'https:' ? { ca } : {}) }, (res) => {
      if (res.statusCode !== 200) {
        res.resume();
        return reject(new Error(`HTTP ${res.statusCode}`));
      }
      const chunks: Buffer[] = [];
      let size = 0;
      res.on('data', (c: Buffer) => {
        size += c.length;
        if (size > FETCH_LIMIT) req.destroy(new Error('too large'));
        else chunks.push(c);
      });
      res.on('end', () => {
        try {
          resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')) as object);
        } catch {
          reject(new Error('not JSON'));
        }
      });
      res.on('error', reject);
    });
    req.on('timeout', () => req.destroy(new Error('timed out')));
    req.on('error', reject);
  });
}

/**
 * Verifies a credential file as a third party would: the proof with the issuer's key from its did:web
 * DID document (fetched over HTTPS, or given as a file to work offline), then revocation from the status
 * list the credential names (fetched; skipped offline). Contexts never leave the machine. `ca` adds a
 * trusted certificate authority (an instance behind a private CA).
 */
export async function verifyCredentialFile(path: string, options: { offline?: boolean; didDocument?: string; ca?: string } = {}): Promise<FileVerification> {
  const ca = options.ca ? await readFile(options.ca) : undefined;
  const { credential, from } = await readCredentialFile(path);
  const given = options.didDocument ? (JSON.parse(await readFile(options.didDocument, 'utf8')) as { id: string }) : null;
  const fetched: FileVerification['fetched'] = [];
  const cache = new Map<string, Promise<object | null>>();
  const remote = (url: string): Promise<object | null> => {
    if (options.offline) return Promise.resolve(null);
    let p = cache.get(url);
    if (!p) {
      p = fetchJson(url, ca).then(
        (doc) => (fetched.push({ url, ok: true }), doc),
        (e: unknown) => (fetched.push({ url, ok: false, error: e instanceof Error ? e.message : String(e) }), null),
      );
      cache.set(url, p);
    }
    return p;
  };
  // Only two kinds of document are ever fetched: the issuer's DID document (did:web, https) and a status
  // list on the issuer's own https origin. Contexts come from packages; anything else is refused.
  const issuerField = credential.issuer as string | { id?: string } | undefined;
  const issuerOrigin = didWebOrigin((typeof issuerField === 'string' ? issuerField : issuerField?.id) ?? '');
  const didDocument = async (did: string): Promise<{ id: string } | null> => {
    if (given?.id === did) return given;
    const docUrl = didWebDocumentUrl(did);
    return docUrl ? ((await remote(docUrl)) as { id: string } | null) : null;
  };
  const loader = documentLoader(async (url) => {
    if (url.startsWith('did:')) {
      const doc = await didDocument(url.split('#')[0]);
      if (!doc) return null;
      const node = dereferenceDid(doc, url);
      // The issuer's document was read and does not hold that key: a forged reference, not a missing one.
      if (!node) throw new Error(`La clave ${url} no está en el documento DID del emisor / key not in the issuer's DID document`);
      return node;
    }
    if (issuerOrigin && URL.canParse(url) && new URL(url).origin === issuerOrigin) return remote(url);
    return null;
  });
  return { credential, from, check: await checkCredential(credential, loader), fetched };
}
