import AxeBuilder from '@axe-core/playwright';
import { expect, request as playwrightRequest, type APIRequestContext, type BrowserContext, type Page } from '@playwright/test';
import { simpleParser, type ParsedMail } from 'mailparser';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { STATE_FILE, type E2eState } from './paths';

export function state(): E2eState {
  return JSON.parse(readFileSync(STATE_FILE, 'utf8')) as E2eState;
}

export function uniqueEmail(tag: string): string {
  return `${tag}.${Date.now().toString(36)}.${randomBytes(3).toString('hex')}@example.org`;
}

/**
 * Captured mail read so far in this worker, by file name: each file is read and parsed once, not on every
 * poll (the folder holds every message of the run, hundreds by the end).
 */
const mailCache = new Map<string, { raw: string; parsed?: ParsedMail }>();

/** Waits for the captured email to `to` whose subject matches. */
export async function waitForMail(to: string, subject: RegExp, timeoutMs = 20_000): Promise<ParsedMail> {
  const { mailDir } = state();
  const deadline = Date.now() + timeoutMs;
  const address = to.toLowerCase();
  while (Date.now() < deadline) {
    for (const file of readdirSync(mailDir).sort().reverse()) {
      let entry = mailCache.get(file);
      if (!entry) mailCache.set(file, (entry = { raw: readFileSync(join(mailDir, file), 'latin1').toLowerCase() }));
      // Only a message that names the address anywhere is worth parsing.
      if (!entry.raw.includes(address)) continue;
      entry.parsed ??= await simpleParser(readFileSync(join(mailDir, file)));
      const mail = entry.parsed;
      const rcpt = (Array.isArray(mail.to) ? mail.to : mail.to ? [mail.to] : []).flatMap((a) => a.value.map((v) => v.address?.toLowerCase()));
      if (rcpt.includes(address) && subject.test(mail.subject ?? '')) return mail;
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`no mail to ${to} matching ${subject}`);
}

/** The first link in the mail's text that goes to the given path. */
export function linkFrom(mail: ParsedMail, path: string): string {
  const m = new RegExp(`https?://[^\\s]+${path.replace(/[/?]/g, (c) => `\\${c}`)}[^\\s]*`).exec(mail.text ?? '');
  if (!m) throw new Error(`no ${path} link in "${mail.subject}"`);
  return m[0];
}

/**
 * axe-core: no serious or critical violation on the current page. axe is a script, so for a page
 * shown with JavaScript off the same HTML (scripts removed) is checked in a script-enabled page.
 */
export async function expectAccessible(page: Page, opts: { javaScriptEnabled?: boolean } = {}): Promise<void> {
  let target = page;
  let scratch: BrowserContext | undefined;
  if (opts.javaScriptEnabled === false) {
    const html = (await page.content()).replace(/<script\b[\s\S]*?<\/script>/gi, '');
    const url = page.url();
    scratch = await page.context().browser()!.newContext({ baseURL: new URL(url).origin, javaScriptEnabled: true });
    target = await scratch.newPage();
    await target.route('**/*', (route) => {
      if (route.request().url() === url) return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
      if (route.request().resourceType() === 'script') return route.abort();
      return route.continue();
    });
    await target.goto(url);
  }
  // Legacy mode runs axe in the page itself instead of opening a blank page to gather the results: the
  // same rules and results for pages without cross-origin frames (ours have none), in half the time.
  const results = await new AxeBuilder({ page: target })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .setLegacyMode(true)
    .options({ resultTypes: ['violations'] })
    .analyze();
  await scratch?.close();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
}

export interface E2eAccount {
  id: string;
  email: string;
  password: string;
  displayName: string;
}

/**
 * A verified account made through the real API (register, the link in the real email, login), with extra
 * roles granted by the e2e admin through the admin API. For journeys that need people to exist first.
 */
export async function createAccount(baseURL: string, opts: { displayName: string; roles?: string[]; locale?: 'es' | 'en'; tag?: string }): Promise<E2eAccount> {
  // Its own request context: the admin's login cookie must not leak into the test's requests.
  const request = await playwrightRequest.newContext({ baseURL });
  try {
    return await makeAccount(request, opts);
  } finally {
    await request.dispose();
  }
}

/** The e2e admin's API token, logged in once per worker. */
let adminTokenCache: string | undefined;
async function adminToken(request: APIRequestContext): Promise<string> {
  if (!adminTokenCache) {
    const login = await request.post('/api/auth/login', { data: state().admin });
    expect(login.status()).toBe(200);
    adminTokenCache = (await login.json()).token as string;
  }
  return adminTokenCache;
}

async function makeAccount(request: APIRequestContext, opts: { displayName: string; roles?: string[]; locale?: 'es' | 'en'; tag?: string }): Promise<E2eAccount> {
  const email = uniqueEmail(opts.tag ?? 'persona');
  const password = 'una-clave-de-prueba-e2e';
  const reg = await request.post('/api/auth/register', { data: { email, password, displayName: opts.displayName, locale: opts.locale ?? 'es' } });
  expect(reg.status()).toBe(201);
  const id = (await reg.json()).id as string;
  const mail = await waitForMail(email, /Confirm/);
  const token = new URL(linkFrom(mail, '/verificar-correo?token=')).searchParams.get('token');
  expect((await request.post('/api/auth/verify-email', { data: { token } })).status()).toBe(200);
  if (opts.roles?.length) {
    const res = await request.patch(`/api/admin/users/${id}`, { data: { roles: ['learner', ...opts.roles] }, headers: { Authorization: `Bearer ${await adminToken(request)}` } });
    expect(res.status()).toBe(200);
  }
  return { id, email, password, displayName: opts.displayName };
}

/** Logs `account` in through the login form (works with JavaScript on or off) and lands on `next`. */
export async function logIn(page: Page, account: { email: string; password: string }, next = '/cuenta'): Promise<void> {
  await page.goto(`/entrar?next=${encodeURIComponent(next)}`);
  await page.getByLabel(/^(Correo electrónico|Email)$/).fill(account.email);
  await page.getByLabel(/^(Contraseña|Password)$/).fill(account.password);
  await page.getByRole('main').getByRole('button', { name: /^(Entrar|Log in)$/ }).click();
  await expect(page).toHaveURL(new RegExp(`${next.replace(/[?/.]/g, (c) => `\\${c}`)}$`));
}

/**
 * Pages in Spanish and then English (the cookie chooses): each answers 200 with its `lang`, one h1, `main#main`, no
 * serious axe violation and under `maxBytes` of HTML (30 kB unless said).
 */
export async function expectPagesInBothLanguages(page: Page, baseURL: string, paths: string[], maxBytes = 30_000): Promise<void> {
  for (const lang of ['es', 'en'] as const) {
    await page.context().addCookies([{ name: 'lang', value: lang, url: baseURL }]);
    for (const path of paths) {
      const res = await page.goto(path);
      expect(res?.status(), path).toBe(200);
      await expect(page.locator('html'), path).toHaveAttribute('lang', lang);
      await expect(page.locator('h1'), path).toHaveCount(1);
      await expect(page.locator('main#main'), path).toHaveCount(1);
      await expectAccessible(page);
      expect((await res!.body()).length, `${path} HTML size`).toBeLessThan(maxBytes);
    }
  }
}
