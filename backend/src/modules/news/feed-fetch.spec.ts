import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { BlockList } from 'node:net';
import { charsetOf, decodeFeed, FeedError, fetchFeed, isBlockedAddress, type FetchOptions } from './feed-fetch';

const RSS = '<?xml version="1.0"?><rss version="2.0"><channel><title>t</title></channel></rss>';

describe('isBlockedAddress', () => {
  it.each([
    '127.0.0.1',
    '10.1.2.3',
    '172.16.5.4',
    '192.168.1.1',
    '169.254.169.254', // cloud metadata
    '100.64.0.1',
    '0.0.0.0',
    '::1',
    '::',
    '::ffff:127.0.0.1',
    '::ffff:7f00:1', // the same, as URL parsing writes it
    '::ffff:a9fe:a9fe',
    '::127.0.0.1', // IPv4-compatible
    '64:ff9b::7f00:1', // NAT64
    '64:ff9b::a00:1',
    '64:ff9b:1::a9fe:a9fe',
    '2002:7f00:1::1', // 6to4 around 127.0.0.1
    '2002:c0a8:101::', // 6to4 around 192.168.1.1
    '2001:0:4136:e378:8000:63bf:3fff:fdd2', // Teredo
    'fe80::1',
    'fd12:3456::1',
    'ff02::1',
    'fe80::1%eth0',
    'not-an-address',
    '1:2:3:4:5:6:7:8:9',
  ])('refuses %s', (address) => expect(isBlockedAddress(address)).toBe(true));

  it.each(['8.8.8.8', '151.101.1.140', '2606:4700:4700::1111', '2a00:1450:4003:80f::200e', '::ffff:8.8.8.8', '64:ff9b::808:808', '2002:808:808::1'])('allows the public address %s', (address) =>
    expect(isBlockedAddress(address)).toBe(false),
  );
});

describe('charsetOf and decodeFeed', () => {
  const utf16le = (s: string, bom: boolean) => Buffer.concat([bom ? Buffer.from([0xff, 0xfe]) : Buffer.alloc(0), Buffer.from(s, 'utf16le')]);
  const utf16be = (s: string) => Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(s, 'utf16le').swap16()]);
  const doc = '<?xml version="1.0"?><rss><channel><title>Regularización: señal</title></channel></rss>';

  it('trusts a byte-order mark over the HTTP header', () => {
    expect(charsetOf('text/xml; charset=iso-8859-1', Buffer.from([0xef, 0xbb, 0xbf, 0x3c]))).toBe('utf-8');
    expect(decodeFeed(utf16le(doc, true), 'application/xml; charset=utf-8')).toBe(doc);
    expect(decodeFeed(utf16be(doc), 'application/rss+xml')).toBe(doc);
  });

  it('recognises UTF-16 without a mark by its first character', () => {
    expect(charsetOf('', utf16le(doc, false))).toBe('utf-16le');
    expect(decodeFeed(utf16le(doc, false), '')).toBe(doc);
  });

  it('reads the XML declaration when the header names no charset', () => {
    const latin1 = Buffer.from('<?xml version="1.0" encoding="ISO-8859-1"?><rss><channel><title>Regularización</title></channel></rss>', 'latin1');
    expect(decodeFeed(latin1, 'text/xml')).toContain('Regularización');
    expect(decodeFeed(Buffer.from(doc), 'text/xml; charset="UTF-8"')).toBe(doc);
  });

  it('falls back to UTF-8 when the declared charset is unknown', () => {
    expect(decodeFeed(Buffer.from(doc), 'text/xml; charset=x-nonsense')).toBe(doc);
  });
});

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

async function serve(host: string, handler: Handler): Promise<{ server: Server; base: string; hits: string[] }> {
  const hits: string[] = [];
  const server = createServer((req, res) => {
    hits.push(req.url ?? '');
    handler(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  return { server, base: `http://${host}:${(server.address() as AddressInfo).port}`, hits };
}

describe('fetchFeed', () => {
  // The feed server lives on 127.0.0.2; the "internal service" on 127.0.0.1. With a block list of only
  // 127.0.0.1 and ::1, the first is a stand-in for a public host and the second for what must stay unreachable.
  const onlyLoopbackOne = new BlockList();
  onlyLoopbackOne.addAddress('127.0.0.1', 'ipv4');
  onlyLoopbackOne.addAddress('::1', 'ipv6');
  let feed: Awaited<ReturnType<typeof serve>>;
  let internal: Awaited<ReturnType<typeof serve>>;
  const options = (o: Partial<FetchOptions> = {}): FetchOptions => ({ timeoutMs: 2000, maxBytes: 1 << 20, userAgent: 'test', allowPrivateHosts: false, blocked: onlyLoopbackOne, ...o });
  const refusal = (p: Promise<unknown>) => p.then(() => 'no error', (e: unknown) => (e instanceof FeedError ? e.message : `not a FeedError: ${String(e)}`));

  beforeAll(async () => {
    internal = await serve('127.0.0.1', (_req, res) => res.end('secret'));
    const internalPort = new URL(internal.base).port;
    feed = await serve('127.0.0.2', (req, res) => {
      const url = req.url ?? '';
      if (url === '/feed.xml') {
        if (req.headers['if-none-match'] === '"v1"') return res.writeHead(304).end();
        return res.writeHead(200, { 'content-type': 'application/rss+xml', etag: '"v1"' }).end(RSS);
      }
      if (url === '/to-loopback-ip') return res.writeHead(302, { location: `http://127.0.0.1:${internalPort}/` }).end();
      if (url === '/to-localhost') return res.writeHead(302, { location: `http://localhost:${internalPort}/` }).end();
      if (url === '/to-mapped') return res.writeHead(307, { location: `http://[::ffff:127.0.0.1]:${internalPort}/` }).end();
      if (url === '/moved') return res.writeHead(301, { location: '/moved-again' }).end();
      if (url === '/moved-again') return res.writeHead(308, { location: '/feed.xml' }).end();
      if (url === '/temporary') return res.writeHead(302, { location: '/feed.xml' }).end();
      if (url === '/validators-here') {
        // The validators were received from /feed.xml: they must not be sent to this first hop.
        if (req.headers['if-none-match']) return res.writeHead(400).end('validators sent to the wrong address');
        return res.writeHead(302, { location: '/feed.xml' }).end();
      }
      if (url === '/stall') return void res.writeHead(200, { 'content-type': 'application/rss+xml' }).write('<rss>');
      res.writeHead(404).end();
    });
  });
  afterAll(async () => {
    feed.server.closeAllConnections();
    await Promise.all([feed, internal].map((s) => new Promise((resolve) => s.server.close(resolve))));
  });
  beforeEach(() => internal.hits.splice(0));

  it('reads a feed on an allowed address', async () => {
    const res = await fetchFeed(`${feed.base}/feed.xml`, options());
    expect(res).toMatchObject({ status: 'ok', body: RSS, etag: '"v1"', movedTo: null });
  });

  it('refuses a redirect to a private literal address before connecting to it', async () => {
    expect(await refusal(fetchFeed(`${feed.base}/to-loopback-ip`, options()))).toBe('127.0.0.1 is a private or local address');
    expect(await refusal(fetchFeed(`${feed.base}/to-mapped`, options()))).toBe('::ffff:7f00:1 is a private or local address');
    expect(internal.hits).toEqual([]);
  });

  it('checks a name on the addresses the connection uses, so a name resolving to loopback never connects', async () => {
    expect(await refusal(fetchFeed(`${feed.base}/to-localhost`, options()))).toBe('localhost is a private or local address');
    expect(await refusal(fetchFeed(`http://localhost:${new URL(internal.base).port}/`, options({ blocked: undefined })))).toBe('localhost is a private or local address');
    expect(internal.hits).toEqual([]);
  });

  it('refuses private literal addresses in every spelling with the default ranges', async () => {
    const port = new URL(internal.base).port;
    for (const host of ['127.0.0.1', '[::ffff:7f00:1]', '[::ffff:127.0.0.1]', '[::1]', '0.0.0.0'])
      expect(await refusal(fetchFeed(`http://${host}:${port}/`, options({ blocked: undefined })))).toMatch(/is a private or local address$/);
    expect(internal.hits).toEqual([]);
  });

  it('reaches private addresses when they are allowed (a newsroom on an intranet, the tests)', async () => {
    const res = await fetchFeed(`${internal.base}/`, options({ allowPrivateHosts: true, blocked: undefined }));
    expect(res).toMatchObject({ status: 'ok', body: 'secret' });
  });

  it('reports where a feed moved only when every redirect was permanent', async () => {
    expect(await fetchFeed(`${feed.base}/moved`, options())).toMatchObject({ status: 'ok', finalUrl: `${feed.base}/feed.xml`, movedTo: `${feed.base}/feed.xml` });
    expect(await fetchFeed(`${feed.base}/temporary`, options())).toMatchObject({ status: 'ok', finalUrl: `${feed.base}/feed.xml`, movedTo: null });
  });

  it('sends validators to the address they came from, even behind a redirect', async () => {
    const withValidators = options({ etag: '"v1"', validatorsUrl: `${feed.base}/feed.xml` });
    expect(await fetchFeed(`${feed.base}/validators-here`, withValidators)).toEqual({ status: 'not_modified' });
    expect(await fetchFeed(`${feed.base}/feed.xml`, withValidators)).toEqual({ status: 'not_modified' });
    // Without a recorded address they belong to the feed URL itself, and a redirect target gets none.
    expect(await fetchFeed(`${feed.base}/temporary`, options({ etag: '"v1"' }))).toMatchObject({ status: 'ok', body: RSS });
  });

  it('stops a read when its signal is aborted, and when the time is up', async () => {
    const stop = new AbortController();
    const pending = refusal(fetchFeed(`${feed.base}/stall`, options({ signal: stop.signal, timeoutMs: 10_000 })));
    setTimeout(() => stop.abort(), 100);
    expect(await pending).toBe('stopped: the server is shutting down');
    expect(await refusal(fetchFeed(`${feed.base}/stall`, options({ timeoutMs: 300 })))).toBe('no complete answer within 0.3 s');
  });

  it('names a host that does not resolve', async () => {
    expect(await refusal(fetchFeed('http://no-such-host.invalid/feed.xml', options()))).toBe('cannot resolve no-such-host.invalid');
  });
});
