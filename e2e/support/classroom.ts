import { expect, request as playwrightRequest, type APIRequestContext, type Browser, type BrowserContext, type Page, type Response } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { createAccount, logIn, type E2eAccount } from './fixtures';
import { REPO } from './paths';

/**
 * Shared by the classroom journeys. People set the scene through the real API, as their own app would
 * (a class, enrolments, a submission); the tests then drive the pages in Chromium. The course is the real
 * business-plan course, read from its files (slugs, quiz answers) as its authors wrote them.
 */
export const COURSE = 'plan-de-negocio';
const COURSE_DIR = join(REPO, 'courses', '01-plan-de-negocio');

export const LESSONS: { slug: string; title: string }[] = readdirSync(join(COURSE_DIR, 'lessons'))
  .filter((f) => f.endsWith('.md'))
  .sort()
  .map((f) => {
    const text = readFileSync(join(COURSE_DIR, 'lessons', f), 'utf8');
    return { slug: /^slug:\s*(\S+)/m.exec(text)?.[1] ?? '', title: /^title:\s*"?(.*?)"?\s*$/m.exec(text)?.[1] ?? '' };
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
export const ASSIGNMENT_TITLE = 'Tu plan de negocio en una página';

/** One option that is not right, for a wrong answer to every question. */
export function wrongOption(q: QuizQuestion): string {
  return q.options.find((o) => !q.correct.includes(o.id))!.id;
}

/** A calendar day (YYYY-MM-DD) `offset` days from today (UTC: tests keep a margin of days around it). */
export function day(offset: number): string {
  return new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
}

export function tag(): string {
  return `${Date.now().toString(36)}${Math.floor(Math.random() * 1000)}`;
}

/** A logged-in API client for `account` (bearer token, no cookies shared with any browser). */
export async function apiAs(baseURL: string, account: { email: string; password: string }): Promise<APIRequestContext> {
  const anon = await playwrightRequest.newContext({ baseURL });
  const login = await anon.post('/api/auth/login', { data: { email: account.email, password: account.password } });
  expect(login.status()).toBe(200);
  const token = ((await login.json()) as { token: string }).token;
  await anon.dispose();
  return playwrightRequest.newContext({ baseURL, extraHTTPHeaders: { Authorization: `Bearer ${token}` } });
}

export interface Actor {
  account: E2eAccount;
  api: APIRequestContext;
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
  return { id: ((await res.json()) as { id: string }).id, title };
}

export async function addSession(trainer: Actor, classId: string, startsAt: Date, topic: string, meetingUrl?: string): Promise<string> {
  const res = await trainer.api.post(`/api/classes/${classId}/sessions`, { data: { startsAt: startsAt.toISOString(), durationMinutes: 60, topic, ...(meetingUrl ? { meetingUrl } : {}) } });
  expect(res.status(), await res.text()).toBe(201);
  return ((await res.json()) as { id: string }).id;
}

export interface TestClass {
  id: string;
  title: string;
  trainer: E2eAccount;
  trainerApi: APIRequestContext;
}

/** A new trainer and a class of the real course starting today, with one online session in ten days. */
export async function classWithSession(baseURL: string, opts: { capacity?: number; title?: string } = {}): Promise<TestClass> {
  const t = tag();
  const trainer = await person(baseURL, `Formadora ${t}`, ['trainer']);
  const { id, title } = await createClass(trainer, { title: opts.title ?? `Plan de negocio, grupo ${t}`, startsOn: day(0), endsOn: day(90), capacity: opts.capacity ?? 10 });
  await addSession(trainer, id, new Date(`${day(10)}T18:00:00+01:00`), 'Costos y precios', 'https://meet.example.org/plan');
  return { id, title, trainer: trainer.account, trainerApi: trainer.api };
}

export async function enrol(learner: Actor, classId: string): Promise<string> {
  const res = await learner.api.post(`/api/classes/${classId}/enrolments`, { data: {} });
  expect(res.status(), await res.text()).toBe(201);
  return ((await res.json()) as { id: string }).id;
}

/** Enrols `account` through the API and returns its client and enrolment id. */
export async function enrolByApi(baseURL: string, account: E2eAccount, classId: string): Promise<{ api: APIRequestContext; enrolmentId: string }> {
  const api = await apiAs(baseURL, account);
  return { api, enrolmentId: await enrol({ account, api }, classId) };
}

export async function submit(learner: Actor, classId: string, text: string): Promise<string> {
  const res = await learner.api.post(`/api/classes/${classId}/assignments/${ASSIGNMENT}/submissions`, { data: { text } });
  expect(res.status(), await res.text()).toBe(201);
  return ((await res.json()) as { id: string }).id;
}

export async function dispose(...actors: Actor[]): Promise<void> {
  for (const a of actors) await a.api.dispose();
}

/** A learner already logged in in a browser context of their own (JavaScript on or off). */
export async function learnerPage(browser: Browser, baseURL: string, javaScriptEnabled: boolean, next: string, name = 'Lucía'): Promise<{ account: E2eAccount; context: BrowserContext; page: Page }> {
  const account = await createAccount(baseURL, { displayName: `${name} ${Date.now().toString(36)}`, tag: 'aprendiz' });
  const context = await browser.newContext({ javaScriptEnabled });
  const page = await context.newPage();
  await logIn(page, account, next);
  return { account, context, page };
}

/** Pages stay light for slow connections. */
export async function expectSmall(res: Pick<Response, 'body'> | null): Promise<void> {
  expect(res).not.toBeNull();
  expect((await res!.body()).length).toBeLessThan(30_000);
}

/** The label of option `id` of a question. */
export function optionText(q: QuizQuestion, id: string): string {
  return q.options.find((o) => o.id === id)!.text;
}

/** Ticks, on the quiz page, the options `choose` picks for each question (and unticks the others of a multiple one). */
export async function answerQuiz(page: Page, questions: QuizQuestion[], choose: (q: QuizQuestion) => string[]): Promise<void> {
  const sets = page.locator('form fieldset');
  for (const [i, q] of questions.entries()) {
    const chosen = choose(q);
    for (const o of q.options) {
      const box = sets.nth(i).getByLabel(o.text, { exact: true });
      if (chosen.includes(o.id)) await box.check();
      else if (q.type === 'multiple') await box.uncheck();
    }
  }
}

/**
 * Takes `learner` through the whole course in a class of `trainer` through the API, as the pages would:
 * enrols, reads every lesson, passes the quiz, hands in the assignment and has it passed. The enrolment is
 * then completed, which issues its certificate (a background job). Returns the enrolment id.
 */
export async function completeClass(learner: Actor, trainer: Actor, classId: string): Promise<string> {
  const enrolmentId = await enrol(learner, classId);
  for (const l of LESSONS) expect((await learner.api.post(`/api/enrolments/${enrolmentId}/lessons/${l.slug}/complete`)).status()).toBe(201);
  const answers = Object.fromEntries(QUIZ.questions.map((q) => [q.id, q.correct]));
  expect((await learner.api.post(`/api/classes/${classId}/quizzes/${QUIZ.slug}/attempts`, { data: { answers } })).status()).toBe(201);
  const submissionId = await submit(learner, classId, 'Mi plan completo en una página: idea, clientes, precios, costes y punto de equilibrio.');
  const graded = await trainer.api.post(`/api/submissions/${submissionId}/grade`, { data: { passed: true, score: 90, feedback: 'Muy completo. ¡Enhorabuena!' } });
  expect(graded.status(), await graded.text()).toBe(201);
  return enrolmentId;
}

export interface IssuedCertificate {
  code: string;
  codeGrouped: string;
  status: 'valid' | 'revoked';
  verificationUrl: string;
}

/** The learner's certificates once there is at least one (issuing on completion runs as a job). */
export async function waitForCertificate(learner: Actor, timeoutMs = 20_000): Promise<IssuedCertificate> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const res = await learner.api.get('/api/me/certificates');
    expect(res.status()).toBe(200);
    const [first] = (await res.json()) as IssuedCertificate[];
    if (first) return first;
    if (Date.now() > deadline) throw new Error(`no certificate for ${learner.account.email}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}
