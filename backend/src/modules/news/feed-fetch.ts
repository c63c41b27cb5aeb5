import { lookup as dnsLookup, type LookupOptions } from 'node:dns';
import { BlockList, isIP, type LookupFunction } from 'node:net';
import { Agent, fetch } from 'undici';

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
  /** Where the validators above were received; they are sent to that address only (the feed URL when unset). */
  validatorsUrl?: string | null;
  /** For the whole read: name resolution, every redirect and the body included. */
  timeoutMs: number;
  maxBytes: number;
  maxRedirects?: number;
  userAgent: string;
  allowPrivateHosts: boolean;
  /** Addresses a feed may not reach; the private, local and special-purpose ranges by default. */
  blocked?: BlockList;
  /** Aborts the read (the application is shutting down). */
  signal?: AbortSignal;
}

export type FetchResult =
  | { status: 'not_modified' }
  | {
      status: 'ok';
      body: string;
      etag: string | null;
      lastModified: string | null;
      finalUrl: string;
      /** Set when the feed answered only with permanent redirects (301/308): where it lives now. */
      movedTo: string | null;
      contentType: string;
    };

export const PRIVATE_RANGES = new BlockList();
for (const [net, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.88.99.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const)
  PRIVATE_RANGES.addSubnet(net, prefix, 'ipv4');
for (const [net, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['100::', 64], // discard
  ['2001::', 32], // Teredo: the IPv4 inside is obfuscated, so the whole range is refused
  ['2001:db8::', 32], // documentation
  ['fc00::', 7],
  ['fe80::', 10],
  ['fec0::', 10],
  ['ff00::', 8],
] as const)
  PRIVATE_RANGES.addSubnet(net, prefix, 'ipv6');

/** The eight 16-bit groups of an IPv6 address, or null when it is not one. */
function ipv6Groups(address: string): number[] | null {
  let a = address.toLowerCase().replace(/%.*$/, '');
  const dotted = /(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(a);
  if (dotted) {
    const [b0, b1, b2, b3] = dotted.slice(1).map(Number);
    if ([b0, b1, b2, b3].some((b) => b > 255)) return null;
    a = `${a.slice(0, dotted.index)}${((b0 << 8) | b1).toString(16)}:${((b2 << 8) | b3).toString(16)}`;
  }
  const halves = a.split('::');
  if (halves.length > 2) return null;
  const head = halves[0] ? halves[0].split(':') : [];
  const tail = halves.length === 2 && halves[1] ? halves[1].split(':') : [];
  const fill = halves.length === 2 ? 8 - head.length - tail.length : 0;
  if (fill < 0 || (halves.length === 2 && fill === 0)) return null;
  const groups = [...head, ...Array<string>(fill).fill('0'), ...tail];
  if (groups.length !== 8 || groups.some((g) => !/^[0-9a-f]{1,4}$/.test(g))) return null;
  return groups.map((g) => parseInt(g, 16));
}

/** The IPv4 address an IPv6 address carries (mapped, compatible, NAT64, 6to4), so it is checked as IPv4. */
function embeddedIpv4(g: number[]): string | null {
  const v4 = (hi: number, lo: number) => `${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`;
  if (g.slice(0, 5).every((x) => x === 0) && (g[5] === 0xffff || g[5] === 0)) return v4(g[6], g[7]); // ::ffff:a.b.c.d, ::a.b.c.d
  if (g[0] === 0x64 && g[1] === 0xff9b) return v4(g[6], g[7]); // 64:ff9b::/96 and 64:ff9b:1::/48 (NAT64)
  if (g[0] === 0x2002) return v4(g[1], g[2]); // 6to4
  return null;
}

/** True when a feed may not be read from this address. Anything that is not a well-formed address is refused. */
export function isBlockedAddress(address: string, blocked: BlockList = PRIVATE_RANGES): boolean {
  switch (isIP(address)) {
    case 4:
      return blocked.check(address, 'ipv4');
    case 6: {
      const groups = ipv6Groups(address);
      if (!groups) return true;
      const inner = embeddedIpv4(groups);
      return (inner !== null && blocked.check(inner, 'ipv4')) || blocked.check(address, 'ipv6');
    }
    default:
      return true;
  }
}

/**
 * Name resolution for the feed reader's connections: the addresses a name resolves to are checked at the
 * moment of connecting, and the connection uses exactly those. A name that resolved to a public address
 * for a check and to 127.0.0.1 a moment later (DNS rebinding) cannot slip through.
 */
function guardedLookup(blocked: BlockList): LookupFunction {
  return (hostname, options: LookupOptions, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (err, addresses) => {
      if (err) return callback(err, '');
      if (addresses.length === 0 || addresses.some((a) => isBlockedAddress(a.address, blocked))) return callback(new FeedError(`${hostname} is a private or local address`), '');
      if (options.all) callback(null, addresses);
      else callback(null, addresses[0].address, addresses[0].family);
    });
  };
}

/**
 * The charset a feed is written in: a byte-order mark first (it cannot lie), then the HTTP header, then the
 * XML declaration, then UTF-16 recognised by its first character, then UTF-8.
 */
export function charsetOf(contentType: string, head: Buffer): string {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return 'utf-8';
  if (head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';
  if (head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
  const fromHeader = /charset\s*=\s*"?([\w.:-]+)/i.exec(contentType)?.[1];
  if (fromHeader) return fromHeader;
  if (head[0] === 0x3c && head[1] === 0x00 && head[2] !== 0x00) return 'utf-16le';
  if (head[0] === 0x00 && head[1] === 0x3c) return 'utf-16be';
  const declared = /^\s*<\?xml[^>]*encoding\s*=\s*["']([\w.:-]+)["']/i.exec(head.subarray(0, 200).toString('latin1'))?.[1];
  return declared ?? 'utf-8';
}

export function decodeFeed(bytes: Buffer, contentType: string): string {
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

const ACCEPT =
  'application/rss+xml, application/atom+xml, application/feed+json, application/rdf+xml;q=0.9, application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, */*;q=0.1';

/**
 * Reads one feed with a conditional GET. Everything a hostile or broken server can do ends as a FeedError:
 * no answer (timeout over the whole read), endless or chained redirects, a body over the size cap (counted
 * while reading, whatever Content-Length says), an error status, an address on a private network (checked
 * for every hop, on the very addresses the connection uses).
 */
export async function fetchFeed(feedUrl: string, o: FetchOptions): Promise<FetchResult> {
  const timeout = AbortSignal.timeout(o.timeoutMs);
  const signal = o.signal ? AbortSignal.any([timeout, o.signal]) : timeout;
  const maxRedirects = o.maxRedirects ?? 3;
  const blocked = o.blocked ?? PRIVATE_RANGES;
  let url: URL;
  try {
    url = new URL(feedUrl);
  } catch {
    throw new FeedError('not a valid URL');
  }
  const validatorsUrl = o.validatorsUrl ?? url.href;
  const agent = new Agent({ connect: o.allowPrivateHosts ? {} : { lookup: guardedLookup(blocked) }, connections: 1 });
  let permanent = true;
  try {
    for (let hop = 0; ; hop++) {
      if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new FeedError(`unsupported scheme ${url.protocol}`);
      const host = url.hostname.replace(/^\[|\]$/g, '');
      // A literal address is connected to without a lookup, so it is checked here; names are checked as they resolve.
      if (!o.allowPrivateHosts && isIP(host) && isBlockedAddress(host, blocked)) throw new FeedError(`${host} is a private or local address`);
      const headers: Record<string, string> = { 'user-agent': o.userAgent, accept: ACCEPT };
      // Validators belong to the address they came from, not to wherever a redirect leads.
      if (url.href === validatorsUrl) {
        if (o.etag) headers['if-none-match'] = o.etag;
        if (o.lastModified) headers['if-modified-since'] = o.lastModified;
      }
      const res = await fetch(url, { redirect: 'manual', signal, headers, dispatcher: agent });
      if (res.status >= 300 && res.status < 400 && res.status !== 304) {
        await res.body?.cancel();
        const location = res.headers.get('location');
        if (!location) throw new FeedError(`HTTP ${res.status} without a Location`);
        if (hop >= maxRedirects) throw new FeedError(`more than ${maxRedirects} redirects`);
        if (res.status !== 301 && res.status !== 308) permanent = false;
        try {
          url = new URL(location, url);
        } catch {
          throw new FeedError(`HTTP ${res.status} to an invalid Location`);
        }
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
        body: decodeFeed(Buffer.concat(chunks), contentType),
        etag: res.headers.get('etag'),
        lastModified: res.headers.get('last-modified'),
        finalUrl: url.href,
        movedTo: hop > 0 && permanent ? url.href : null,
        contentType,
      };
    }
  } catch (e) {
    if (e instanceof FeedError) throw e;
    if (o.signal?.aborted) throw new FeedError('stopped: the server is shutting down');
    if (timeout.aborted) throw new FeedError(`no complete answer within ${Math.round(o.timeoutMs / 100) / 10} s`);
    const cause = (e as { cause?: unknown }).cause;
    if (cause instanceof FeedError) throw cause;
    const c = cause as { code?: string; message?: string } | undefined;
    if (c?.code === 'ENOTFOUND' || c?.code === 'EAI_AGAIN') throw new FeedError(`cannot resolve ${url.hostname}`);
    throw new FeedError(`network error: ${c?.code ?? c?.message ?? (e as Error).message}`);
  } finally {
    agent.destroy().catch(() => undefined);
  }
}

function formatBytes(n: number): string {
  return n >= 1024 * 1024 ? `${Math.round((n / 1024 / 1024) * 10) / 10} MB` : `${Math.round(n / 1024)} KB`;
}
