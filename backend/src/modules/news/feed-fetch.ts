import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';

/** Why a feed could not be read; the message is kept as the source's last error and shown to editors. */
export class FeedError extends Error {
  constructor(
    message: string,
    /** Seconds the server asked us to wait (429/503 with Retry-After). */
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = 'FeedError';
  }
}

export interface FetchOptions {
  etag?: string | null;
  lastModified?: string | null;
  /** For the whole read: every redirect and the body included. */
  timeoutMs: number;
  maxBytes: number;
  maxRedirects?: number;
  userAgent: string;
  allowPrivateHosts: boolean;
}

export type FetchResult =
  | { status: 'not_modified' }
  | { status: 'ok'; body: string; etag: string | null; lastModified: string | null; finalUrl: string; contentType: string };

const PRIVATE = new BlockList();
for (const [net, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const)
  PRIVATE.addSubnet(net, prefix, 'ipv4');
for (const [net, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
] as const)
  PRIVATE.addSubnet(net, prefix, 'ipv6');

function isPrivateAddress(address: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return PRIVATE.check(mapped[1], 'ipv4');
  return PRIVATE.check(address, isIP(address) === 6 ? 'ipv6' : 'ipv4');
}

/**
 * Feed addresses are typed by editors; a feed must not become a way to reach the servers next to ours
 * (metadata services, the database, an intranet). Checked on every hop, redirects included.
 */
async function assertPublicHost(url: URL): Promise<void> {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const addresses = isIP(host) ? [host] : (await lookup(host, { all: true, verbatim: true }).catch(() => { throw new FeedError(`cannot resolve ${host}`); })).map((a) => a.address);
  if (addresses.length === 0 || addresses.some(isPrivateAddress)) throw new FeedError(`${host} is a private or local address`);
}

/** The charset a feed is written in: the HTTP header, then the XML declaration, then UTF-8. */
function charsetOf(contentType: string, head: Buffer): string {
  const fromHeader = /charset\s*=\s*"?([\w.:-]+)/i.exec(contentType)?.[1];
  if (fromHeader) return fromHeader;
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return 'utf-8';
  const declared = /^\s*<\?xml[^>]*encoding\s*=\s*["']([\w.:-]+)["']/i.exec(head.subarray(0, 200).toString('latin1'))?.[1];
  return declared ?? 'utf-8';
}

function decode(bytes: Buffer, contentType: string): string {
  let decoder: InstanceType<typeof TextDecoder>;
  try {
    decoder = new TextDecoder(charsetOf(contentType, bytes));
  } catch {
    decoder = new TextDecoder('utf-8');
  }
  return decoder.decode(bytes);
}

function retryAfter(value: string | null): number | undefined {
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.round((date - Date.now()) / 1000));
}

/**
 * Reads one feed with a conditional GET. Everything a hostile or broken server can do ends as a FeedError:
 * no answer (timeout over the whole read), endless or chained redirects, a body over the size cap (counted
 * while reading, whatever Content-Length says), an error status, an address on a private network.
 */
export async function fetchFeed(feedUrl: string, o: FetchOptions): Promise<FetchResult> {
  const signal = AbortSignal.timeout(o.timeoutMs);
  const maxRedirects = o.maxRedirects ?? 3;
  let url: URL;
  try {
    url = new URL(feedUrl);
  } catch {
    throw new FeedError('not a valid URL');
  }
  try {
    for (let hop = 0; ; hop++) {
      if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new FeedError(`unsupported scheme ${url.protocol}`);
      if (!o.allowPrivateHosts) await assertPublicHost(url);
      const headers: Record<string, string> = {
        'user-agent': o.userAgent,
        accept: 'application/rss+xml, application/atom+xml, application/feed+json, application/rdf+xml;q=0.9, application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, */*;q=0.1',
      };
      // Validators belong to the address they came from, not to wherever a redirect leads.
      if (hop === 0 && o.etag) headers['if-none-match'] = o.etag;
      if (hop === 0 && o.lastModified) headers['if-modified-since'] = o.lastModified;
      const res = await fetch(url, { redirect: 'manual', signal, headers });
      if (res.status >= 300 && res.status < 400 && res.status !== 304) {
        await res.body?.cancel();
        const location = res.headers.get('location');
        if (!location) throw new FeedError(`HTTP ${res.status} without a Location`);
        if (hop >= maxRedirects) throw new FeedError(`more than ${maxRedirects} redirects`);
        url = new URL(location, url);
        continue;
      }
      if (res.status === 304) {
        await res.body?.cancel();
        return { status: 'not_modified' };
      }
      if (!res.ok) {
        await res.body?.cancel();
        throw new FeedError(`HTTP ${res.status}${res.statusText ? ' ' + res.statusText : ''}`, retryAfter(res.headers.get('retry-after')));
      }
      const declared = Number(res.headers.get('content-length'));
      if (Number.isFinite(declared) && declared > o.maxBytes) {
        await res.body?.cancel();
        throw new FeedError(`larger than ${formatBytes(o.maxBytes)} (${formatBytes(declared)} declared)`);
      }
      const chunks: Buffer[] = [];
      let size = 0;
      if (res.body) {
        const reader = res.body.getReader();
        for (;;) {
          const { done, value } = await reader.read();
          if (done) break;
          size += value.byteLength;
          if (size > o.maxBytes) {
            await reader.cancel();
            throw new FeedError(`larger than ${formatBytes(o.maxBytes)}`);
          }
          chunks.push(Buffer.from(value));
        }
      }
      const contentType = res.headers.get('content-type') ?? '';
      return {
        status: 'ok',
        body: decode(Buffer.concat(chunks), contentType),
        etag: res.headers.get('etag'),
        lastModified: res.headers.get('last-modified'),
        finalUrl: url.href,
        contentType,
      };
    }
  } catch (e) {
    if (e instanceof FeedError) throw e;
    if (signal.aborted) throw new FeedError(`no complete answer within ${Math.round(o.timeoutMs / 100) / 10} s`);
    const cause = (e as { cause?: { code?: string; message?: string } }).cause;
    throw new FeedError(`network error: ${cause?.code ?? cause?.message ?? (e as Error).message}`);
  }
}

function formatBytes(n: number): string {
  return n >= 1024 * 1024 ? `${Math.round((n / 1024 / 1024) * 10) / 10} MB` : `${Math.round(n / 1024)} KB`;
}
