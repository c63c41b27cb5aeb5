import { expect, test, type Page } from '@playwright/test';
import { answerQuiz, ASSIGNMENT_TITLE, day, LESSONS, QUIZ, wrongOption } from '../support/classroom';
import { createAccount, expectAccessible, logIn, waitForMail } from '../support/fixtures';

/**
 * The whole life of a class in the browser, with two people at once: a trainer creates the class and
 * schedules a session in "Mis clases"; a learner finds it on the course page, enrols, reads every lesson,
 * fails and then passes the quiz and hands in the assignment; the trainer grades it; the learner has
 * completed the class. The learner does it once with JavaScript and once without. axe checks every page.
 */

const h1 = (page: Page) => page.getByRole('heading', { level: 1 });

for (const learnerJs of [true, false]) {
  test(`a trainer and a learner take a class from creation to completion (learner ${learnerJs ? 'with' : 'without'} JavaScript)`, async ({ browser, baseURL }) => {
    test.setTimeout(240_000);
    const stamp = Date.now().toString(36);
    const trainer = await createAccount(baseURL!, { displayName: `Formadora ${stamp}`, roles: ['trainer'], tag: 'formadora' });
    const learner = await createAccount(baseURL!, { displayName: `Rosa ${stamp}`, tag: 'rosa' });
    const trainerContext = await browser.newContext();
    const learnerContext = await browser.newContext({ javaScriptEnabled: learnerJs });
    const t = await trainerContext.newPage();
    const l = await learnerContext.newPage();
    const checkT = () => expectAccessible(t);
    const checkL = () => expectAccessible(l, { javaScriptEnabled: learnerJs });

    // The trainer creates the class and schedules its first session.
    await logIn(t, trainer, '/mis-clases');
    await t.getByRole('main').getByRole('link', { name: 'Crear una clase' }).click();
    const title = `Plan de negocio — Usera ${stamp}`;
    await t.getByLabel('Curso', { exact: true }).selectOption('plan-de-negocio');
    await t.getByLabel('Nombre de la clase').fill(title);
    await t.getByLabel('Primer día').fill(day(0));
    await t.getByLabel('Último día').fill(day(45));
    await t.getByLabel('Zona horaria').selectOption('Europe/Madrid');
    await t.getByLabel('Plazas').fill('15');
    await t.getByLabel(/^En línea/).check();
    await checkT();
    await t.getByRole('button', { name: 'Crear la clase' }).click();
    await expect(h1(t)).toHaveText(title);
    const classId = /\/mis-clases\/([0-9a-f-]{36})/.exec(t.url())![1];
    await t.getByRole('navigation', { name: 'Partes de la clase' }).getByRole('link', { name: 'Sesiones' }).click();
    await checkT();
    await t.getByLabel('Día y hora').fill(`${day(7)}T19:00`);
    await t.getByLabel('Duración en minutos').fill('90');
    await t.getByLabel('Tema').fill('Costes, precios y punto de equilibrio');
    await t.getByLabel(/Enlace de la videollamada/).fill('https://meet.example.org/usera');
    await t.getByRole('button', { name: 'Programar la sesión' }).click();
    await expect(t.getByRole('status')).toContainText('Sesión programada');

    // The learner finds the class on the course page and enrols.
    await logIn(l, learner, '/cursos/plan-de-negocio');
    await l.getByRole('region', { name: 'Clases' }).getByRole('link', { name: title }).click();
    await expect(h1(l)).toHaveText(title);
    await checkL();
    await l.getByRole('button', { name: 'Inscribirme' }).click();
    await expect(l.getByRole('status')).toContainText('¡Ya estás en la clase!');
    await expect(l.getByRole('link', { name: /Entrar a la sesión en línea/ })).toHaveAttribute('href', 'https://meet.example.org/usera');
    await checkL();
    await waitForMail(learner.email, /Ya estás en la clase/);

    // Every lesson, one after the other, from the reader's "mark as done".
    await l.getByRole('region', { name: 'Lecciones' }).getByRole('link', { name: LESSONS[0].title }).click();
    for (const [i, lesson] of LESSONS.entries()) {
      await expect(h1(l)).toHaveText(lesson.title);
      if (i === 0) await checkL();
      await l.getByRole('button', { name: 'Marcar como hecha' }).click();
    }
    await expect(l.getByLabel(`Lecciones hechas: ${LESSONS.length} de ${LESSONS.length} (100 %)`)).toBeVisible();

    // The quiz: a wrong attempt, then the right answers.
    await l.getByRole('region', { name: 'Cuestionarios' }).getByRole('link', { name: QUIZ.title }).click();
    await checkL();
    await answerQuiz(l, QUIZ.questions, (q) => [wrongOption(q)]);
    await l.getByRole('button', { name: 'Enviar mis respuestas' }).click();
    await expect(l.getByRole('status')).toContainText('Esta vez no llegaste');
    await checkL();
    await answerQuiz(l, QUIZ.questions, (q) => q.correct);
    await l.getByRole('button', { name: 'Enviar mis respuestas' }).click();
    await expect(l.getByRole('status')).toHaveText('¡Aprobaste! Tu nota: 100 %.');

    // The assignment.
    await l.getByRole('link', { name: 'Volver a la clase' }).last().click();
    await l.getByRole('region', { name: 'Tareas' }).getByRole('link', { name: new RegExp(ASSIGNMENT_TITLE) }).click();
    await checkL();
    await l.getByLabel('Tu respuesta').fill('Idea: comida ecuatoriana por encargo en Usera.\nClientes: familias del barrio.\nPrecio: 9 € el menú; coste variable 4 €; fijos 600 € al mes; equilibrio: 120 menús.');
    await l.getByRole('button', { name: 'Entregar' }).click();
    await expect(l.getByRole('status')).toContainText('Hemos recibido tu entrega.');

    // The trainer sees the work in the roster and grades it.
    await t.getByRole('navigation', { name: 'Partes de la clase' }).getByRole('link', { name: 'Resumen' }).click();
    const row = t.getByRole('row', { name: new RegExp(learner.displayName) });
    await expect(row).toContainText('100');
    await checkT();
    await t.getByRole('navigation', { name: 'Partes de la clase' }).getByRole('link', { name: 'Entregas' }).click();
    const item = t.getByRole('article', { name: `${learner.displayName}: ${ASSIGNMENT_TITLE}` });
    await checkT();
    await item.getByLabel('Aprobada', { exact: true }).check();
    await item.getByLabel('Nota (opcional)').fill('90');
    await item.getByLabel('Comentario para la persona').fill('Muy claro. Revisa el coste del alquiler en verano.');
    await item.getByRole('button', { name: 'Guardar la corrección' }).click();
    await expect(t.getByRole('status')).toContainText('Corrección guardada');

    // The learner is told, has completed the class, and sees it in "Mi aprendizaje".
    await waitForMail(learner.email, /Tarea aprobada/);
    await waitForMail(learner.email, /Has completado/);
    await l.goto('/aprendizaje');
    const card = l.getByRole('main').getByRole('listitem').filter({ has: l.getByRole('heading', { name: title }) });
    await expect(card).toContainText('Completada');
    await checkL();
    await l.goto(`/clases/${classId}`);
    await expect(l.getByText('¡Felicidades! Has completado esta clase.')).toBeVisible();

    await trainerContext.close();
    await learnerContext.close();
  });
}
