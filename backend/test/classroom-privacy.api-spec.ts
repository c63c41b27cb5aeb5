import { EntityManager } from '@mikro-orm/postgresql';
import request from 'supertest';
import { bearer, createClass, importFixtureCourse, WRONG } from './helpers/classroom';
import { createAccount, grantRoles, startTestApp, type TestApp } from './helpers/test-app';

describe('classroom: a person’s data', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
    await importFixtureCourse('84-curso-datos');
  });
  afterAll(() => t.close());

  it('exports everything done in classes, and on account deletion gives up the place and erases the texts', async () => {
    const [trainer, leaver, waiting] = await Promise.all([createAccount(t, { displayName: 'Formadora' }), createAccount(t, { displayName: 'Se va' }), createAccount(t, { displayName: 'Espera' })]);
    await grantRoles(t, trainer.id, ['trainer']);
    const id = await createClass(t, trainer, { courseSlug: 'curso-datos', capacity: 1 });
    const e = (await request(t.http).post(`/api/classes/${id}/enrolments`).set(bearer(leaver)).send({}).expect(201)).body.id;
    await request(t.http).post(`/api/classes/${id}/enrolments`).set(bearer(waiting)).send({}).expect(201);
    await request(t.http).post(`/api/enrolments/${e}/lessons/primera/complete`).set(bearer(leaver)).expect(201);
    await request(t.http).post(`/api/classes/${id}/quizzes/quiz-prueba/attempts`).set(bearer(leaver)).send({ answers: WRONG }).expect(201);
    const text = 'Mis tres frases, con un dato personal: vivo en Usera.';
    await request(t.http).post(`/api/classes/${id}/assignments/tarea-prueba/submissions`).set(bearer(leaver)).send({ text }).expect(201);

    const exported = await request(t.http).get('/api/me/export').set(bearer(leaver)).expect(200);
    const classroom = exported.body.sections.classroom;
    expect(classroom.enrolments).toEqual([expect.objectContaining({ id: e, status: 'active', course: 'curso-datos' })]);
    expect(classroom.lessonsDone).toEqual([expect.objectContaining({ enrolmentId: e, lesson: 'primera' })]);
    expect(classroom.quizAttempts).toEqual([expect.objectContaining({ quiz: 'quiz-prueba', number: 1, answers: WRONG, passed: false })]);
    expect(classroom.submissions).toEqual([expect.objectContaining({ assignment: 'tarea-prueba', text, status: 'pending' })]);

    await request(t.http).delete('/api/me').set(bearer(leaver)).expect(204);
    // The freed place went to the person waiting, who is told.
    await t.mail.waitFor(waiting.email, (m) => /Tienes plaza/.test(m.subject ?? ''));
    const roster = await request(t.http).get(`/api/classes/${id}/roster`).set(bearer(trainer)).expect(200);
    expect(roster.body.learners.map((l: { displayName: string }) => l.displayName)).toEqual(['Espera']);
    const [row] = await t.app.get(EntityManager).fork().execute<{ text: string }[]>('select text from submissions where enrolment_id = ?', [e]);
    expect(row.text).not.toContain('Usera');
  });
});
