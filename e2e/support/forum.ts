import { expect, request as playwrightRequest, type APIRequestContext } from '@playwright/test';
import { apiAs } from './classroom';
import { createAccount, state, type E2eAccount } from './fixtures';

/**
 * Shared by the forum journeys. People are made through the real API (register, the mailed link, login);
 * counsellors get their role from the e2e admin and their credential line through
 * `PUT /api/forum/counsellors/:userId`, as an admin would on the admin pages.
 */

export const VALID_NIE = 'X1234567L';

export interface ForumActor {
  account: E2eAccount;
  api: APIRequestContext;
}

/** A member with no special role, with a logged-in API client of their own. */
export async function member(baseURL: string, displayName: string): Promise<ForumActor> {
  const account = await createAccount(baseURL, { displayName, tag: 'foro' });
  return { account, api: await apiAs(baseURL, account) };
}

/** A verified counsellor: the role, and a credential line set by the admin (what the badge shows). */
export async function counsellor(baseURL: string, displayName: string, credential: string): Promise<ForumActor> {
  const account = await createAccount(baseURL, { displayName, roles: ['counsellor'], tag: 'asesoria' });
  const admin = await apiAs(baseURL, state().admin);
  try {
    const res = await admin.put(`/api/forum/counsellors/${account.id}`, { data: { credential } });
    expect(res.status()).toBe(200);
    expect((await res.json()).verified).toBe(true);
  } finally {
    await admin.dispose();
  }
  return { account, api: await apiAs(baseURL, account) };
}

/** A moderator (the role granted by the admin). */
export async function moderator(baseURL: string, displayName: string): Promise<ForumActor> {
  const account = await createAccount(baseURL, { displayName, roles: ['moderator'], tag: 'moderacion' });
  return { account, api: await apiAs(baseURL, account) };
}

/** The id of a shipped category, by its slug. */
export async function categoryId(baseURL: string, slug: string): Promise<string> {
  const api = await playwrightRequest.newContext({ baseURL });
  try {
    const all = (await (await api.get('/api/forum/categories')).json()) as { id: string; slug: string }[];
    const found = all.find((c) => c.slug === slug);
    expect(found, slug).toBeDefined();
    return found!.id;
  } finally {
    await api.dispose();
  }
}

export interface QuestionInput {
  categoryId: string;
  title: string;
  body: string;
  country?: 'ES' | 'EC' | 'other';
  anonymous?: boolean;
  tags?: string[];
}

/** Asks through the API, publishing at once (personal data, if any, masked without a review). Returns its id. */
export async function ask(by: ForumActor, q: QuestionInput): Promise<string> {
  const res = await by.api.post('/api/forum/questions', { data: { country: 'ES', ...q, confirm: true } });
  expect(res.status(), await res.text()).toBe(201);
  const body = (await res.json()) as { outcome: string; questionId: string };
  expect(body.outcome).toBe('published');
  return body.questionId;
}

/** Answers through the API, published at once. Returns the answer's id. */
export async function answer(by: ForumActor, questionId: string, text: string): Promise<string> {
  const res = await by.api.post(`/api/forum/questions/${questionId}/answers`, { data: { body: text, confirm: true } });
  expect(res.status(), await res.text()).toBe(201);
  return ((await res.json()) as { answerId: string }).answerId;
}

export async function disposeAll(...actors: (ForumActor | undefined)[]): Promise<void> {
  for (const a of actors) await a?.api.dispose();
}
