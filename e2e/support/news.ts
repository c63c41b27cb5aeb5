import { request as playwrightRequest, expect } from '@playwright/test';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createAccount, type E2eAccount } from './fixtures';

/** One item of a test feed. Dates are hours before now. */
export interface FeedItem {
  title: string;
  summary: string;
  ageHours: number;
  /** Path on example.org; the item's link. */
  path: string;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function rss(name: string, items: FeedItem[]): string {
  const entries = items
    .map(
      (i) => `<item><title>${esc(i.title)}</title><link>https://example.org${esc(i.path)}</link><guid>https://example.org${esc(i.path)}</guid>
<pubDate>${new Date(Date.now() - i.ageHours * 3600_000).toUTCString()}</pubDate><description>${esc(`<p>${i.summary}</p>`)}</description></item>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>${esc(name)}</title><link>https://example.org/</link><description>Feed de prueba</description>${entries}</channel></rss>`;
}

export interface FeedServer {
  url(feed: string): string;
  close(): Promise<void>;
}

/** A local HTTP server that serves the given feeds (name → items) as RSS 2.0 at /<name>.xml. */
export async function startFeedServer(feeds: Record<string, FeedItem[]>): Promise<FeedServer> {
  const server: Server = createServer((req, res) => {
    const name = /^\/([\w-]+)\.xml$/.exec(req.url ?? '')?.[1];
    const items = name && Object.hasOwn(feeds, name) ? feeds[name] : undefined;
    if (!items) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' });
    res.end(rss(name!, items));
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: (feed) => `${base}/${feed}.xml`,
    close: () => new Promise((ok) => server.close(() => ok())),
  };
}

export async function editor(baseURL: string, displayName: string): Promise<E2eAccount> {
  return createAccount(baseURL, { displayName, roles: ['editor'], tag: 'editor' });
}

export interface TestSource {
  name: string;
  feedUrl: string;
  region: 'ecuador' | 'spain' | 'eu' | 'world';
  tier: 'official' | 'established_media' | 'civil_society' | 'community';
}

/**
 * Makes these the only active sources, through the API as `by` (an editor): every other active source (the
 * shipped real ones included, which tests must never read) is switched off. Returns the sources' ids.
 */
export async function onlyTheseSources(baseURL: string, by: E2eAccount, sources: TestSource[]): Promise<string[]> {
  const request = await playwrightRequest.newContext({ baseURL });
  try {
    const token = (await (await request.post('/api/auth/login', { data: { email: by.email, password: by.password } })).json()).token as string;
    const headers = { Authorization: `Bearer ${token}` };
    const all = (await (await request.get('/api/news/sources', { headers })).json()) as { id: string; active: boolean; feedUrl: string | null }[];
    for (const s of all.filter((s) => s.active)) expect((await request.patch(`/api/news/sources/${s.id}`, { headers, data: { active: false } })).status()).toBe(200);
    const ids: string[] = [];
    for (const s of sources) {
      const existing = all.find((a) => a.feedUrl === s.feedUrl);
      const res = existing
        ? // Re-used from an earlier run against the same database: brought back as asked, and read at once.
          await request.patch(`/api/news/sources/${existing.id}`, { headers, data: { name: s.name, region: s.region, tier: s.tier, active: true, keywordFilter: false, retryNow: true } })
        : await request.post('/api/news/sources', { headers, data: { ...s, siteUrl: 'https://example.org', language: 'es', active: true, keywordFilter: false } });
      expect(res.ok()).toBe(true);
      ids.push((await res.json()).id as string);
    }
    return ids;
  } finally {
    await request.dispose();
  }
}

/** Reads the active sources now, as `by` (an editor), through the API; returns the run's report. */
export async function ingestNow(baseURL: string, by: E2eAccount): Promise<{ newItems: number; failed: unknown[] }> {
  const request = await playwrightRequest.newContext({ baseURL });
  try {
    const token = (await (await request.post('/api/auth/login', { data: { email: by.email, password: by.password } })).json()).token as string;
    const res = await request.post('/api/news/ingest', { headers: { Authorization: `Bearer ${token}` } });
    expect(res.status()).toBe(200);
    return res.json();
  } finally {
    await request.dispose();
  }
}
