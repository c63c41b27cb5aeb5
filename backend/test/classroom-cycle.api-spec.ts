import request from 'supertest';
import { bearer, createClass, importFixtureCourse, RIGHT, WRONG } from './helpers/classroom';
import { createAccount, grantRoles, startTestApp, type Account, type TestApp } from './helpers/test-app';

/**
 * The whole life of a class, through the API as its people would use it: a trainer creates it and
 * schedules a session; learners enrol (one waitlisted, then promoted); a learner reads lessons, fails and
 * then passes the quiz, has an assignment sent back and then passed, and completes — with every email.
 */
describe('classroom: the whole cycle', () => {
  let t: TestApp;
  let trainer: Account;
  let ana: Account;
  let bruno: Account;
  let carla: Account;
  let classId: string;

  beforeAll(async () => {
    t = await startTestApp();
    await importFixtureCourse('81-curso-ciclo');
    [trainer, ana, bruno, carla] = await Promise.all([
      createAccount(t, { displayName: 'Formadora Ciclo' }),
      createAccount(t, { displayName: 'Ana' }),
      createAccount(t, { displayName: 'Bruno' }),
      createAccount(t, { displayName: 'Carla', locale: 'en' }),
    ]);
    await grantRoles(t, trainer.id, ['trainer']);
  });
  afterAll(() => t.close());

  it('runs from class creation to a completed enrolment', async () => {
    classId = await createClass(t, trainer, { courseSlug: 'curso-ciclo', capacity: 2 });
    await request(t.http).post(`/api/classes/${classId}/sessions`).set(bearer(trainer)).send({ startsAt: '2026-12-15T18:00:00+01:00', durationMinutes: 60, topic: 'Bienvenida' }).expect(201);

    // Two places: Ana and Bruno get them, Carla waits.
    const a = await request(t.http).post(`/api/classes/${classId}/enrolments`).set(bearer(ana)).expect(201);
    expect(a.body).toMatchObject({ status: 'active', waitlistPosition: null, userId: ana.id });
    await t.mail.waitFor(ana.email, (m) => /Ya estás en la clase/.test(m.subject ?? ''));
    const b = await request(t.http).post(`/api/classes/${classId}/enrolments`).set(bearer(bruno)).expect(201);
    const c = await request(t.http).post(`/api/classes/${classId}/enrolments`).set(bearer(carla)).expect(201);
    expect(c.body).toMatchObject({ status: 'waitlisted', waitlistPosition: 1 });
    const waitMail = await t.mail.waitFor(carla.email, (m) => /waiting list/.test(m.subject ?? ''));
    expect(waitMail.text).toContain('position 1');
    // Asking again is harmless: the same enrolment, 200.
    const again = await request(t.http).post(`/api/classes/${classId}/enrolments`).set(bearer(carla)).expect(200);
    expect(again.body.id).toBe(c.body.id);

    const publicView = await request(t.http).get(`/api/classes/${classId}`).expect(200);
    expect(publicView.body).toMatchObject({ placesLeft: 0, waitlistCount: 1, ended: false });

    // A waiting learner cannot read the lessons yet.
    await request(t.http).get(`/api/classes/${classId}/lessons/primera`).set(bearer(carla)).expect(403);

    // Bruno withdraws: Carla is promoted and told so.
    const withdrawn = await request(t.http).delete(`/api/enrolments/${b.body.id}`).set(bearer(bruno)).expect(200);
    expect(withdrawn.body.status).toBe('withdrawn');
    await t.mail.waitFor(carla.email, (m) => /You have a place/.test(m.subject ?? ''));
    const promoted = await request(t.http).get(`/api/classes/${classId}/me`).set(bearer(carla)).expect(200);
    expect(promoted.body.enrolment).toMatchObject({ status: 'active', waitlistPosition: null });
    const enrolmentId = promoted.body.enrolment.id as string;

    // Lessons: rendered safely, with navigation; marking them done moves progress.
    const lesson = await request(t.http).get(`/api/classes/${classId}/lessons/primera`).set(bearer(carla)).expect(200);
    expect(lesson.body).toMatchObject({ title: 'Primera lección', previous: null, next: { slug: 'segunda' }, done: false, enrolmentId });
    expect(lesson.body.html).toContain('<h2>');
    expect(lesson.body.html).not.toContain('<script');
    expect(lesson.body.class).toMatchObject({ id: classId, courseSlug: 'curso-ciclo', timezone: 'Europe/Madrid', canManage: false });
    const asTrainer = await request(t.http).get(`/api/classes/${classId}/quizzes/quiz-prueba`).set(bearer(trainer)).expect(200);
    expect(asTrainer.body).toMatchObject({ class: { canManage: true }, canAttempt: false, attempts: [] });
    const half = await request(t.http).post(`/api/enrolments/${enrolmentId}/lessons/primera/complete`).set(bearer(carla)).expect(201);
    expect(half.body).toMatchObject({ percent: 50, lessonsDone: 1, lessonsRequired: 2, status: 'active' });
    await request(t.http).post(`/api/enrolments/${enrolmentId}/lessons/primera/complete`).set(bearer(carla)).expect(201);
    const all = await request(t.http).post(`/api/enrolments/${enrolmentId}/lessons/segunda/complete`).set(bearer(carla)).expect(201);
    expect(all.body).toMatchObject({ percent: 100, lessonsDone: 2, status: 'active' });

    // Quiz: no answers before an attempt; a failing attempt shows what was wrong but not the right options.
    const quiz = await request(t.http).get(`/api/classes/${classId}/quizzes/quiz-prueba`).set(bearer(carla)).expect(200);
    expect(quiz.body).toMatchObject({ attemptsLeft: 2, canAttempt: true, lastReview: null });
    expect(JSON.stringify(quiz.body)).not.toMatch(/correct|explanation|Porque sí/);
    const fail = await request(t.http).post(`/api/classes/${classId}/quizzes/quiz-prueba/attempts`).set(bearer(carla)).send({ answers: WRONG }).expect(201);
    expect(fail.body).toMatchObject({ number: 1, score: 0, passed: false, attemptsLeft: 1 });
    // The explanations of wrong answers give the right one away: they wait too.
    expect(fail.body.review).toEqual([
      { id: 'q1', correct: false, chosen: ['a'], correctOptions: null, explanation: null },
      { id: 'q2', correct: false, chosen: ['b'], correctOptions: null, explanation: null },
    ]);
    const pass = await request(t.http).post(`/api/classes/${classId}/quizzes/quiz-prueba/attempts`).set(bearer(carla)).send({ answers: RIGHT }).expect(201);
    expect(pass.body).toMatchObject({ number: 2, score: 100, passed: true, attemptsLeft: 0, progress: { status: 'active' } });
    expect(pass.body.review[1]).toMatchObject({ correctOptions: ['a', 'c'], explanation: '2 y 4 son pares.' });
    const passedAgain = await request(t.http).post(`/api/classes/${classId}/quizzes/quiz-prueba/attempts`).set(bearer(carla)).send({ answers: RIGHT }).expect(409);
    expect(passedAgain.body.message).toBe('You have already passed this quiz.');

    // Assignment: sent back with feedback, improved, then passed — which completes the enrolment.
    const first = await request(t.http)
      .post(`/api/classes/${classId}/assignments/tarea-prueba/submissions`)
      .set(bearer(carla))
      .send({ text: 'Primera versión de mis tres frases, algo corta.' })
      .expect(201);
    expect(first.body.status).toBe('pending');
    const queue = await request(t.http).get(`/api/classes/${classId}/submissions`).set(bearer(trainer)).expect(200);
    expect(queue.body).toHaveLength(1);
    expect(queue.body[0]).toMatchObject({ id: first.body.id, learnerName: 'Carla', assignmentTitle: 'Tarea de prueba', status: 'pending' });
    await request(t.http).post(`/api/submissions/${first.body.id}/grade`).set(bearer(trainer)).send({ passed: false, score: 40, feedback: 'Te falta la tercera frase.' }).expect(201);
    const sentBack = await t.mail.waitFor(carla.email, (m) => /needs changes/.test(m.subject ?? ''));
    expect(sentBack.text).toContain('> Te falta la tercera frase.');
    await request(t.http).post(`/api/submissions/${first.body.id}/grade`).set(bearer(trainer)).send({ passed: true, feedback: 'Otra vez' }).expect(409);

    const second = await request(t.http)
      .post(`/api/classes/${classId}/assignments/tarea-prueba/submissions`)
      .set(bearer(carla))
      .send({ text: 'Uno. Dos. Y la tercera frase que faltaba.', link: 'https://docs.example.org/carla' })
      .expect(201);
    expect(second.body.id).not.toBe(first.body.id);
    await request(t.http).post(`/api/submissions/${second.body.id}/grade`).set(bearer(trainer)).send({ passed: true, score: 90, feedback: '¡Muy bien!' }).expect(201);
    await t.mail.waitFor(carla.email, (m) => /Assignment passed/.test(m.subject ?? ''));

    const done = await request(t.http).get(`/api/enrolments/${enrolmentId}`).set(bearer(carla)).expect(200);
    expect(done.body).toMatchObject({ status: 'completed', progress: { percent: 100, complete: true } });
    expect(done.body.completedAt).toEqual(expect.any(String));
    expect(done.body.assignments[0]).toMatchObject({ slug: 'tarea-prueba', status: 'passed', passed: true });
    // The completion event reached its listener: the congratulations email.
    await t.mail.waitFor(carla.email, (m) => /You have completed/.test(m.subject ?? ''));

    // A completed enrolment cannot be withdrawn, and further work is refused.
    await request(t.http).delete(`/api/enrolments/${enrolmentId}`).set(bearer(carla)).expect(409);
    await request(t.http).post(`/api/classes/${classId}/assignments/tarea-prueba/submissions`).set(bearer(carla)).send({ text: 'Una entrega más después de terminar.' }).expect(409);
    // But the lessons stay readable.
    await request(t.http).get(`/api/classes/${classId}/lessons/segunda`).set(bearer(carla)).expect(200);
  });

  it('shows each learner their dashboard and the trainer a roster with everyone’s progress', async () => {
    const mine = await request(t.http).get('/api/me/enrolments').set(bearer(carla)).expect(200);
    const entry = mine.body.find((e: { classId: string }) => e.classId === classId);
    expect(entry).toMatchObject({ status: 'completed', progress: { percent: 100, complete: true }, pending: { nextLesson: null, quizzes: [], assignments: [] } });
    expect(entry.class).toMatchObject({ id: classId, courseTitle: { es: 'Curso de prueba', en: 'Test course' }, trainerName: 'Formadora Ciclo', placesLeft: 0, waitlistCount: 0 });
    expect(entry.nextSession).toMatchObject({ topic: 'Bienvenida' });

    const anaView = await request(t.http).get('/api/me/enrolments').set(bearer(ana)).expect(200);
    expect(anaView.body[0]).toMatchObject({ status: 'active', progress: { percent: 0 }, pending: { nextLesson: { slug: 'primera' }, quizzes: [{ slug: 'quiz-prueba' }], assignments: [{ slug: 'tarea-prueba', status: 'not_submitted' }] } });
    // Nobody sees another learner's work.
    expect(JSON.stringify(anaView.body)).not.toContain('Carla');

    const roster = await request(t.http).get(`/api/classes/${classId}/roster`).set(bearer(trainer)).expect(200);
    expect(roster.body.learners.map((l: { displayName: string }) => l.displayName)).toEqual(['Ana', 'Carla']);
    const carlaRow = roster.body.learners[1];
    expect(carlaRow).toMatchObject({ status: 'completed', percent: 100, lessonsDone: 2, pendingSubmissions: 0, quizzes: [{ slug: 'quiz-prueba', attempts: 2, bestScore: 100, passed: true }], assignments: [{ slug: 'tarea-prueba', status: 'passed' }] });
    expect(roster.body.waitlist).toEqual([]);
    expect(JSON.stringify(roster.body)).not.toContain('@example.org');

    const teaching = await request(t.http).get('/api/me/classes').set(bearer(trainer)).expect(200);
    expect(teaching.body.find((c: { id: string }) => c.id === classId)).toMatchObject({ activeCount: 1, completedCount: 1, waitlistCount: 0, pendingSubmissions: 0 });
  });

  it('lets the trainer add and remove learners, emailing them, and fills places from the waitlist', async () => {
    const id = await createClass(t, trainer, { courseSlug: 'curso-ciclo', capacity: 1, enrolmentOpen: false });
    // Closed to self-enrolment, but the trainer can add people.
    await request(t.http).post(`/api/classes/${id}/enrolments`).set(bearer(ana)).expect(409);
    const added = await request(t.http).post(`/api/classes/${id}/enrolments`).set(bearer(trainer)).send({ email: ana.email.toUpperCase() }).expect(201);
    expect(added.body).toMatchObject({ userId: ana.id, status: 'active' });
    const waiting = await request(t.http).post(`/api/classes/${id}/enrolments`).set(bearer(trainer)).send({ email: bruno.email }).expect(201);
    expect(waiting.body.status).toBe('waitlisted');
    await request(t.http).post(`/api/classes/${id}/enrolments`).set(bearer(trainer)).send({ email: 'nadie@example.org' }).expect(404);

    // More places: the waitlist moves up.
    await request(t.http).patch(`/api/classes/${id}`).set(bearer(trainer)).send({ capacity: 2 }).expect(200);
    await t.mail.waitFor(bruno.email, (m) => new RegExp('Tienes plaza').test(m.subject ?? ''));
    const roster = await request(t.http).get(`/api/classes/${id}/roster`).set(bearer(trainer)).expect(200);
    expect(roster.body.learners.map((l: { status: string }) => l.status)).toEqual(['active', 'active']);

    const removed = await request(t.http).delete(`/api/enrolments/${added.body.id}`).set(bearer(trainer)).expect(200);
    expect(removed.body.status).toBe('removed');
    await t.mail.waitFor(ana.email, (m) => /Ya no estás en la clase/.test(m.subject ?? ''));
    // Removed means removed: Ana cannot simply enrol again, even in an open class…
    await request(t.http).patch(`/api/classes/${id}`).set(bearer(trainer)).send({ enrolmentOpen: true }).expect(200);
    const refused = await request(t.http).post(`/api/classes/${id}/enrolments`).set(bearer(ana)).send({}).expect(409);
    expect(refused.body.message).toMatch(/te dio de baja/);
    // …but the trainer can bring her back, to the same enrolment (progress is kept).
    const back = await request(t.http).post(`/api/classes/${id}/enrolments`).set(bearer(trainer)).send({ email: ana.email }).expect(201);
    expect(back.body.id).toBe(added.body.id);
  });

  it('emails announcements to the class and shows them to its members only', async () => {
    const res = await request(t.http)
      .post(`/api/classes/${classId}/announcements`)
      .set(bearer(trainer))
      .send({ title: 'Cambio de hora', body: 'La sesión del martes empieza a las **19:00**.\n\n<script>alert(1)</script>' })
      .expect(201);
    expect(res.body).toMatchObject({ title: 'Cambio de hora', recipients: 2, authorName: 'Formadora Ciclo' });
    expect(res.body.html).toContain('<strong>19:00</strong>');
    expect(res.body.html).not.toContain('<script');
    const mail = await t.mail.waitFor(ana.email, (m) => /Cambio de hora/.test(m.subject ?? ''));
    expect(mail.text).toContain('La sesión del martes empieza');
    const list = await request(t.http).get(`/api/classes/${classId}/announcements`).set(bearer(carla)).expect(200);
    expect(list.body[0].title).toBe('Cambio de hora');
    await request(t.http).get(`/api/classes/${classId}/announcements`).set(bearer(bruno)).expect(403);
  });
});
