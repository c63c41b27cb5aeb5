import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { bearer, importFixtureCourse } from './classroom';
import type { Account, TestApp } from './test-app';

/** The fixture course completed by reading its two lessons (no quiz, no assignment). */
export const LESSONS_ONLY = '{ requiredLessons: all, quizzes: [], assignments: [], attendancePercent: 0 }';

export async function importLessonsOnlyCourse(folder: string, overrides: Record<string, string | null> = {}): Promise<void> {
  await importFixtureCourse(folder, overrides, LESSONS_ONLY);
}

/** Enrols `learner` and reads both lessons, which completes the enrolment; returns its id. */
export async function completeThroughApi(t: TestApp, classId: string, learner: Account): Promise<string> {
  const e = await request(t.http).post(`/api/classes/${classId}/enrolments`).set(bearer(learner)).expect(201);
  const id = e.body.id as string;
  await request(t.http).post(`/api/enrolments/${id}/lessons/primera/complete`).set(bearer(learner)).expect(201);
  const done = await request(t.http).post(`/api/enrolments/${id}/lessons/segunda/complete`).set(bearer(learner)).expect(201);
  if (done.body.status !== 'completed') throw new Error(`enrolment ${id} did not complete: ${JSON.stringify(done.body)}`);
  return id;
}

/** Polls until `probe` returns something (the completion listener runs as a job). */
export async function eventually<T>(probe: () => Promise<T | null | undefined>, timeoutMs = 15_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = await probe();
    if (v) return v;
    if (Date.now() > end) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 150));
  }
}

export async function myCertificates(t: TestApp, learner: Account): Promise<{ code: string; status: string; classId: string }[]> {
  return (await request(t.http).get('/api/me/certificates').set(bearer(learner)).expect(200)).body;
}

/** Binary response bodies (PDF) with supertest. */
export function binary(res: unknown, cb: (err: Error | null, body: Buffer) => void): void {
  const stream = res as NodeJS.ReadableStream;
  const chunks: Buffer[] = [];
  stream.on('data', (c: Buffer) => chunks.push(Buffer.from(c)));
  stream.on('end', () => cb(null, Buffer.concat(chunks)));
}

/** Runs the real poppler and zbar tools on a PDF: its text, the QR on page 1, and its attachment. */
export function readPdfWithTools(pdf: Buffer): { text: string; qr: string; attachment: string; info: string } {
  const dir = mkdtempSync(join(tmpdir(), 'puente-cert-'));
  try {
    const file = join(dir, 'c.pdf');
    writeFileSync(file, pdf);
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    execFileSync('pdftoppm', ['-r', '150', '-png', '-singlefile', file, join(dir, 'page')]);
    const qr = execFileSync('zbarimg', ['--raw', '-q', '-Sbinary', join(dir, 'page.png')], { encoding: 'utf8' }).trim();
    execFileSync('pdfdetach', ['-saveall', '-o', dir, file]);
    const attachment = readFileSync(join(dir, 'credential.json'), 'utf8');
    return { text, qr, attachment, info };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
