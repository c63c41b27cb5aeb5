import { expect, test } from '@playwright/test';
import { createAccount, expectAccessible, logIn, uniqueEmail } from '../support/fixtures';
import { answerQuiz as answer, ASSIGNMENT, classWithSession as createClass, COURSE, enrolByApi, expectSmall, learnerPage, LESSONS, optionText, QUIZ, wrongOption } from '../support/classroom';

const mode = (js: boolean) => (js ? 'with' : 'without');
const baseURL = () => test.info().project.use.baseURL!;

for (const javaScriptEnabled of [true, false]) {
  test(`a learner finds a class on the course page, enrols, sees it in Mi aprendizaje and withdraws (${mode(javaScriptEnabled)} JavaScript)`, async ({ browser }) => {
    test.setTimeout(120_000);
    const k = await createClass(baseURL());
    const note = await k.trainerApi.post(`/api/classes/${k.id}/announcements`, { data: { title: 'Bienvenida a la clase', body: 'Empezamos el **lunes**. Trae una libreta.' } });
    expect(note.status()).toBe(201);

    // A visitor: the course lists the class; the class page invites to log in, without the meeting link.
    const visitor = await browser.newContext({ javaScriptEnabled });
    const anon = await visitor.newPage();
    await anon.goto(`/cursos/${COURSE}`);
    const classes = anon.getByRole('region', { name: 'Clases' });
    await expect(classes.getByRole('link', { name: k.title })).toBeVisible();
    await expect(classes).toContainText('Plazas libres: 10');
    await expect(classes).toContainText(k.trainer.displayName);
    await expectAccessible(anon, { javaScriptEnabled });
    await classes.getByRole('link', { name: k.title }).click();
    await expect(anon).toHaveURL(new RegExp(`/clases/${k.id}$`));
    await expect(anon.getByRole('heading', { level: 1 })).toHaveText(k.title);
    await expect(anon.getByRole('link', { name: 'Entrar para inscribirme' })).toHaveAttribute('href', `/entrar?next=/clases/${k.id}`);
    await expect(anon.getByRole('link', { name: /Curso: Plan de negocio/ })).toHaveAttribute('href', `/cursos/${COURSE}`);
    await expect(anon.getByText('Costos y precios')).toBeVisible();
    await expect(anon.getByRole('link', { name: /Entrar a la sesión en línea/ })).toHaveCount(0);
    await expect(anon.getByRole('link', { name: 'Añadir a mi calendario' })).toHaveAttribute('href', `/api/classes/${k.id}/calendar.ics`);
    await expect(anon.getByRole('heading', { name: 'Avisos de la clase' })).toHaveCount(0);
    await expectAccessible(anon, { javaScriptEnabled });
    await visitor.close();

    // A learner with no classes yet: a friendly empty dashboard.
    const { context, page } = await learnerPage(browser, baseURL(), javaScriptEnabled, '/aprendizaje');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mi aprendizaje');
    await expect(page.getByText('Todavía no estás en ninguna clase.')).toBeVisible();
    await expectAccessible(page, { javaScriptEnabled });
    await page.getByRole('main').getByRole('link', { name: 'Ver los cursos' }).click();
    await expect(page).toHaveURL(/\/cursos$/);

    // Enrol from the class page.
    await page.goto(`/cursos/${COURSE}`);
    await page.getByRole('region', { name: 'Clases' }).getByRole('link', { name: k.title }).click();
    await page.getByRole('button', { name: 'Inscribirme' }).click();
    await expect(page.getByRole('status')).toContainText('¡Ya estás en la clase!');
    await expect(page.getByLabel('Lecciones hechas: 0 de 7 (0 %)')).toBeVisible();
    await expect(page.getByRole('link', { name: /Entrar a la sesión en línea/ })).toHaveAttribute('href', 'https://meet.example.org/plan');
    const lessons = page.getByRole('region', { name: 'Lecciones' });
    await expect(lessons.getByRole('listitem')).toHaveCount(LESSONS.length);
    await expect(lessons.getByRole('link', { name: LESSONS[0].title })).toHaveAttribute('href', `/clases/${k.id}/lecciones/${LESSONS[0].slug}`);
    await expect(lessons.getByRole('listitem').first()).toContainText('Pendiente');
    await expect(page.getByRole('region', { name: 'Cuestionarios' })).toContainText('Intentos: 0 de 3');
    await expect(page.getByRole('region', { name: 'Tareas' })).toContainText('Sin entregar');
    const notices = page.getByRole('region', { name: 'Avisos de la clase' });
    await expect(notices.getByRole('heading', { name: 'Bienvenida a la clase' })).toBeVisible();
    await expect(notices.locator('strong')).toHaveText('lunes');
    await expect(page.getByRole('link', { name: 'Gestionar esta clase' })).toHaveCount(0);
    await expectAccessible(page, { javaScriptEnabled });
    await expectSmall(await page.request.get(`/clases/${k.id}`));

    // The dashboard now shows the class and what to do next, each a link.
    await page.getByRole('navigation', { name: 'Menú principal' }).getByRole('link', { name: 'Mi aprendizaje' }).click();
    const card = page.getByRole('main').getByRole('listitem').filter({ has: page.getByRole('heading', { name: k.title }) });
    await expect(card).toContainText('En curso');
    await expect(card).toContainText('Curso: Plan de negocio para tu emprendimiento');
    await expect(card).toContainText('Próxima sesión:');
    await expect(card).toContainText('Costos y precios');
    await expect(card.getByRole('link', { name: LESSONS[0].title })).toHaveAttribute('href', `/clases/${k.id}/lecciones/${LESSONS[0].slug}`);
    await expect(card.getByRole('link', { name: QUIZ.title })).toHaveAttribute('href', `/clases/${k.id}/cuestionarios/${QUIZ.slug}`);
    await expect(card.getByRole('link', { name: /Tu plan de negocio en una página/ })).toHaveAttribute('href', `/clases/${k.id}/tareas/${ASSIGNMENT}`);
    await expectAccessible(page, { javaScriptEnabled });
    await expectSmall(await page.request.get('/aprendizaje'));

    // Withdraw, confirming in the same form; then the class can be joined again.
    await card.getByRole('link', { name: k.title }).click();
    if (javaScriptEnabled) {
      // Without the tick (the browser's own check bypassed) the server refuses too, and says why.
      await page.getByLabel('Sí, quiero dejar la clase.').evaluate((box) => box.removeAttribute('required'));
      await page.getByRole('button', { name: 'Dejar la clase' }).click();
      await expect(page.getByRole('alert')).toContainText('Marca la casilla para confirmar que quieres dejar la clase.');
      await expect(page.getByRole('region', { name: 'Lecciones' })).toBeVisible();
    }
    await page.getByLabel('Sí, quiero dejar la clase.').check();
    await page.getByRole('button', { name: 'Dejar la clase' }).click();
    await expect(page.getByRole('status')).toContainText('Has dejado la clase.');
    await expect(page.getByText('Dejaste esta clase.')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Inscribirme' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Lecciones' })).toHaveCount(0);
    await page.goto('/aprendizaje');
    await expect(page.getByText('Todavía no estás en ninguna clase.')).toBeVisible();
    await context.close();
  });

  test(`a learner reads lessons and marks them done (${mode(javaScriptEnabled)} JavaScript)`, async ({ browser }) => {
    test.setTimeout(90_000);
    const k = await createClass(baseURL());
    const { context, page, account } = await learnerPage(browser, baseURL(), javaScriptEnabled, `/clases/${k.id}`);
    await enrolByApi(baseURL(), account, k.id);
    await page.reload();
    await page.getByRole('region', { name: 'Lecciones' }).getByRole('link', { name: LESSONS[0].title }).click();

    await expect(page).toHaveURL(new RegExp(`/clases/${k.id}/lecciones/${LESSONS[0].slug}$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(LESSONS[0].title);
    await expect(page.getByText('Lección 1 de 7')).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'Para qué sirve un plan de negocio' })).toBeVisible();
    await expect(page.getByRole('link', { name: `Siguiente: ${LESSONS[1].title} →` })).toBeVisible();
    await expectAccessible(page, { javaScriptEnabled });
    await expectSmall(await page.request.get(`/clases/${k.id}/lecciones/${LESSONS[0].slug}`));

    // Marking it done goes on to the next lesson and says so.
    await page.getByRole('button', { name: 'Marcar como hecha' }).click();
    await expect(page).toHaveURL(new RegExp(`/lecciones/${LESSONS[1].slug}\\?hecha=${LESSONS[0].slug}$`));
    await expect(page.getByRole('status')).toHaveText(`¡Bien! Marcaste «${LESSONS[0].title}» como hecha. Sigue con esta lección.`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(LESSONS[1].title);

    // Back on the first one: already done, no button.
    await page.getByRole('link', { name: `← Anterior: ${LESSONS[0].title}` }).click();
    await expect(page.getByText('Ya marcaste esta lección como hecha.')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Marcar como hecha' })).toHaveCount(0);

    // The last lesson leads back to the class, where the progress shows.
    const last = LESSONS[LESSONS.length - 1];
    await page.goto(`/clases/${k.id}/lecciones/${last.slug}`);
    await expect(page.getByText('Es la última lección.')).toBeVisible();
    await page.getByRole('button', { name: 'Marcar como hecha' }).click();
    await expect(page).toHaveURL(new RegExp(`/clases/${k.id}\\?hecha=${last.slug}`));
    await expect(page.getByRole('status')).toHaveText(`¡Bien! Marcaste «${last.title}» como hecha.`);
    await expect(page.getByLabel(/^Lecciones hechas: 2 de 7/)).toBeVisible();
    const items = page.getByRole('region', { name: 'Lecciones' }).getByRole('listitem');
    await expect(items.first()).toContainText('Hecha');
    await expect(items.nth(1)).toContainText('Pendiente');
    await expect(items.last()).toContainText('Hecha');
    await context.close();
  });

  test(`a learner fails and then passes the quiz (${mode(javaScriptEnabled)} JavaScript)`, async ({ browser }) => {
    test.setTimeout(120_000);
    const k = await createClass(baseURL());
    const { context, page, account } = await learnerPage(browser, baseURL(), javaScriptEnabled, `/clases/${k.id}`);
    await enrolByApi(baseURL(), account, k.id);
    await page.reload();
    await page.getByRole('region', { name: 'Cuestionarios' }).getByRole('link', { name: QUIZ.title }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(QUIZ.title);
    await expect(page.getByText(`${QUIZ.questions.length} preguntas. Apruebas con el ${QUIZ.passMark} %`)).toBeVisible();
    const questions = page.locator('form fieldset');
    await expect(questions).toHaveCount(QUIZ.questions.length);
    await expect(page.getByRole('group', { name: /Rosa vende empanadas/ }).getByRole('checkbox')).toHaveCount(5);
    await expect(page.getByRole('group').first().getByRole('radio')).toHaveCount(4);
    await expectAccessible(page, { javaScriptEnabled });
    await expectSmall(await page.request.get(`/clases/${k.id}/cuestionarios/${QUIZ.slug}`));

    // Forgetting question 2: the API names it; the page says which one and keeps every other choice.
    await answer(page, QUIZ.questions, (q) => (q.id === 'q2' ? [] : [wrongOption(q)]));
    await page.getByRole('button', { name: 'Enviar mis respuestas' }).click();
    await expect(page.getByRole('alert')).toContainText('Falta responder a la pregunta 2.');
    await expect(questions.nth(1)).toContainText('Marca al menos una respuesta.');
    await expect(questions.nth(0).getByLabel(optionText(QUIZ.questions[0], wrongOption(QUIZ.questions[0])), { exact: true })).toBeChecked();
    await expect(questions.nth(2).getByLabel(optionText(QUIZ.questions[2], wrongOption(QUIZ.questions[2])), { exact: true })).toBeChecked();
    await expect(page.getByText('Resultado del intento')).toHaveCount(0);
    await expectAccessible(page, { javaScriptEnabled });

    // A wrong attempt: the score and what was wrong, but not yet the right answers nor the explanations
    // (which often name the right option).
    await questions.nth(1).getByLabel(optionText(QUIZ.questions[1], wrongOption(QUIZ.questions[1])), { exact: true }).check();
    await page.getByRole('button', { name: 'Enviar mis respuestas' }).click();
    await expect(page.getByRole('status')).toHaveText(`Esta vez no llegaste al ${QUIZ.passMark} %: tu nota es 0 %. Intentos que te quedan: 2.`);
    const result = page.getByRole('region', { name: 'Resultado del intento 1' });
    await expect(result).toContainText('Nota: 0 % · Sin aprobar');
    await expect(result).toContainText(`Respuestas correctas: 0 de ${QUIZ.questions.length}.`);
    // Each question of the new attempt says how it went last time.
    const retry = page.getByRole('region', { name: 'Intentarlo otra vez' });
    await expect(retry.getByText(/^✗ No es correcta$/)).toHaveCount(QUIZ.questions.length);
    await expect(retry).not.toContainText(QUIZ.questions[0].explanation);
    await expect(page.getByText(/Verás las respuestas correctas, y por qué lo son/)).toBeVisible();
    await expect(retry.getByRole('group').first()).toContainText(`Tu respuesta: ${optionText(QUIZ.questions[0], wrongOption(QUIZ.questions[0]))}`);
    await expect(page.getByText('Respuesta correcta:')).toHaveCount(0);
    await expectAccessible(page, { javaScriptEnabled });
    await expectSmall(await page.request.get(page.url()));

    // The right answers (read from the course's quiz file): passed, with the right options revealed.
    await answer(page, QUIZ.questions, (q) => q.correct);
    await page.getByRole('button', { name: 'Enviar mis respuestas' }).click();
    await expect(page.getByRole('status')).toHaveText('¡Aprobaste! Tu nota: 100 %.');
    const passed = page.getByRole('region', { name: 'Resultado del intento 2' });
    await expect(passed.getByText(/^✓ Correcta$/)).toHaveCount(QUIZ.questions.length);
    await expect(passed.getByText('Respuesta correcta:')).toHaveCount(QUIZ.questions.length);
    await expect(passed).toContainText(QUIZ.questions[0].explanation);
    await expect(page.getByRole('button', { name: 'Enviar mis respuestas' })).toHaveCount(0);
    const attempts = page.getByRole('region', { name: 'Tus intentos' }).getByRole('listitem');
    await expect(attempts).toHaveCount(2);
    await expect(attempts.first()).toContainText('Intento 1');
    await expect(attempts.first()).toContainText('0 %');
    await expect(attempts.last()).toContainText('100 % · Aprobado');
    await expectAccessible(page, { javaScriptEnabled });

    await page.getByRole('link', { name: 'Volver a la clase' }).last().click();
    await expect(page.getByRole('region', { name: 'Cuestionarios' })).toContainText('Aprobado');
    await expect(page.getByRole('region', { name: 'Cuestionarios' })).toContainText('Intentos: 2 de 3 · mejor nota: 100 %');
    await context.close();
  });

  test(`a learner hands in the assignment and reads the feedback (${mode(javaScriptEnabled)} JavaScript)`, async ({ browser }) => {
    test.setTimeout(90_000);
    const k = await createClass(baseURL());
    const { context, page, account } = await learnerPage(browser, baseURL(), javaScriptEnabled, `/clases/${k.id}`);
    await enrolByApi(baseURL(), account, k.id);
    await page.reload();
    await page.getByRole('region', { name: 'Tareas' }).getByRole('link', { name: /Tu plan de negocio en una página/ }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tu plan de negocio en una página');
    await expect(page.getByRole('heading', { name: 'Qué tienes que hacer' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Cómo se corrige' })).toContainText('La persona formadora la da por aprobada');
    await expectAccessible(page, { javaScriptEnabled });
    await expectSmall(await page.request.get(`/clases/${k.id}/tareas/${ASSIGNMENT}`));

    // A link that is not https: the API refuses it and the page says so at that field, keeping the text.
    const text = 'Mi idea: empanadas por encargo para familias del barrio.\nCostos fijos: 450 € al mes.';
    await page.getByLabel('Tu respuesta').fill(text);
    await page.getByLabel('Enlace a un documento (opcional)').fill('http://docs.example.org/mi-plan');
    await page.getByRole('button', { name: 'Entregar' }).click();
    await expect(page.getByRole('alert')).toContainText('empiece por https://');
    await expect(page.getByLabel('Enlace a un documento (opcional)')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByLabel('Tu respuesta')).toHaveValue(text);
    await expectAccessible(page, { javaScriptEnabled });

    await page.getByLabel('Enlace a un documento (opcional)').fill('https://docs.example.org/mi-plan');
    await page.getByRole('button', { name: 'Entregar' }).click();
    await expect(page.getByRole('status')).toContainText('Hemos recibido tu entrega.');
    const history = page.getByRole('region', { name: 'Tus entregas' });
    await expect(history.getByRole('article')).toHaveCount(1);
    await expect(history).toContainText('Esperando corrección');
    await expect(page.getByText('Si la envías otra vez, la nueva sustituye a la anterior.')).toBeVisible();

    // While pending, sending again replaces it.
    await page.getByLabel('Tu respuesta').fill(`${text}\nPunto de equilibrio: 300 empanadas.`);
    await page.getByRole('button', { name: 'Enviar la nueva versión' }).click();
    await expect(page.getByRole('status')).toContainText('Sustituye a la entrega anterior.');
    await expect(history.getByRole('article')).toHaveCount(1);

    // The trainer sends it back: the feedback shows as plain text, line breaks kept, nothing interpreted.
    const queue = await k.trainerApi.get(`/api/classes/${k.id}/submissions`);
    const [pending] = (await queue.json()) as { id: string }[];
    const feedback = 'Falta el flujo de caja.\n<b>Revisa</b> el mes 3.';
    expect((await k.trainerApi.post(`/api/submissions/${pending.id}/grade`, { data: { passed: false, score: 40, feedback } })).status()).toBe(201);
    await page.reload();
    await expect(history).toContainText('Necesita cambios');
    await expect(history).toContainText('Nota: 40');
    const shown = history.getByText('Falta el flujo de caja.');
    await expect(shown).toHaveText(feedback);
    await expect(shown.locator('b')).toHaveCount(0);
    await expect(shown).toHaveCSS('white-space', 'pre-wrap');
    await expectAccessible(page, { javaScriptEnabled });

    // A failed one can be redone as a new submission.
    await page.getByLabel('Tu respuesta').fill(`${text}\nFlujo de caja de 6 meses: el mes 3 es el más bajo.`);
    await page.getByRole('button', { name: 'Entregar' }).click();
    await expect(page.getByRole('status')).toContainText('Hemos recibido tu entrega.');
    await expect(history.getByRole('article')).toHaveCount(2);
    await expectSmall(await page.request.get(page.url()));
    await context.close();
  });
}

test('a full class puts a learner on the waiting list, which they can leave (without JavaScript)', async ({ browser }) => {
  test.setTimeout(90_000);
  const k = await createClass(baseURL(), { capacity: 1 });
  const first = await createAccount(baseURL(), { displayName: 'Primera', tag: 'primera' });
  await enrolByApi(baseURL(), first, k.id);

  const { context, page } = await learnerPage(browser, baseURL(), false, `/clases/${k.id}`, 'Segundo');
  await expect(page.getByText('No quedan plazas. Personas en lista de espera: 0')).toBeVisible();
  await page.getByRole('button', { name: 'Apuntarme a la lista de espera' }).click();
  await expect(page.getByRole('status')).toHaveText('Estás en la lista de espera. Tu puesto: 1. Te avisaremos por correo si hay plaza.');
  await expect(page.getByText('Estás en la lista de espera. Tu puesto: 1.', { exact: true })).toBeVisible();
  await expectAccessible(page, { javaScriptEnabled: false });

  await page.goto('/aprendizaje');
  await expect(page.getByRole('main')).toContainText('En lista de espera');
  await expect(page.getByRole('main')).toContainText('Tu puesto: 1.');

  // The lessons stay closed meanwhile, with a page that explains why and where to go.
  const res = await page.goto(`/clases/${k.id}/lecciones/${LESSONS[1].slug}`);
  expect(res!.status()).toBe(403);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Esta parte es solo para la clase');

  await page.goto(`/clases/${k.id}`);
  await page.getByRole('button', { name: 'Salir de la lista de espera' }).click();
  await expect(page.getByRole('status')).toHaveText('Has salido de la lista de espera.');
  await expect(page.getByRole('button', { name: 'Apuntarme a la lista de espera' })).toBeVisible();
  await context.close();
});

test('class pages explain what is missing: not enrolled, not logged in, unknown class or lesson', async ({ browser, page }) => {
  const k = await createClass(baseURL());

  // Not logged in: the reader asks to log in and comes back.
  await page.goto(`/clases/${k.id}/lecciones/${LESSONS[0].slug}`);
  await expect(page).toHaveURL(new RegExp(`/entrar\\?next=${encodeURIComponent(`/clases/${k.id}/lecciones/${LESSONS[0].slug}`)}$`));

  await page.goto('/aprendizaje');
  await expect(page).toHaveURL(/\/entrar\?next=%2Faprendizaje$/);

  // Logged in but not in the class: a helpful 403, not a crash.
  const { context, page: learner, account } = await learnerPage(browser, baseURL(), true, '/cuenta');
  for (const path of [`/clases/${k.id}/lecciones/${LESSONS[0].slug}`, `/clases/${k.id}/cuestionarios/${QUIZ.slug}`, `/clases/${k.id}/tareas/${ASSIGNMENT}`]) {
    const res = await learner.goto(path);
    expect(res!.status(), path).toBe(403);
    await expect(learner.getByRole('heading', { level: 1 })).toHaveText('Esta parte es solo para la clase');
    await expect(learner.getByRole('main')).toContainText('Esta parte de la clase es solo para quienes están inscritos en ella.');
    await expect(learner.getByRole('link', { name: 'Ir a la página de la clase' })).toHaveAttribute('href', `/clases/${k.id}`);
  }
  await expectAccessible(learner);

  // Wrong addresses are 404 pages, never 500s (inside the class, for a member).
  await enrolByApi(baseURL(), account, k.id);
  for (const path of ['/clases/no-es-un-id', '/clases/00000000-0000-4000-8000-000000000000', `/clases/${k.id}/lecciones/no-existe`, `/clases/${k.id}/cuestionarios/NO_VALE`, `/clases/${k.id}/tareas/no-existe`]) {
    const res = await learner.goto(path);
    expect(res!.status(), path).toBe(404);
    await expect(learner.locator('h1'), path).toHaveCount(1);
  }
  await expect(learner.getByRole('link', { name: 'Volver a la clase' })).toHaveAttribute('href', `/clases/${k.id}`);
  await expectAccessible(learner);
  await context.close();
});

test('the trainer sees the class with a link to manage it and reads lessons without marking them', async ({ page }) => {
  const k = await createClass(baseURL());
  await logIn(page, k.trainer, `/clases/${k.id}`);
  await expect(page.getByRole('link', { name: 'Gestionar esta clase' })).toHaveAttribute('href', `/mis-clases/${k.id}`);
  await expect(page.getByRole('button', { name: 'Inscribirme' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: /Entrar a la sesión en línea/ })).toBeVisible();
  await page.getByRole('region', { name: 'Material de la clase' }).getByRole('link', { name: LESSONS[2].title }).click();
  await expect(page.getByText('Ves esta lección como formador/a')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Marcar como hecha' })).toHaveCount(0);
  await expectAccessible(page);
});

test('a learner who completes the class is congratulated, in English too', async ({ page, context }) => {
  test.setTimeout(90_000);
  const k = await createClass(baseURL());
  const learner = await createAccount(baseURL(), { displayName: 'Completa', tag: 'completa' });
  const { api, enrolmentId } = await enrolByApi(baseURL(), learner, k.id);
  for (const l of LESSONS) expect((await api.post(`/api/enrolments/${enrolmentId}/lessons/${l.slug}/complete`)).status()).toBe(201);
  const answers = Object.fromEntries(QUIZ.questions.map((q) => [q.id, q.correct]));
  expect((await api.post(`/api/classes/${k.id}/quizzes/${QUIZ.slug}/attempts`, { data: { answers } })).status()).toBe(201);
  const sub = await api.post(`/api/classes/${k.id}/assignments/${ASSIGNMENT}/submissions`, { data: { text: 'Mi plan completo en una página, con todos los números.' } });
  const subId = ((await sub.json()) as { id: string }).id;
  expect((await k.trainerApi.post(`/api/submissions/${subId}/grade`, { data: { passed: true, score: 95, feedback: '¡Muy bien!' } })).status()).toBe(201);

  await logIn(page, learner, `/clases/${k.id}`);
  await expect(page.getByText('¡Felicidades! Has completado esta clase.')).toBeVisible();
  await expect(page.getByLabel('Lecciones hechas: 7 de 7 (100 %)')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Dejar la clase' })).toHaveCount(0);
  await expectAccessible(page);
  await page.goto('/aprendizaje');
  await expect(page.getByRole('main')).toContainText('Completada');
  await expect(page.getByRole('main')).toContainText('¡Completada el');

  // The same pages in English.
  await context.addCookies([{ name: 'lang', value: 'en', url: baseURL() }]);
  await page.goto(`/clases/${k.id}`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByText('Congratulations! You have completed this class.')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Your progress' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Add to my calendar' })).toBeVisible();
  await expectAccessible(page);
  await page.goto('/aprendizaje');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('My learning');
  await expect(page.getByRole('main')).toContainText('Completed on');
  await expectAccessible(page);
  await page.goto(`/clases/${k.id}/cuestionarios/${QUIZ.slug}`);
  await expect(page.getByText('You passed this quiz!')).toBeVisible();
  await expectAccessible(page);
});

test('a person who has not confirmed their email is told so, in the API’s words, when enrolling', async ({ page, request }) => {
  const k = await createClass(baseURL());
  const account = { email: uniqueEmail('sinconfirmar'), password: 'una-clave-sin-confirmar' };
  expect((await request.post('/api/auth/register', { data: { ...account, displayName: 'Sin confirmar', locale: 'es' } })).status()).toBe(201);
  await logIn(page, account, `/clases/${k.id}`);
  await expect(page.getByRole('link', { name: 'Pedir otro enlace en Mi cuenta' })).toHaveAttribute('href', '/cuenta#correo');
  await page.getByRole('button', { name: 'Inscribirme' }).click();
  await expect(page.getByRole('alert')).toContainText('Confirma tu correo antes de inscribirte');
  await expect(page.getByRole('button', { name: 'Inscribirme' })).toBeVisible();
  await expectAccessible(page);
});
