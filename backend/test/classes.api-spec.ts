import ICAL from 'ical.js';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { importCourses } from '../src/modules/courses/course-sync';
import { writeFixtureCourse } from '../src/modules/courses/testing/course-fixture';
import { createAccount, grantRoles, startTestApp, testDatabaseUrl, type Account, type TestApp } from './helpers/test-app';

describe('classes and live sessions', () => {
  let t: TestApp;
  let root: string;
  let trainer: Account;
  let otherTrainer: Account;
  let admin: Account;
  let learner: Account;
  const bearer = (a: Account) => ({ Authorization: `Bearer ${a.token}` });
  const valid = {
    courseSlug: 'curso-clases',
    title: 'Grupo de Madrid, diciembre',
    startsOn: '2026-12-01',
    endsOn: '2027-01-31',
    timezone: 'Europe/Madrid',
    capacity: 20,
    mode: 'hybrid',
    location: 'Centro cívico, calle Ejemplo 1, Madrid',
    enrolmentOpen: true,
  };

  beforeAll(async () => {
    t = await startTestApp();
    root = mkdtempSync(join(tmpdir(), 'puente-classes-'));
    writeFixtureCourse(root, {}, '92-curso-clases');
    await importCourses(testDatabaseUrl(), root);
    [trainer, otherTrainer, admin, learner] = await Promise.all([createAccount(t, { displayName: 'Formadora Uno' }), createAccount(t), createAccount(t), createAccount(t)]);
    await grantRoles(t, trainer.id, ['trainer']);
    await grantRoles(t, otherTrainer.id, ['trainer']);
    await grantRoles(t, admin.id, ['admin']);
  });
  afterAll(async () => {
    await t.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('lets a trainer create a class, schedule sessions and publish a calendar a real parser accepts', async () => {
    const created = await request(t.http).post('/api/classes').set(bearer(trainer)).send(valid).expect(201);
    expect(created.body).toMatchObject({ ...valid, trainerName: 'Formadora Uno', trainerId: trainer.id });
    expect(JSON.stringify(created.body)).not.toContain(trainer.email);
    const id = created.body.id as string;

    await request(t.http)
      .post(`/api/classes/${id}/sessions`)
      .set(bearer(trainer))
      .send({ startsAt: '2026-12-03T18:00:00+01:00', durationMinutes: 90, topic: 'Costes, precios y punto de equilibrio', meetingUrl: 'https://meet.example.org/abc' })
      .expect(201);
    await request(t.http).post(`/api/classes/${id}/sessions`).set(bearer(trainer)).send({ startsAt: '2026-12-10T17:00:00Z', durationMinutes: 60, topic: 'Flujo de caja' }).expect(201);

    const detail = await request(t.http).get(`/api/classes/${id}`).expect(200);
    expect(detail.body.sessions.map((s: { topic: string }) => s.topic)).toEqual(['Costes, precios y punto de equilibrio', 'Flujo de caja']);
    // Meeting links are for the class only: not for the public, not for a learner who has not enrolled.
    expect(detail.body.sessions[0].meetingUrl).toBeNull();
    const asOutsider = await request(t.http).get(`/api/classes/${id}`).set(bearer(learner)).expect(200);
    expect(asOutsider.body.sessions[0].meetingUrl).toBeNull();
    const asTrainer = await request(t.http).get(`/api/classes/${id}`).set(bearer(trainer)).expect(200);
    expect(asTrainer.body.sessions[0].meetingUrl).toBe('https://meet.example.org/abc');

    const ics = await request(t.http).get(`/api/classes/${id}/calendar.ics`).expect(200);
    expect(ics.headers['content-type']).toBe('text/calendar; charset=utf-8');
    const comp = new ICAL.Component(ICAL.parse(ics.text));
    const events = comp.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events).toHaveLength(2);
    expect(events[0].summary).toBe('Grupo de Madrid, diciembre: Costes, precios y punto de equilibrio');
    expect(events[0].startDate.toJSDate().toISOString()).toBe('2026-12-03T17:00:00.000Z');
    expect(events[0].endDate.toJSDate().toISOString()).toBe('2026-12-03T18:30:00.000Z');
    expect(events[1].location).toBe(valid.location);
    expect(ics.text).not.toContain('meet.example.org');

    const listed = await request(t.http).get('/api/classes?course=curso-clases').expect(200);
    expect(listed.body.map((c: { id: string }) => c.id)).toContain(id);
    // Upcoming only: a class that is over is left out, however many there are.
    const over = await request(t.http).post('/api/classes').set(bearer(trainer)).send({ ...valid, startsOn: '2026-01-05', endsOn: '2026-02-05' }).expect(201);
    const upcoming = await request(t.http).get('/api/classes?course=curso-clases&upcoming=true').expect(200);
    expect(upcoming.body.map((c: { id: string }) => c.id)).toContain(id);
    expect(upcoming.body.map((c: { id: string }) => c.id)).not.toContain(over.body.id);
    expect(over.body.ended).toBe(true);
  });

  it('lets only the class trainer or an admin change it; everyone else gets 403 (anonymous 401)', async () => {
    const { body } = await request(t.http).post('/api/classes').set(bearer(trainer)).send(valid).expect(201);
    const id = body.id as string;
    await request(t.http).patch(`/api/classes/${id}`).send({ capacity: 10 }).expect(401);
    await request(t.http).patch(`/api/classes/${id}`).set(bearer(learner)).send({ capacity: 10 }).expect(403);
    const notYours = await request(t.http).patch(`/api/classes/${id}`).set(bearer(otherTrainer)).send({ capacity: 10 }).expect(403);
    expect(notYours.body.message).toMatch(/Solo la persona formadora/);
    await request(t.http).post(`/api/classes/${id}/sessions`).set(bearer(otherTrainer)).send({ startsAt: '2026-12-03T18:00:00Z', durationMinutes: 60, topic: 'Intruso' }).expect(403);
    await request(t.http).post('/api/classes').set(bearer(learner)).send(valid).expect(403);
    await request(t.http).post('/api/classes').send(valid).expect(401);
    const mine = await request(t.http).patch(`/api/classes/${id}`).set(bearer(trainer)).send({ capacity: 12, enrolmentOpen: false }).expect(200);
    expect(mine.body).toMatchObject({ capacity: 12, enrolmentOpen: false });
    // An explicit null is refused like any other bad value (never a 500).
    const nulls = await request(t.http).patch(`/api/classes/${id}`).set(bearer(trainer)).send({ title: null, startsOn: null, capacity: null, enrolmentOpen: null }).expect(400);
    expect([...new Set(nulls.body.details.map((d: { field: string }) => d.field))].sort()).toEqual(['capacity', 'enrolmentOpen', 'startsOn', 'title']);
    // A place can be cleared when the class goes online, and only then.
    await request(t.http).patch(`/api/classes/${id}`).set(bearer(trainer)).send({ location: null }).expect(400);
    const online = await request(t.http).patch(`/api/classes/${id}`).set(bearer(trainer)).send({ mode: 'online', location: null }).expect(200);
    expect(online.body).toMatchObject({ mode: 'online', location: null });
    const byAdmin = await request(t.http).patch(`/api/classes/${id}`).set(bearer(admin)).send({ title: 'Cambiado por administración' }).expect(200);
    expect(byAdmin.body.title).toBe('Cambiado por administración');
  });

  it.each([
    ['an unknown course', { courseSlug: 'no-existe' }, ['courseSlug']],
    ['dates reversed', { startsOn: '2027-02-01', endsOn: '2027-01-01' }, ['endsOn']],
    ['capacity 0', { capacity: 0 }, ['capacity']],
    ['a made-up time zone', { timezone: 'Europe/Quito' }, ['timezone']],
    ['an impossible date', { startsOn: '2026-02-30' }, ['startsOn']],
    ['in person without a place', { mode: 'in_person', location: undefined }, ['location']],
    ['an unknown mode', { mode: 'radio' }, ['mode']],
  ])('refuses %s with 400 naming the field', async (_name, change, fields) => {
    const res = await request(t.http).post('/api/classes').set(bearer(trainer)).send({ ...valid, ...change }).expect(400);
    expect([...new Set(res.body.details.map((d: { field: string }) => d.field))]).toEqual(fields);
  });

  it('refuses sessions outside the class dates, too short, or with a non-https link', async () => {
    const { body } = await request(t.http).post('/api/classes').set(bearer(trainer)).send(valid).expect(201);
    const outside = await request(t.http).post(`/api/classes/${body.id}/sessions`).set(bearer(trainer)).send({ startsAt: '2027-03-01T10:00:00Z', durationMinutes: 60, topic: 'Tarde' }).expect(400);
    expect(outside.body.details[0]).toMatchObject({ field: 'startsAt', rule: 'withinClassDates' });
    const bad = await request(t.http).post(`/api/classes/${body.id}/sessions`).set(bearer(trainer)).send({ startsAt: 'mañana', durationMinutes: 5, topic: 'x', meetingUrl: 'http://insecure.example' }).expect(400);
    expect([...new Set(bad.body.details.map((d: { field: string }) => d.field))].sort()).toEqual(['durationMinutes', 'meetingUrl', 'startsAt', 'topic']);
    await request(t.http).get('/api/classes/00000000-0000-4000-8000-000000000000').expect(404);
    await request(t.http).get('/api/classes/not-a-uuid/calendar.ics').expect(400);
  });
});
