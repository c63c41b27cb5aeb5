import { expect, request as playwrightRequest, type APIRequestContext, type Browser, type BrowserContext, type Page, type Response } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { createAccount, logIn, type E2eAccount } from '../support/fixtures';
import { REPO } from '../support/paths';

/** The real course the journeys use, read from its files (slugs, quiz answers) as content authors wrote it. */
export const COURSE = 'plan-de-negocio';
const COURSE_DIR = join(REPO, 'courses', '01-plan-de-negocio');

export const LESSONS: { slug: string; title: string }[] = readdirSync(join(COURSE_DIR, 'lessons'))
  .filter((f) => f.endsWith('.md'))
  .sort()
  .map((f) => {
    const text = readFileSync(join(COURSE_DIR, 'lessons', f), 'utf8');
    const slug = /^slug:\s*(\S+)/m.exec(text)?.[1] ?? '';
    const title = /^title:\s*"?(.*?)"?\s*$/m.exec(text)?.[1] ?? '';
    return { slug, title };
  });

export interface QuizQuestion {
  id: string;
  type: 'single' | 'multiple';
  prompt: string;
  options: { id: string; text: string }[];
  correct: string[];
  explanation: string;
}
export interface QuizFile {
  slug: string;
  title: string;
  passMark: number;
  maxAttempts: number;
  questions: QuizQuestion[];
}
export const QUIZ = parse(readFileSync(join(COURSE_DIR, 'quizzes', 'quiz-plan-de-negocio.yaml'), 'utf8')) as QuizFile;
export const ASSIGNMENT = 'tu-plan-en-una-pagina';

/** One option that is not right, for a wrong answer to every question. */
export function wrongOption(q: QuizQuestion): string {
  return q.options.find((o) => !q.correct.includes(o.id))!.id;
}

/** An API client that acts as `account` (a bearer token from the real login). */
export async function apiAs(baseURL: string, account: { email: string; password: string }): Promise<APIRequestContext> {
  const anon = await playwrightRequest.newContext({ baseURL });
  const login = await anon.post('/api/auth/login', { data: { email: account.email, password: account.password } });
  expect(login.status()).toBe(200);
  const token = ((await login.json()) as { token: string }).token;
  await anon.dispose();
  return playwrightRequest.newContext({ baseURL, extraHTTPHeaders: { Authorization: `Bearer ${token}` } });
}

function day(offset: number): string {
  return new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
}

export interface TestClass {
  id: string;
  title: string;
  trainer: E2eAccount;
  trainerApi: APIRequestContext;
}

/** A trainer and a class of the real course, with one online session, made through the API. */
export async function createClass(baseURL: string, opts: { capacity?: number; title?: string } = {}): Promise<TestClass> {
  const tag = Date.now().toString(36);
  const trainer = await createAccount(baseURL, { displayName: `Formadora ${tag}`, roles: ['trainer'], tag: 'formadora' });
  const trainerApi = await apiAs(baseURL, trainer);
  const title = opts.title ?? `Plan de negocio, grupo ${tag}`;
  const res = await trainerApi.post('/api/classes', {
    data: { courseSlug: COURSE, title, startsOn: day(0), endsOn: day(90), timezone: 'Europe/Madrid', capacity: opts.capacity ?? 10, mode: 'online', enrolmentOpen: true },
  });
  expect(res.status()).toBe(201);
  const id = ((await res.json()) as { id: string }).id;
  const session = await trainerApi.post(`/api/classes/${id}/sessions`, {
    data: { startsAt: `${day(10)}T18:00:00+01:00`, durationMinutes: 90, topic: 'Costos y precios', meetingUrl: 'https://meet.example.org/plan' },
  });
  expect(session.status()).toBe(201);
  return { id, title, trainer, trainerApi };
}

/** A learner already logged in in a browser context of their own (JavaScript on or off). */
export async function learnerPage(browser: Browser, baseURL: string, javaScriptEnabled: boolean, next: string, name = 'Lucía'): Promise<{ account: E2eAccount; context: BrowserContext; page: Page }> {
  const account = await createAccount(baseURL, { displayName: `${name} ${Date.now().toString(36)}`, tag: 'aprendiz' });
  const context = await browser.newContext({ javaScriptEnabled });
  const page = await context.newPage();
  await logIn(page, account, next);
  return { account, context, page };
}

/** Enrols `account` through the API and returns its enrolment id. */
export async function enrolByApi(baseURL: string, account: E2eAccount, classId: string): Promise<{ api: APIRequestContext; enrolmentId: string }> {
  const api = await apiAs(baseURL, account);
  const res = await api.post(`/api/classes/${classId}/enrolments`, { data: {} });
  expect(res.status()).toBe(201);
  return { api, enrolmentId: ((await res.json()) as { id: string }).id };
}

/** Pages stay light for slow connections. */
export async function expectSmall(res: Pick<Response, 'body'> | null): Promise<void> {
  expect(res).not.toBeNull();
  expect((await res!.body()).length).toBeLessThan(30_000);
}
