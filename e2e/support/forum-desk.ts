import { expect, type APIRequestContext } from '@playwright/test';
import { Client } from 'pg';
import { apiAs } from './classroom';
import { createAccount, state, type E2eAccount } from './fixtures';

/**
 * Shared by the forum desk's journeys (/foro/cola, /foro/panel, /foro/moderacion, /admin/asesoria). People
 * set the scene through the real API, as the public forum's pages would (questions, answers, reports); the
 * tests then drive the desk's pages in Chromium.
 */

export interface Person {
  account: E2eAccount;
  /** A logged-in API client (bearer token; no cookie shared with any browser). */
  api: APIRequestContext;
}

export async function person(baseURL: string, displayName: string, roles: string[] = []): Promise<Person> {
  const account = await createAccount(baseURL, { displayName, roles, tag: roles[0] ?? 'miembro' });
  return { account, api: await apiAs(baseURL, account) };
}

/**
 * A member whose reports count towards hiding a post: an account older than a week (aged in the run's
 * database), or, when the app runs its embedded database, one with a trusted role.
 */
export async function established(baseURL: string, displayName: string): Promise<Person> {
  const p = await person(baseURL, displayName, state().database ? [] : ['counsellor']);
  await sql(`update users set created_at = now() - interval '30 days' where id = $1`, [p.account.id]);
  return p;
}

export async function disposeAll(people: (Person | undefined)[]): Promise<void> {
  for (const p of people) await p?.api.dispose();
}

/** The forum's categories (shipped with the platform): slug → id. */
export async function categories(api: APIRequestContext): Promise<Record<string, string>> {
  const res = await api.get('/api/forum/categories');
  expect(res.status()).toBe(200);
  return Object.fromEntries(((await res.json()) as { id: string; slug: string }[]).map((c) => [c.slug, c.id]));
}

/**
 * Asks a question through the API (no personal data in it, so it is not sent back for a preview). New
 * accounts may ask 3 a day: journeys spread their questions over several people.
 */
export async function ask(
  api: APIRequestContext,
  categoryId: string,
  title: string,
  opts: { body?: string; anonymous?: boolean; expect?: 'published' | 'held' } = {},
): Promise<string> {
  const res = await api.post('/api/forum/questions', {
    data: {
      categoryId,
      title,
      body: opts.body ?? 'Quisiera saber qué documentos necesito y cuánto suele tardar la resolución en mi provincia.',
      country: 'ES',
      ...(opts.anonymous === undefined ? {} : { anonymous: opts.anonymous }),
    },
  });
  expect(res.status(), await res.text()).toBe(201);
  const body = (await res.json()) as { outcome: string; questionId: string };
  expect(body.outcome).toBe(opts.expect ?? 'published');
  return body.questionId;
}

export async function answer(api: APIRequestContext, questionId: string, body: string): Promise<string> {
  const res = await api.post(`/api/forum/questions/${questionId}/answers`, { data: { body } });
  expect(res.status(), await res.text()).toBe(201);
  const result = (await res.json()) as { outcome: string; answerId: string };
  expect(result.outcome).toBe('published');
  return result.answerId;
}

export type ReportReason = 'personal_data' | 'spam' | 'abuse' | 'misleading' | 'off_topic' | 'other';

/** Reports a post; returns whether that report hid it (the third open one does). */
export async function report(api: APIRequestContext, postId: string, reason: ReportReason, note?: string): Promise<boolean> {
  const res = await api.post(`/api/forum/posts/${postId}/reports`, { data: { reason, ...(note ? { note } : {}) } });
  expect(res.status(), await res.text()).toBe(201);
  return ((await res.json()) as { hidden: boolean }).hidden;
}

/**
 * Runs SQL on the run's database, when the run has its own (DATABASE_URL set): used only to make time pass
 * (a question asked 50 hours ago). Returns false, doing nothing, when the app runs its embedded database.
 */
export async function sql(query: string, params: unknown[] = []): Promise<boolean> {
  const db = state().database;
  if (!db) return false;
  const url = new URL(db.adminUrl);
  url.pathname = `/${db.name}`;
  const client = new Client({ connectionString: url.toString() });
  await client.connect();
  try {
    await client.query(query, params);
  } finally {
    await client.end();
  }
  return true;
}

/**
 * A tag for the texts of one test, in letters only: titles and bodies go through the scrubber, which masks
 * runs of digits that look like documents or phone numbers (and would send the post back for a preview).
 */
export function tag(): string {
  return `${Date.now().toString(36)}${Math.floor(Math.random() * 1000)}`.replace(/\d/g, (d) => 'qrstuvwxyz'[Number(d)]);
}
