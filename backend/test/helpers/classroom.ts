import { EntityManager } from '@mikro-orm/postgresql';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { importCourses } from '../../src/modules/courses/course-sync';
import { writeFixtureCourse } from '../../src/modules/courses/testing/course-fixture';
import { testDatabaseUrl, type Account, type TestApp } from './test-app';

export const bearer = (a: Account) => ({ Authorization: `Bearer ${a.token}` });

/** Imports the small fixture course into the run's database under `NN-slug` (with any files replaced). */
export async function importFixtureCourse(folder: string, overrides: Record<string, string | null> = {}, completion?: string): Promise<void> {
  const root = mkdtempSync(join(tmpdir(), 'puente-classroom-'));
  try {
    writeFixtureCourse(root, overrides, folder, completion);
    await importCourses(testDatabaseUrl(), root);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

export interface ClassOptions {
  courseSlug: string;
  capacity?: number;
  startsOn?: string;
  endsOn?: string;
  enrolmentOpen?: boolean;
}

/** A class created through the API by `trainer`; returns its id. */
export async function createClass(t: TestApp, trainer: Account, opts: ClassOptions): Promise<string> {
  const res = await request(t.http)
    .post('/api/classes')
    .set(bearer(trainer))
    .send({
      courseSlug: opts.courseSlug,
      title: `Clase ${opts.courseSlug} ${randomUUID().slice(0, 6)}`,
      startsOn: opts.startsOn ?? '2026-11-01',
      endsOn: opts.endsOn ?? '2027-06-30',
      timezone: 'Europe/Madrid',
      capacity: opts.capacity ?? 20,
      mode: 'online',
      enrolmentOpen: opts.enrolmentOpen ?? true,
    })
    .expect(201);
  return res.body.id as string;
}

/** Answers to the fixture quiz: all right, or all wrong. */
export const RIGHT = { q1: ['b'], q2: ['a', 'c'] };
export const WRONG = { q1: ['a'], q2: ['b'] };

/**
 * Many learners straight in the database (verified users with active enrolments), for size-dependent
 * tests where going through registration for each would only slow the run down.
 */
export async function bulkEnrol(t: TestApp, classId: string, count: number): Promise<string[]> {
  const em = t.app.get(EntityManager).fork();
  const ids: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const id = randomUUID();
    ids.push(id);
    await em.execute(
      `insert into users (id, email, display_name, roles, locale, email_verified_at) values (?, ?, ?, '{learner}', 'es', now())`,
      [id, `bulk.${id}@example.org`, `Aprendiz ${String(i).padStart(4, '0')}`],
    );
    await em.execute(`insert into enrolments (id, class_id, user_id, status, queued_at, activated_at) values (gen_random_uuid(), ?, ?, 'active', now(), now())`, [classId, id]);
  }
  return ids;
}
