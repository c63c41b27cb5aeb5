import { EntityManager } from '@mikro-orm/postgresql';
import request from 'supertest';
import { ClassroomEvents } from '../src/modules/classroom/classroom-events.service';
import { FIXTURE_QUIZ } from '../src/modules/courses/testing/course-fixture';
import { bearer, bulkEnrol, createClass, importFixtureCourse, RIGHT, WRONG } from './helpers/classroom';
import { createAccount, grantRoles, startTestApp, type Account, type TestApp } from './helpers/test-app';

type Actor = 'anonymous' | 'outsider' | 'waiting' | 'learner' | 'trainer' | 'otherTrainer' | 'admin';

describe('classroom: access rules, bad input and guarantees', () => {
  let t: TestApp;
  const who = {} as Record<Exclude<Actor, 'anonymous'>, Account>;
  let classId: string;
  let sessionPast: string;
  let sessionFuture: string;
  let learnerEnrolment: string;
  let submissionId: string;

  const call = (actor: Actor, method: 'get' | 'post' | 'put' | 'patch' | 'delete', path: string, body?: object) => {
    const r = request(t.http)[method](path);
    if (actor !== 'anonymous') r.set(bearer(who[actor]));
    return body ? r.send(body) : r;
  };

  beforeAll(async () => {
    t = await startTestApp();
    await importFixtureCourse('82-curso-reglas');
    const [outsider, waiting, learner, trainer, otherTrainer, admin] = await Promise.all([
      createAccount(t, { displayName: 'Persona de fuera' }),
      createAccount(t, { displayName: 'En espera' }),
      createAccount(t, { displayName: 'Aprendiz' }),
      createAccount(t, { displayName: 'Formador' }),
      createAccount(t, { displayName: 'Otro formador' }),
      createAccount(t, { displayName: 'Admin' }),
    ]);
    Object.assign(who, { outsider, waiting, learner, trainer, otherTrainer, admin });
    await grantRoles(t, trainer.id, ['trainer']);
    await grantRoles(t, otherTrainer.id, ['trainer']);
    await grantRoles(t, admin.id, ['admin']);
    // Started on 1 November, so a session can already have taken place.
    classId = await createClass(t, trainer, { courseSlug: 'curso-reglas', capacity: 1, startsOn: '2026-11-01' });
    sessionPast = (await call('trainer', 'post', `/api/classes/${classId}/sessions`, { startsAt: '2026-11-10T17:00:00Z', durationMinutes: 60, topic: 'Pasada' }).expect(201)).body.id;
    sessionFuture = (await call('trainer', 'post', `/api/classes/${classId}/sessions`, { startsAt: '2027-03-10T17:00:00Z', durationMinutes: 60, topic: 'Futura', meetingUrl: 'https://meet.example.org/reglas' }).expect(201)).body.id;
    learnerEnrolment = (await call('learner', 'post', `/api/classes/${classId}/enrolments`, {}).expect(201)).body.id;
    await call('waiting', 'post', `/api/classes/${classId}/enrolments`, {}).expect(201);
    submissionId = (await call('learner', 'post', `/api/classes/${classId}/assignments/tarea-prueba/submissions`, { text: 'Mi entrega de prueba con tres frases.' }).expect(201)).body.id;
  });
  afterAll(() => t.close());

  // Every classroom route, with what each kind of person gets. Unlisted actors are not tried on that route.
  const table: { route: string; method: 'get' | 'post' | 'put' | 'delete'; path: () => string; body?: () => object; expect: Partial<Record<Actor, number>> }[] = [
    { route: 'read a lesson', method: 'get', path: () => `/api/classes/${classId}/lessons/primera`, expect: { anonymous: 401, outsider: 403, waiting: 403, otherTrainer: 403, learner: 200, trainer: 200, admin: 200 } },
    { route: 'mark a lesson done', method: 'post', path: () => `/api/enrolments/${learnerEnrolment}/lessons/primera/complete`, expect: { anonymous: 401, outsider: 403, trainer: 403, admin: 403, learner: 201 } },
    { route: 'see a quiz', method: 'get', path: () => `/api/classes/${classId}/quizzes/quiz-prueba`, expect: { anonymous: 401, outsider: 403, waiting: 403, otherTrainer: 403, learner: 200, trainer: 200 } },
    { route: 'attempt a quiz', method: 'post', path: () => `/api/classes/${classId}/quizzes/quiz-prueba/attempts`, body: () => ({ answers: WRONG }), expect: { anonymous: 401, outsider: 403, waiting: 403, trainer: 403, otherTrainer: 403 } },
    { route: 'see an assignment', method: 'get', path: () => `/api/classes/${classId}/assignments/tarea-prueba`, expect: { anonymous: 401, outsider: 403, waiting: 403, otherTrainer: 403, learner: 200, trainer: 200 } },
    { route: 'hand in work', method: 'post', path: () => `/api/classes/${classId}/assignments/tarea-prueba/submissions`, body: () => ({ text: 'Una entrega que no debería entrar.' }), expect: { anonymous: 401, outsider: 403, waiting: 403, trainer: 403 } },
    { route: 'grant another quiz attempt', method: 'post', path: () => `/api/enrolments/${learnerEnrolment}/quizzes/quiz-prueba/extra-attempt`, expect: { anonymous: 401, learner: 403, outsider: 403, otherTrainer: 403 } },
    { route: 'see the grading queue', method: 'get', path: () => `/api/classes/${classId}/submissions`, expect: { anonymous: 401, learner: 403, outsider: 403, otherTrainer: 403, trainer: 200, admin: 200 } },
    { route: 'grade', method: 'post', path: () => `/api/submissions/${submissionId}/grade`, body: () => ({ passed: false, feedback: 'No' }), expect: { anonymous: 401, learner: 403, otherTrainer: 403 } },
    { route: 'see attendance', method: 'get', path: () => `/api/classes/${classId}/sessions/${sessionPast}/attendance`, expect: { anonymous: 401, learner: 403, otherTrainer: 403, trainer: 200, admin: 200 } },
    { route: 'take attendance', method: 'put', path: () => `/api/classes/${classId}/sessions/${sessionPast}/attendance`, body: () => ({ present: [] }), expect: { anonymous: 401, learner: 403, otherTrainer: 403, trainer: 200 } },
    { route: 'announce', method: 'post', path: () => `/api/classes/${classId}/announcements`, body: () => ({ title: 'Hola', body: 'Aviso' }), expect: { anonymous: 401, learner: 403, otherTrainer: 403 } },
    { route: 'read announcements', method: 'get', path: () => `/api/classes/${classId}/announcements`, expect: { anonymous: 401, outsider: 403, otherTrainer: 403, waiting: 403, learner: 200, trainer: 200 } },
    { route: 'see the roster', method: 'get', path: () => `/api/classes/${classId}/roster`, expect: { anonymous: 401, learner: 403, outsider: 403, otherTrainer: 403, trainer: 200, admin: 200 } },
    { route: 'see an enrolment', method: 'get', path: () => `/api/enrolments/${learnerEnrolment}`, expect: { anonymous: 401, outsider: 403, waiting: 403, otherTrainer: 403, learner: 200, trainer: 200, admin: 200 } },
    { route: 'end an enrolment', method: 'delete', path: () => `/api/enrolments/${learnerEnrolment}`, expect: { anonymous: 401, outsider: 403, waiting: 403, otherTrainer: 403 } },
    { route: 'add someone by email', method: 'post', path: () => `/api/classes/${classId}/enrolments`, body: () => ({ email: who.outsider.email }), expect: { anonymous: 401, learner: 403, outsider: 403, otherTrainer: 403 } },
    { route: 'list the classes they teach', method: 'get', path: () => '/api/me/classes', expect: { anonymous: 401, learner: 403, trainer: 200 } },
    { route: 'list their enrolments', method: 'get', path: () => '/api/me/enrolments', expect: { anonymous: 401, learner: 200 } },
    { route: 'see their place in a class', method: 'get', path: () => `/api/classes/${classId}/me`, expect: { anonymous: 401, outsider: 200 } },
  ];

  it.each(table)('enforces who may $route', async (row) => {
    for (const [actor, status] of Object.entries(row.expect) as [Actor, number][]) {
      const res = await call(actor, row.method, row.path(), row.body?.());
      expect({ actor, status: res.status }).toEqual({ actor, status });
      if (status === 403) expect(res.body).toMatchObject({ statusCode: 403, error: 'Forbidden', message: expect.any(String) });
    }
  });

  it('shows meeting links to members only', async () => {
    const find = (body: { sessions: { id: string; meetingUrl: string | null }[] }) => body.sessions.find((s) => s.id === sessionFuture)!.meetingUrl;
    expect(find((await call('learner', 'get', `/api/classes/${classId}`).expect(200)).body)).toBe('https://meet.example.org/reglas');
    expect(find((await call('waiting', 'get', `/api/classes/${classId}`).expect(200)).body)).toBeNull();
    expect(find((await call('outsider', 'get', `/api/classes/${classId}`).expect(200)).body)).toBeNull();
    // Nor through the dashboards.
    const next = async (actor: Actor) => ((await call(actor, 'get', '/api/me/enrolments').expect(200)).body as { classId: string; nextSession: { meetingUrl: string | null } }[]).find((e) => e.classId === classId)!.nextSession.meetingUrl;
    expect(await next('learner')).toBe('https://meet.example.org/reglas');
    expect(await next('waiting')).toBeNull();
  });

  it('refuses quiz answers that do not fit the quiz, naming the field, without using an attempt', async () => {
    const path = `/api/classes/${classId}/quizzes/quiz-prueba/attempts`;
    const cases: [object, string[]][] = [
      [{ answers: { ...RIGHT, otra: ['a'] } }, ['answers.otra']],
      [{ answers: { q1: ['b'] } }, ['answers.q2']],
      [{ answers: { q1: ['a', 'b'], q2: ['z'] } }, ['answers.q1', 'answers.q2']],
      [{ answers: { q1: 'b', q2: ['a'] } }, ['answers.q1']],
      [{ answers: 'todas bien' }, ['answers']],
      [{}, ['answers']],
      [{ answers: RIGHT, score: 100 }, ['score']],
    ];
    for (const [body, fields] of cases) {
      const res = await call('learner', 'post', path, body).expect(400);
      expect([...new Set(res.body.details.map((d: { field: string }) => d.field))].sort()).toEqual(fields);
    }
    const quiz = await call('learner', 'get', `/api/classes/${classId}/quizzes/quiz-prueba`).expect(200);
    expect(quiz.body.attemptsLeft).toBe(2);
    // In the caller's language (here chosen for this browser with the language switch).
    const en = await request(t.http).post(path).set(bearer(who.learner)).set('Cookie', 'lang=en').send({ answers: { q1: ['b'], q2: ['a'], x: ['a'] } }).expect(400);
    expect(en.body.details).toEqual([{ field: 'answers.x', rule: 'unknownQuestion', message: 'The field "answers.x" is not a question of this quiz' }]);
  });

  it('keeps each learner’s attempts to themselves and never sends answers before an attempt', async () => {
    const other = await createAccount(t, { displayName: 'Otra aprendiz' });
    const id = await createClass(t, who.trainer, { courseSlug: 'curso-reglas' });
    await call('learner', 'post', `/api/classes/${id}/enrolments`, {}).expect(201);
    await request(t.http).post(`/api/classes/${id}/enrolments`).set(bearer(other)).send({}).expect(201);
    await call('learner', 'post', `/api/classes/${id}/quizzes/quiz-prueba/attempts`, { answers: WRONG }).expect(201);
    const seen = await request(t.http).get(`/api/classes/${id}/quizzes/quiz-prueba`).set(bearer(other)).expect(200);
    expect(seen.body).toMatchObject({ attempts: [], lastReview: null, attemptsLeft: 2 });
    expect(JSON.stringify(seen.body)).not.toMatch(/"correct|explanation/);
  });

  it('never grants more attempts than allowed, even to simultaneous submissions', async () => {
    const id = await createClass(t, who.trainer, { courseSlug: 'curso-reglas' });
    await call('learner', 'post', `/api/classes/${id}/enrolments`, {}).expect(201);
    const results = await Promise.all(Array.from({ length: 5 }, () => call('learner', 'post', `/api/classes/${id}/quizzes/quiz-prueba/attempts`, { answers: WRONG })));
    expect(results.map((r) => r.status).sort()).toEqual([201, 201, 409, 409, 409]);
    const quiz = await call('learner', 'get', `/api/classes/${id}/quizzes/quiz-prueba`).expect(200);
    expect(quiz.body.attempts.map((a: { number: number }) => a.number)).toEqual([1, 2]);
    // With no attempts left, the review reveals the right options.
    expect(quiz.body.lastReview[0].correctOptions).toEqual(['b']);
    const none = await call('learner', 'post', `/api/classes/${id}/quizzes/quiz-prueba/attempts`, { answers: RIGHT }).expect(409);
    expect(none.body.message).toBe('Ya has usado los 2 intentos de este cuestionario. Si necesitas otro, pídeselo a tu formador o formadora.');

    // Stuck without passing: the class's trainer (only them, or an admin) can give one more attempt.
    const e = (await call('learner', 'get', `/api/classes/${id}/me`).expect(200)).body.enrolment.id as string;
    const grant = `/api/enrolments/${e}/quizzes/quiz-prueba/extra-attempt`;
    await call('learner', 'post', grant).expect(403);
    await call('otherTrainer', 'post', grant).expect(403);
    await call('trainer', 'post', `/api/enrolments/${e}/quizzes/no-existe/extra-attempt`).expect(404);
    const granted = await call('trainer', 'post', grant).expect(201);
    expect(granted.body).toEqual({ quizSlug: 'quiz-prueba', maxAttempts: 3, attemptsUsed: 2, attemptsLeft: 1 });
    await t.mail.waitFor(who.learner.email, (m) => /un intento más/.test(m.subject ?? ''));
    const third = await call('learner', 'post', `/api/classes/${id}/quizzes/quiz-prueba/attempts`, { answers: RIGHT }).expect(201);
    expect(third.body).toMatchObject({ number: 3, passed: true, attemptsLeft: 0 });
    const roster = await call('trainer', 'get', `/api/classes/${id}/roster`).expect(200);
    expect(roster.body.learners[0].quizzes[0]).toMatchObject({ attempts: 3, allowed: 3, passed: true });
  });

  it('keeps learners’ work when an item leaves the course files, and old reviews true to their score', async () => {
    await importFixtureCourse('85-curso-cambia');
    const id = await createClass(t, who.trainer, { courseSlug: 'curso-cambia' });
    const e = (await call('learner', 'post', `/api/classes/${id}/enrolments`, {}).expect(201)).body.id;
    await call('learner', 'post', `/api/enrolments/${e}/lessons/segunda/complete`).expect(201);
    await call('learner', 'post', `/api/classes/${id}/quizzes/quiz-prueba/attempts`, { answers: { q1: ['b'], q2: ['a'] } }).expect(201);

    // The second lesson leaves the files and the quiz's second question changes its right answer.
    const changedQuiz = FIXTURE_QUIZ.replace('correct: [a, c]\n    explanation: "2 y 4 son pares."', 'correct: [a]\n    explanation: "Solo el 2."');
    expect(changedQuiz).not.toBe(FIXTURE_QUIZ);
    await importFixtureCourse('85-curso-cambia', { 'lessons/02-segunda.md': null, 'quizzes/quiz-prueba.yaml': changedQuiz });
    const [row] = await t.app.get(EntityManager).fork().execute<{ n: string }[]>('select count(*) as n from lesson_progress where enrolment_id = ?', [e]);
    expect(Number(row.n)).toBe(1);
    const detail = await call('learner', 'get', `/api/enrolments/${e}`).expect(200);
    expect(detail.body.lessons.map((l: { slug: string }) => l.slug)).toEqual(['primera']);
    expect(detail.body.progress).toMatchObject({ lessonsDone: 0, lessonsRequired: 1 });
    await call('learner', 'get', `/api/classes/${id}/lessons/segunda`).expect(404);
    // Scored when q2's right answer was a and c: still wrong in the review, as in the score.
    const quiz = await call('learner', 'get', `/api/classes/${id}/quizzes/quiz-prueba`).expect(200);
    expect(quiz.body.lastReview.map((r: { correct: boolean }) => r.correct)).toEqual([true, false]);

    // Back in the files: back in the course, with the learner's progress.
    await importFixtureCourse('85-curso-cambia');
    const back = await call('learner', 'get', `/api/enrolments/${e}`).expect(200);
    expect(back.body.lessons.find((l: { slug: string }) => l.slug === 'segunda')).toMatchObject({ done: true });
  });

  it('fills a class exactly to capacity when many enrol at once, and queues the rest in order', async () => {
    const id = await createClass(t, who.trainer, { courseSlug: 'curso-reglas', capacity: 3 });
    const people = await Promise.all(Array.from({ length: 8 }, (_, i) => createAccount(t, { displayName: `Simultánea ${i}` })));
    const results = await Promise.all(people.map((p) => request(t.http).post(`/api/classes/${id}/enrolments`).set(bearer(p)).send({})));
    expect(results.every((r) => r.status === 201)).toBe(true);
    expect(results.filter((r) => r.body.status === 'active')).toHaveLength(3);
    const positions = results.filter((r) => r.body.status === 'waitlisted').map((r) => r.body.waitlistPosition as number);
    expect(positions.sort()).toEqual([1, 2, 3, 4, 5]);
    const roster = await call('trainer', 'get', `/api/classes/${id}/roster`).expect(200);
    expect(roster.body.learners).toHaveLength(3);
    expect(roster.body.waitlist).toHaveLength(5);
  });

  it.each([
    ['a submission that is too short', 'learner', 'post', () => `/api/classes/${classId}/assignments/tarea-prueba/submissions`, () => ({ text: 'corto' }), ['text']],
    ['a link that is not https', 'learner', 'post', () => `/api/classes/${classId}/assignments/tarea-prueba/submissions`, () => ({ text: 'Un texto suficientemente largo.', link: 'http://inseguro.example' }), ['link']],
    ['a grade without feedback or with a score over 100', 'trainer', 'post', () => `/api/submissions/${submissionId}/grade`, () => ({ passed: true, score: 101 }), ['feedback', 'score']],
    ['attendance with someone not in the class', 'trainer', 'put', () => `/api/classes/${classId}/sessions/${sessionPast}/attendance`, () => ({ present: [who.outsider.id] }), ['present']],
    ['attendance with something that is not an id', 'trainer', 'put', () => `/api/classes/${classId}/sessions/${sessionPast}/attendance`, () => ({ present: ['ana'] }), ['present']],
    ['an announcement without a title', 'trainer', 'post', () => `/api/classes/${classId}/announcements`, () => ({ title: ' ', body: 'Texto' }), ['title']],
    ['an enrolment for a malformed email', 'trainer', 'post', () => `/api/classes/${classId}/enrolments`, () => ({ email: 'no-es-un-correo' }), ['email']],
  ] as const)('refuses %s with 400 naming the fields', async (_name, actor, method, path, body, fields) => {
    const res = await call(actor, method, path(), body()).expect(400);
    expect([...new Set(res.body.details.map((d: { field: string }) => d.field))].sort()).toEqual([...fields]);
  });

  it('answers clear 4xx for what does not exist or cannot happen now', async () => {
    await call('learner', 'get', `/api/classes/${classId}/lessons/no-existe`).expect(404);
    await call('learner', 'get', `/api/classes/${classId}/quizzes/no-existe`).expect(404);
    await call('learner', 'post', `/api/classes/${classId}/quizzes/no-existe/attempts`, { answers: RIGHT }).expect(404);
    await call('learner', 'post', `/api/enrolments/${learnerEnrolment}/lessons/no-existe/complete`).expect(404);
    await call('learner', 'post', '/api/classes/00000000-0000-4000-8000-000000000000/enrolments', {}).expect(404);
    await call('learner', 'post', '/api/classes/no-es-un-id/enrolments', {}).expect(400);
    await call('trainer', 'get', `/api/classes/${classId}/sessions/00000000-0000-4000-8000-000000000000/attendance`).expect(404);
    const future = await call('trainer', 'put', `/api/classes/${classId}/sessions/${sessionFuture}/attendance`, { present: [] }).expect(409);
    expect(future.body.message).toMatch(/ya ha empezado/);
    const own = await call('trainer', 'post', `/api/classes/${classId}/enrolments`, {}).expect(409);
    expect(own.body.message).toMatch(/impartes/);
    const ended = await createClass(t, who.trainer, { courseSlug: 'curso-reglas', startsOn: '2026-01-01', endsOn: '2026-02-01' });
    await call('outsider', 'post', `/api/classes/${ended}/enrolments`, {}).expect(409);
    const closed = await createClass(t, who.trainer, { courseSlug: 'curso-reglas', enrolmentOpen: false });
    await call('outsider', 'post', `/api/classes/${closed}/enrolments`, {}).expect(409);
    // An account whose email is not confirmed cannot enrol (we could not tell them anything).
    const reg = await request(t.http).post('/api/auth/register').send({ email: `sin.confirmar.${Date.now()}@example.org`, password: 'una-contraseña-larga', displayName: 'Sin confirmar', locale: 'es' }).expect(201);
    const login = await request(t.http).post('/api/auth/login').set('X-Forwarded-For', '10.9.9.9').send({ email: reg.body.email, password: 'una-contraseña-larga' }).expect(200);
    const open = await createClass(t, who.trainer, { courseSlug: 'curso-reglas' });
    const unverified = await request(t.http).post(`/api/classes/${open}/enrolments`).set('Authorization', `Bearer ${login.body.token}`).send({}).expect(403);
    expect(unverified.body.message).toMatch(/Confirma tu correo/);
  });

  it('reads the roster of any class size with the same number of queries', async () => {
    const em = t.app.get(EntityManager);
    const knex = em.getConnection().getKnex();
    let queries = 0;
    const count = () => (queries += 1);
    knex.on('query', count);
    const measure = async (size: number) => {
      const id = await createClass(t, who.trainer, { courseSlug: 'curso-reglas', capacity: 500 });
      const learners = await bulkEnrol(t, id, size);
      // Some progress for everyone, so that every aggregate has rows to gather.
      await em.fork().getConnection().execute(
        `insert into lesson_progress (id, enrolment_id, lesson_id)
           select gen_random_uuid(), e.id, l.id from enrolments e join classes c on c.id = e.class_id join course_lessons l on l.course_id = c.course_id where e.class_id = ?`,
        [id],
      );
      // Background jobs of this app (mail, events) also query through the same pool now and then: they
      // can only add to a count, so the least of three readings is the roster's own.
      const readings: number[] = [];
      for (let i = 0; i < 3; i += 1) {
        queries = 0;
        const res = await call('trainer', 'get', `/api/classes/${id}/roster`).expect(200);
        readings.push(queries);
        expect(res.body.learners).toHaveLength(learners.length);
        expect(res.body.learners[0].percent).toBe(100);
      }
      return Math.min(...readings);
    };
    const small = await measure(3);
    const large = await measure(60);
    knex.off('query', count);
    expect(small).toBeGreaterThan(0);
    expect(large).toBe(small);
  });

  it('completes through attendance when the course asks for it', async () => {
    // The same small course, but asking for half the live sessions and no assignment.
    await importFixtureCourse('83-curso-asistencia', {}, '{ requiredLessons: all, quizzes: [quiz-prueba], assignments: [], attendancePercent: 50 }');
    const id = await createClass(t, who.trainer, { courseSlug: 'curso-asistencia', startsOn: '2026-11-01' });
    const s1 = (await call('trainer', 'post', `/api/classes/${id}/sessions`, { startsAt: '2026-11-05T17:00:00Z', durationMinutes: 60, topic: 'Una' }).expect(201)).body.id;
    await call('trainer', 'post', `/api/classes/${id}/sessions`, { startsAt: '2026-11-12T17:00:00Z', durationMinutes: 60, topic: 'Dos' }).expect(201);
    const learner = await createAccount(t, { displayName: 'Asistente' });
    const e = (await request(t.http).post(`/api/classes/${id}/enrolments`).set(bearer(learner)).send({}).expect(201)).body.id;
    // As if they had joined on the first day, before both sessions.
    await t.app.get(EntityManager).fork().execute(`update enrolments set activated_at = '2026-11-01T08:00:00Z', queued_at = '2026-11-01T08:00:00Z' where id = ?`, [e]);
    // Someone who joins now was not there to miss the sessions held before: none counts for them.
    const late = await createAccount(t, { displayName: 'Recién llegada' });
    const lateId = (await request(t.http).post(`/api/classes/${id}/enrolments`).set(bearer(late)).send({}).expect(201)).body.id;
    const lateView = await request(t.http).get(`/api/enrolments/${lateId}`).set(bearer(late)).expect(200);
    expect(lateView.body.attendance).toEqual({ held: 0, attended: 0, percent: null, required: 50 });
    for (const lesson of ['primera', 'segunda']) await request(t.http).post(`/api/enrolments/${e}/lessons/${lesson}/complete`).set(bearer(learner)).expect(201);
    const quiz = await request(t.http).post(`/api/classes/${id}/quizzes/quiz-prueba/attempts`).set(bearer(learner)).send({ answers: RIGHT }).expect(201);
    expect(quiz.body.progress.status).toBe('active');
    const before = await request(t.http).get(`/api/enrolments/${e}`).set(bearer(learner)).expect(200);
    expect(before.body.attendance).toEqual({ held: 2, attended: 0, percent: 0, required: 50 });

    const register = await call('trainer', 'put', `/api/classes/${id}/sessions/${s1}/attendance`, { present: [learner.id] }).expect(200);
    expect(register.body).toMatchObject({ presentCount: 1, started: true });
    expect(register.body.learners).toEqual([
      { userId: learner.id, displayName: 'Asistente', present: true },
      { userId: late.id, displayName: 'Recién llegada', present: false },
    ]);
    const after = await request(t.http).get(`/api/enrolments/${e}`).set(bearer(learner)).expect(200);
    expect(after.body).toMatchObject({ status: 'completed', attendance: { attended: 1, percent: 50 } });
    await t.mail.waitFor(learner.email, (m) => /Has completado/.test(m.subject ?? ''));
    // Taking the register again replaces it.
    const cleared = await call('trainer', 'put', `/api/classes/${id}/sessions/${s1}/attendance`, { present: [] }).expect(200);
    expect(cleared.body.presentCount).toBe(0);
  });

  it('republishes a completion whose publishing was interrupted, once', async () => {
    const learner = await createAccount(t, { displayName: 'Interrumpida' });
    const id = await createClass(t, who.trainer, { courseSlug: 'curso-reglas' });
    const e = (await request(t.http).post(`/api/classes/${id}/enrolments`).set(bearer(learner)).send({}).expect(201)).body.id;
    const em = t.app.get(EntityManager).fork();
    // As if the process died right after committing the completion.
    await em.execute(`update enrolments set status = 'completed', completed_at = now() - interval '5 minutes', completion_published_at = null where id = ?`, [e]);
    const events = t.app.get(ClassroomEvents);
    expect(await events.sweep()).toBeGreaterThanOrEqual(1);
    await t.mail.waitFor(learner.email, (m) => /Has completado/.test(m.subject ?? ''));
    const [row] = await em.execute<{ published: Date | null }[]>('select completion_published_at as published from enrolments where id = ?', [e]);
    expect(row.published).not.toBeNull();
    expect(await events.sweep()).toBe(0);
  });
});
