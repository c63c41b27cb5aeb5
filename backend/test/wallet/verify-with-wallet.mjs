// Verifies a credential (JSON on stdin) with the Learner Credential Wallet's verifier library, exactly as a
// wallet would: did:web resolved over HTTPS, the status list fetched from its URL, no trusted registries.
// Runs as a plain Node ESM process (the library is ESM-only). The test machine stays off the internet:
// fetches beyond loopback fail at once (only the library's optional JSON-schema report wants them).
// The library logs to stdout, so the result is printed last, on a line of its own after "RESULT ".
import { verifyCredential } from '@digitalcredentials/verifier-core';

const realFetch = globalThis.fetch;
globalThis.fetch = (input, init) => {
  const url = new URL(typeof input === 'string' || input instanceof URL ? input : input.url);
  if (url.hostname !== 'localhost' && url.hostname !== '127.0.0.1') return Promise.reject(new TypeError(`offline test, not fetched: ${url}`));
  return realFetch(input, init);
};

const chunks = [];
for await (const c of process.stdin) chunks.push(c);
const credential = JSON.parse(Buffer.concat(chunks).toString('utf8'));
const result = await verifyCredential({ credential, knownDIDRegistries: [] });
const plain = JSON.parse(JSON.stringify(result, (k, v) => (v instanceof Error ? { name: v.name, message: v.message } : v)));
delete plain.credential;
process.stdout.write(`\nRESULT ${JSON.stringify(plain)}\n`);
