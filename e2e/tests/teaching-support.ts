import { expect, request as playwrightRequest, type APIRequestContext } from '@playwright/test';
import { createAccount, type E2eAccount } from '../support/fixtures';

/**
 * Helpers for the trainer journeys: people act through the real API (as their own app would) to set the
 * scene — a class, enrolments, a submission — and the test then drives the trainer's pages in Chromium.
 */

export const COURSE = 'plan-de-negocio';
export const ASSIGNMENT = 'tu-plan-en-una-pagina';
export const ASSIGNMENT_TITLE = 'Tu plan de negocio en una página';

/** A calendar day (YYYY-MM-DD) `offset` days from today (UTC: tests keep a margin of days around it). */
export function day(offset: number): string {
  return new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
}

export function tag(): string {
  return `${Date.now().toString(36)}${Math.floor(Math.random() * 1000)}`;
}

export interface Actor {
  account: E2eAccount;
  api: APIRequestContext;
}

/** A logged-in API client for `account` (bearer token, no cookies shared with the browser). */
export async function apiAs(baseURL: string, account: E2eAccount): Promise<APIRequestContext> {
  const anon = await playwrightRequest.newContext({ baseURL });
  const login = await anon.post('/api/auth/login', { data: { email: account.email, password: account.password } });
  expect(login.status()).toBe(200);
  const token = (await login.json()).token as string;
  await anon.dispose();
  return playwrightRequest.newContext({ baseURL, extraHTTPHeaders: { Authorization: `Bearer ${token}` } });
}

export async function person(baseURL: string, displayName: string, roles: string[] = [], locale: 'es' | 'en' = 'es'): Promise<Actor> {
  const account = await createAccount(baseURL, { displayName, roles, locale, tag: roles.includes('trainer') ? 'trainer' : 'learner' });
  return { account, api: await apiAs(baseURL, account) };
}

export interface ClassInput {
  title?: string;
  startsOn?: string;
  endsOn?: string;
  capacity?: number;
  mode?: 'online' | 'in_person' | 'hybrid';
  location?: string;
  enrolmentOpen?: boolean;
  timezone?: string;
}

export async function createClass(trainer: Actor, input: ClassInput = {}): Promise<{ id: string; title: string }> {
  const title = input.title ?? `Clase e2e ${tag()}`;
  const res = await trainer.api.post('/api/classes', {
    data: {
      courseSlug: COURSE,
      title,
      startsOn: input.startsOn ?? day(10),
      endsOn: input.endsOn ?? day(60),
      timezone: input.timezone ?? 'Europe/Madrid',
      capacity: input.capacity ?? 20,
      mode: input.mode ?? 'online',
      ...(input.location ? { location: input.location } : {}),
      enrolmentOpen: input.enrolmentOpen ?? true,
    },
  });
  expect(res.status(), await res.text()).toBe(201);
  return { id: (await res.json()).id as string, title };
}

export async function addSession(trainer: Actor, classId: string, startsAt: Date, topic: string): Promise<string> {
  const res = await trainer.api.post(`/api/classes/${classId}/sessions`, { data: { startsAt: startsAt.toISOString(), durationMinutes: 60, topic } });
  expect(res.status(), await res.text()).toBe(201);
  return (await res.json()).id as string;
}

export async function enrol(learner: Actor, classId: string): Promise<string> {
  const res = await learner.api.post(`/api/classes/${classId}/enrolments`, { data: {} });
  expect(res.status(), await res.text()).toBe(201);
  return (await res.json()).id as string;
}

export async function submit(learner: Actor, classId: string, text: string): Promise<string> {
  const res = await learner.api.post(`/api/classes/${classId}/assignments/${ASSIGNMENT}/submissions`, { data: { text } });
  expect(res.status(), await res.text()).toBe(201);
  return (await res.json()).id as string;
}

export async function dispose(...actors: Actor[]): Promise<void> {
  for (const a of actors) await a.api.dispose();
}
