import { randomUUID } from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import { createAccount, expectAccessible, logIn, waitForMail } from '../support/fixtures';
import { addSession, ASSIGNMENT_TITLE, createClass, day, dispose, enrol, person, QUIZ, submit, tag, wrongOption } from '../support/classroom';

/**
 * The trainer's side of the classrooms ("Mis clases"), in a real Chromium against the real app: creating a
 * class, its roster, sessions and attendance, grading and announcements — with the emails people receive.
 */

const h1 = (page: Page) => page.getByRole('heading', { level: 1 });
const errorSummary = (page: Page) => page.locator('.error-summary');
const mode = (js: boolean) => (js ? 'with' : 'without');

for (const javaScriptEnabled of [true, false]) {
  test(`a trainer creates a class in the form, fixing a bad submission (${mode(javaScriptEnabled)} JavaScript)`, async ({ browser, baseURL }) => {
    const trainer = await createAccount(baseURL!, { displayName: `Formadora ${tag()}`, roles: ['trainer'], tag: 'trainer' });
    const context = await browser.newContext({ javaScriptEnabled });
    const page = await context.newPage();
    await logIn(page, trainer, '/mis-clases');
    await expect(h1(page)).toHaveText('Mis clases');
    await expect(page.getByText('Todavía no tienes ninguna clase.')).toBeVisible();
    await expectAccessible(page, { javaScriptEnabled });

    await page.getByRole('main').getByRole('link', { name: 'Crear una clase' }).click();
    await expect(page).toHaveURL(/\/mis-clases\/nueva$/);
    await expect(h1(page)).toHaveText('Crear una clase');
    await expectAccessible(page, { javaScriptEnabled });

    // A bad submission: every problem is listed, next to its field too, and what was typed stays.
    await page.getByLabel('Curso', { exact: true }).selectOption('plan-de-negocio');
    await page.getByLabel('Nombre de la clase').fill('Pl');
    await page.getByLabel('Primer día').fill(day(20));
    await page.getByLabel('Último día').fill(day(10));
    await page.getByLabel('Zona horaria').selectOption('America/Guayaquil');
    await page.getByLabel('Plazas').fill('0');
    await page.getByLabel(/^Presencial/).check();
    await page.getByLabel('Cualquiera puede inscribirse desde la página de la clase').uncheck();
    await page.getByRole('button', { name: 'Crear la clase' }).click();

    await expect(errorSummary(page)).toContainText('Hay un problema');
    await expect(errorSummary(page).getByRole('link')).toHaveText([
      'Escribe un nombre de 3 a 120 caracteres.',
      'El último día no puede ser antes del primero.',
      'Escribe un número entero de 1 a 1000.',
      'Escribe el lugar (de 3 a 300 caracteres). Es obligatorio si la clase es presencial o híbrida.',
    ]);
    await expect(page.locator('#location-error')).toHaveText(/Escribe el lugar/);
    await expect(page.getByLabel('Nombre de la clase')).toHaveValue('Pl');
    await expect(page.getByLabel('Nombre de la clase')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByLabel('Zona horaria')).toHaveValue('America/Guayaquil');
    await expect(page.getByLabel(/^Presencial/)).toBeChecked();
    await expect(page.getByLabel('Cualquiera puede inscribirse desde la página de la clase')).not.toBeChecked();
    await expectAccessible(page, { javaScriptEnabled });

    const title = `Plan de negocio — Quito ${tag()}`;
    await page.getByLabel('Nombre de la clase').fill(title);
    await page.getByLabel('Último día').fill(day(50));
    await page.getByLabel('Plazas').fill('12');
    await page.getByLabel('Lugar', { exact: true }).fill('Casa Ecuatoriana, calle Mayor 1');
    await page.getByRole('button', { name: 'Crear la clase' }).click();

    await expect(page).toHaveURL(/\/mis-clases\/[0-9a-f-]{36}\?creada=1$/);
    await expect(h1(page)).toHaveText(title);
    await expect(page.getByRole('status')).toContainText('Clase creada');
    const facts = page.locator('dl.facts');
    await expect(facts).toContainText('Plan de negocio para tu emprendimiento');
    await expect(facts).toContainText('Ecuador continental (Quito, Guayaquil)');
    await expect(facts).toContainText('Presencial');
    await expect(facts).toContainText('Casa Ecuatoriana, calle Mayor 1');
    await expect(facts).toContainText('12 en total · 12 libres');
    await expect(facts).toContainText('Inscripción cerrada');
    await expect(page.getByText('Todavía no hay nadie inscrito.')).toBeVisible();
    await expectAccessible(page, { javaScriptEnabled });

    await page.getByRole('navigation', { name: 'Dónde estás' }).getByRole('link', { name: 'Mis clases' }).click();
    await expect(page.getByRole('heading', { level: 2, name: title })).toBeVisible();
    await expect(page.getByText('Tienes 1 clase.')).toBeVisible();
    await context.close();
  });
}

for (const javaScriptEnabled of [true, false]) {
  test(`a trainer grades a submission and the learner gets the email (${mode(javaScriptEnabled)} JavaScript)`, async ({ browser, baseURL }) => {
    const trainer = await person(baseURL!, `Formador ${tag()}`, ['trainer']);
    const learner = await person(baseURL!, `Lucía ${tag()}`);
    const cls = await createClass(trainer);
    await enrol(learner, cls.id);
    const text = 'Mi idea: vender empanadas en Usera.\nCostos fijos: 300 € al mes.\n<script>alert("x")</script>';
    await submit(learner, cls.id, text);

    const context = await browser.newContext({ javaScriptEnabled });
    const page = await context.newPage();
    await logIn(page, trainer.account, '/mis-clases');
    await page.getByRole('link', { name: '1 entrega' }).click();
    await expect(page).toHaveURL(new RegExp(`/mis-clases/${cls.id}/entregas$`));
    await expect(h1(page)).toHaveText('Entregas');
    const item = page.getByRole('article', { name: `${learner.account.displayName}: ${ASSIGNMENT_TITLE}` });
    await expect(item).toBeVisible();
    // The learner's text, escaped and with its line breaks.
    await expect(item.locator('.text')).toHaveText(text);
    await expect(item.locator('.text')).toHaveCSS('white-space', 'pre-wrap');
    await expectAccessible(page, { javaScriptEnabled });

    // No result chosen and a score out of range: the form says what is wrong and keeps what was typed.
    await item.getByLabel('Nota (opcional)').fill('140');
    await item.getByLabel('Comentario para la persona').fill('Te falta el flujo de caja de 6 meses.');
    await item.getByRole('button', { name: 'Guardar la corrección' }).click();
    await expect(errorSummary(page).getByRole('link')).toHaveText(['Elige si la entrega está aprobada o necesita cambios.', 'La nota tiene que ser un número entero de 0 a 100, o déjala vacía.']);
    await expect(item.getByLabel('Comentario para la persona')).toHaveValue('Te falta el flujo de caja de 6 meses.');
    await expectAccessible(page, { javaScriptEnabled });

    await item.getByLabel('Necesita cambios', { exact: true }).check();
    await item.getByLabel('Nota (opcional)').fill('40');
    await item.getByRole('button', { name: 'Guardar la corrección' }).click();
    await expect(page.getByRole('status')).toHaveText(`Corrección guardada. Hemos enviado un correo a ${learner.account.displayName}.`);
    await expect(page.getByText('No hay entregas por corregir.')).toBeVisible();

    const mail = await waitForMail(learner.account.email, /necesita cambios/);
    expect(mail.text).toContain('Te falta el flujo de caja de 6 meses.');

    await page.getByRole('navigation', { name: 'Qué entregas ver' }).getByRole('link', { name: 'Necesitan cambios' }).click();
    await expect(page).toHaveURL(/\?estado=cambios$/);
    await expect(item).toContainText('Necesita cambios · Nota: 40');
    await expect(item).toContainText('Te falta el flujo de caja de 6 meses.');
    await expect(item.getByRole('button')).toHaveCount(0);
    await expectAccessible(page, { javaScriptEnabled });
    await context.close();
    await dispose(trainer, learner);
  });
}

test('a trainer schedules a session, adds, removes and tells learners, and edits the class', async ({ page, baseURL }) => {
  const trainer = await person(baseURL!, `Formadora ${tag()}`, ['trainer']);
  const ana = await person(baseURL!, `Ana ${tag()}`);
  const beto = await person(baseURL!, `Beto ${tag()}`);
  const cls = await createClass(trainer, { capacity: 1, enrolmentOpen: false });

  await logIn(page, trainer.account, `/mis-clases/${cls.id}`);
  await expect(h1(page)).toHaveText(cls.title);
  await expect(page.getByRole('link', { name: 'Ver la página pública de la clase' })).toHaveAttribute('href', `/clases/${cls.id}`);
  const tabs = page.getByRole('navigation', { name: 'Partes de la clase' });
  await expect(tabs.getByRole('link', { name: 'Resumen' })).toHaveAttribute('aria-current', 'page');

  // Sessions: typed in the class's zone, checked against its dates.
  await tabs.getByRole('link', { name: 'Sesiones' }).click();
  await expect(h1(page)).toHaveText('Sesiones');
  await expect(page.getByText('Todavía no hay sesiones programadas.')).toBeVisible();
  await page.getByLabel('Día y hora').fill(`${day(100)}T18:30`);
  await page.getByLabel('Duración en minutos').fill('5');
  await page.getByLabel('Tema', { exact: true }).fill('Costos y precios');
  await page.getByLabel('Enlace de la videollamada (opcional)').fill('http://meet.example.org/costos');
  await page.getByRole('button', { name: 'Programar la sesión' }).click();
  await expect(errorSummary(page).getByRole('link')).toHaveText([
    /^La sesión tiene que ser entre el/,
    'La duración tiene que ser un número de minutos entre 15 y 480.',
    'El enlace tiene que ser una dirección completa que empiece por https://',
  ]);
  await expect(page.getByLabel('Tema', { exact: true })).toHaveValue('Costos y precios');
  await expectAccessible(page);

  await page.getByLabel('Día y hora').fill(`${day(12)}T18:30`);
  await page.getByLabel('Duración en minutos').fill('90');
  await page.getByLabel('Enlace de la videollamada (opcional)').fill('https://meet.example.org/costos');
  await page.getByRole('button', { name: 'Programar la sesión' }).click();
  await expect(page.getByRole('status')).toHaveText('Sesión programada: Costos y precios.');
  const session = page.locator('ol.sessions > li');
  await expect(session).toHaveCount(1);
  await expect(session).toContainText('18:30');
  await expect(session).toContainText('Costos y precios · 90 min');
  await expect(session.getByRole('link', { name: 'https://meet.example.org/costos' })).toBeVisible();
  await expect(session).toContainText('Aún no ha empezado');
  await expectAccessible(page);
  // The API stored the instant of 18:30 in Madrid.
  const stored = (await (await trainer.api.get(`/api/classes/${cls.id}`)).json()).sessions[0].startsAt as string;
  expect(new Intl.DateTimeFormat('es-ES', { timeZone: 'Europe/Madrid', hour: '2-digit', minute: '2-digit' }).format(new Date(stored))).toBe('18:30');

  // Adding people by email: an unknown one, a first one (the only place), a second one (waiting list).
  await tabs.getByRole('link', { name: 'Resumen' }).click();
  const email = page.getByLabel('Correo de la persona');
  await email.fill('nadie.e2e@example.org');
  await page.getByRole('button', { name: 'Añadir a la clase' }).click();
  await expect(errorSummary(page)).toContainText('No hay ninguna cuenta confirmada con ese correo.');
  await expect(email).toHaveValue('nadie.e2e@example.org');
  await email.fill(ana.account.email);
  await page.getByRole('button', { name: 'Añadir a la clase' }).click();
  await expect(page.getByRole('status')).toHaveText('Hemos añadido a la persona a la clase y le hemos enviado un correo.');
  await waitForMail(ana.account.email, /Ya estás en la clase/);
  await page.getByLabel('Correo de la persona').fill(beto.account.email);
  await page.getByRole('button', { name: 'Añadir a la clase' }).click();
  await expect(page.getByRole('status')).toContainText('lista de espera (puesto 1)');

  const roster = page.getByRole('table', { name: /Progreso de cada persona inscrita/ });
  await expect(roster.getByRole('columnheader')).toHaveText(['Nombre', 'Estado', 'Progreso', 'Cuestionario: Comprueba lo que sabes', `Tarea: ${ASSIGNMENT_TITLE}`, 'Por corregir', 'Asistencia']);
  const anaRow = roster.getByRole('row', { name: new RegExp(ana.account.displayName) });
  await expect(anaRow.getByRole('cell')).toHaveText(['Activa', '0 %', 'Sin intentos', 'Sin entregar', '0', 'Sin sesiones aún']);
  await expect(page.getByRole('heading', { name: 'Lista de espera' })).toBeVisible();
  await expect(page.locator('section ol li')).toContainText(beto.account.displayName);
  await expectAccessible(page);

  // An announcement, emailed to the class.
  await tabs.getByRole('link', { name: 'Avisos' }).click();
  await expect(h1(page)).toHaveText('Avisos');
  await expect(page.getByText('Puedes usar Markdown sencillo')).toBeVisible();
  await page.getByLabel('Título').fill('ab');
  await page.getByRole('button', { name: 'Publicar y enviar' }).click();
  await expect(errorSummary(page).getByRole('link')).toHaveText(['Escribe un título de 3 a 160 caracteres.', 'Escribe el mensaje, de 3 a 10000 caracteres.']);
  await page.getByLabel('Mensaje').fill('La sesión es en el **aula 3**.\n\n- Trae una calculadora\n\n<script>alert(1)</script>');
  await page.getByRole('button', { name: 'Publicar y enviar' }).click();
  await expect(errorSummary(page).getByRole('link')).toHaveText(['Escribe un título de 3 a 160 caracteres.']);
  await expect(page.getByLabel('Mensaje')).toHaveValue(/aula 3/);
  await page.getByLabel('Título').fill('Cambio de aula');
  await page.getByRole('button', { name: 'Publicar y enviar' }).click();
  await expect(page.getByRole('status')).toHaveText('Aviso publicado. Enviado por correo a 1 persona.');
  const posted = page.getByRole('article', { name: 'Cambio de aula' });
  await expect(posted.locator('strong')).toHaveText('aula 3');
  await expect(posted.locator('script')).toHaveCount(0);
  await expectAccessible(page);
  const mail = await waitForMail(ana.account.email, /Cambio de aula/);
  expect(mail.subject).toBe(`${cls.title}: Cambio de aula`);

  // Removing Ana: confirmed with a checkbox; Beto moves up from the waiting list.
  await tabs.getByRole('link', { name: 'Resumen' }).click();
  await page.getByLabel('Persona', { exact: true }).selectOption({ label: `${ana.account.displayName} (Activa)` });
  await page.getByLabel('Confirmo que quiero quitar a esta persona de la clase.').check();
  await page.getByRole('button', { name: 'Quitar de la clase' }).click();
  await expect(page.getByRole('status')).toHaveText(`Hemos quitado a ${ana.account.displayName} de la clase y le hemos enviado un correo.`);
  await waitForMail(ana.account.email, /Ya no estás en la clase/);
  await waitForMail(beto.account.email, /Tienes plaza/);
  await expect(roster.getByRole('row', { name: new RegExp(beto.account.displayName) }).getByRole('cell').first()).toHaveText('Activa');
  await expect(roster.getByRole('row', { name: new RegExp(ana.account.displayName) })).toHaveCount(0);
  await expect(page.getByText('No hay nadie en lista de espera.')).toBeVisible();

  // Editing the class, on its own page.
  await page.getByRole('link', { name: 'Cambiar los datos de la clase' }).click();
  await expect(h1(page)).toHaveText('Cambiar los datos de la clase');
  await expect(tabs.getByRole('link', { name: 'Resumen' })).toHaveAttribute('aria-current', 'location');
  await expect(page.getByLabel('Nombre de la clase')).toHaveValue(cls.title);
  await page.getByLabel('Plazas').fill('1001');
  await page.getByRole('button', { name: 'Guardar cambios' }).click();
  await expect(errorSummary(page).getByRole('link')).toHaveText(['Escribe un número entero de 1 a 1000.']);
  await expectAccessible(page);
  await page.getByLabel('Nombre de la clase').fill(`${cls.title} (tarde)`);
  await page.getByLabel('Plazas').fill('5');
  await page.getByLabel('Cualquiera puede inscribirse desde la página de la clase').check();
  await page.getByRole('button', { name: 'Guardar cambios' }).click();
  await expect(page).toHaveURL(new RegExp(`/mis-clases/${cls.id}\\?guardada=1$`));
  await expect(page.getByRole('status')).toHaveText('Hemos guardado los cambios.');
  await expect(h1(page)).toHaveText(`${cls.title} (tarde)`);
  await expect(page.locator('dl.facts')).toContainText('5 en total · 4 libres');
  await expect(page.locator('dl.facts')).toContainText('Inscripción abierta');
  await dispose(trainer, ana, beto);
});

test('a trainer takes attendance for a session that has started, not for one that has not', async ({ page, baseURL }) => {
  const trainer = await person(baseURL!, `Formador ${tag()}`, ['trainer']);
  const carla = await person(baseURL!, `Carla ${tag()}`);
  const dario = await person(baseURL!, `Darío ${tag()}`);
  const cls = await createClass(trainer, { startsOn: day(-7), endsOn: day(30) });
  const past = await addSession(trainer, cls.id, new Date(Date.now() - 2 * 3_600_000), 'Bienvenida');
  const future = await addSession(trainer, cls.id, new Date(Date.now() + 3 * 86_400_000), 'Flujo de caja');
  await enrol(carla, cls.id);
  await enrol(dario, cls.id);

  await logIn(page, trainer.account, `/mis-clases/${cls.id}/sesiones`);
  await expect(page.locator('ol.sessions > li').nth(1)).toContainText('Aún no ha empezado');
  await page.getByRole('link', { name: 'Pasar lista: Bienvenida' }).click();
  await expect(page).toHaveURL(new RegExp(`/sesiones/${past}$`));
  await expect(h1(page)).toHaveText('Pasar lista');
  await expect(page.getByRole('navigation', { name: 'Partes de la clase' }).getByRole('link', { name: 'Sesiones' })).toHaveAttribute('aria-current', 'location');
  await expect(page.getByText('Presentes ahora: 0 de 2.')).toBeVisible();
  await expectAccessible(page);

  await page.getByLabel(carla.account.displayName).check();
  await page.getByRole('button', { name: 'Guardar la asistencia' }).click();
  await expect(page.getByRole('status')).toHaveText('Asistencia guardada: 1 de 2 personas presentes.');
  await page.reload();
  await expect(page.getByLabel(carla.account.displayName)).toBeChecked();
  await expect(page.getByLabel(dario.account.displayName)).not.toBeChecked();

  await page.getByRole('navigation', { name: 'Partes de la clase' }).getByRole('link', { name: 'Resumen' }).click();
  const roster = page.getByRole('table', { name: /Progreso de cada persona inscrita/ });
  await expect(roster.getByRole('row', { name: new RegExp(carla.account.displayName) }).getByRole('cell').last()).toHaveText('1 de 1');
  await expect(roster.getByRole('row', { name: new RegExp(dario.account.displayName) }).getByRole('cell').last()).toHaveText('0 de 1');

  await page.goto(`/mis-clases/${cls.id}/sesiones/${future}`);
  await expect(page.getByText('Esta sesión aún no ha empezado. Podrás pasar lista cuando empiece.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Guardar la asistencia' })).toHaveCount(0);
  await expectAccessible(page);
  await dispose(trainer, carla, dario);
});

test('only trainers reach "Mis clases", and each only their own classes', async ({ browser, page, baseURL }) => {
  const anon = await browser.newContext();
  const anonPage = await anon.newPage();
  await anonPage.goto('/mis-clases');
  await expect(anonPage).toHaveURL(/\/entrar\?next=%2Fmis-clases$/);
  await anon.close();

  const learner = await createAccount(baseURL!, { displayName: `Estudiante ${tag()}` });
  await logIn(page, learner, '/cuenta');
  await expect(page.getByRole('navigation', { name: 'Menú principal' }).getByRole('link', { name: 'Mis clases' })).toHaveCount(0);
  for (const path of ['/mis-clases', '/mis-clases/nueva']) {
    const res = await page.goto(path);
    expect(res?.status(), path).toBe(403);
    await expect(h1(page)).toHaveText('No tienes permiso para ver esta página.');
  }
  await expectAccessible(page);

  const owner = await person(baseURL!, `Dueña ${tag()}`, ['trainer']);
  const other = await createAccount(baseURL!, { displayName: `Otro ${tag()}`, roles: ['trainer'], tag: 'trainer' });
  const cls = await createClass(owner);
  const sessionId = await addSession(owner, cls.id, new Date(Date.now() + 15 * 86_400_000), 'Tema');
  await page.context().clearCookies();
  await logIn(page, other, '/mis-clases');
  for (const path of ['', '/editar', '/sesiones', `/sesiones/${sessionId}`, '/entregas', '/avisos', '/certificados']) {
    const res = await page.goto(`/mis-clases/${cls.id}${path}`);
    expect(res?.status(), path).toBe(403);
    await expect(h1(page)).toHaveText('No tienes permiso para ver esta página.');
  }
  // Forms posted to someone else's class are refused the same way.
  const post = await page.request.post(`/mis-clases/${cls.id}/avisos`, { form: { title: 'Intruso', body: 'No debería llegar.' }, headers: { origin: new URL(baseURL!).origin } });
  expect(post.status()).toBe(403);

  for (const path of [`/mis-clases/${randomUUID()}`, '/mis-clases/no-es-un-id']) {
    const res = await page.goto(path);
    expect(res?.status(), path).toBe(404);
  }
  // For the class's own trainer, a session that does not exist is a missing page too.
  await page.context().clearCookies();
  await logIn(page, owner.account, `/mis-clases/${cls.id}`);
  for (const path of [`/sesiones/no-es-un-id`, `/sesiones/${randomUUID()}`]) {
    const res = await page.goto(`/mis-clases/${cls.id}${path}`);
    expect(res?.status(), path).toBe(404);
    await expect(h1(page)).toHaveText('No encontramos esta página.');
  }
  await dispose(owner);
});

test('the trainer pages read in English and pass axe', async ({ page, context, baseURL }) => {
  const trainer = await person(baseURL!, `Trainer ${tag()}`, ['trainer'], 'en');
  const learner = await person(baseURL!, `Learner ${tag()}`, [], 'en');
  const cls = await createClass(trainer, { startsOn: day(-3), endsOn: day(30), mode: 'hybrid', location: 'Room 2, Calle Mayor 1' });
  const sessionId = await addSession(trainer, cls.id, new Date(Date.now() - 3_600_000), 'Welcome');
  await enrol(learner, cls.id);
  await submit(learner, cls.id, 'My idea is a small bakery in Lavapiés, with costs and prices.');
  await trainer.api.post(`/api/classes/${cls.id}/announcements`, { data: { title: 'Welcome', body: 'See you **soon**.' } });

  await context.addCookies([{ name: 'lang', value: 'en', url: baseURL! }]);
  await logIn(page, trainer.account, '/mis-clases');
  const pages: [string, string][] = [
    ['/mis-clases', 'My classes'],
    ['/mis-clases/nueva', 'Create a class'],
    [`/mis-clases/${cls.id}`, cls.title],
    [`/mis-clases/${cls.id}/editar`, 'Change the class details'],
    [`/mis-clases/${cls.id}/sesiones`, 'Sessions'],
    [`/mis-clases/${cls.id}/sesiones/${sessionId}`, 'Take attendance'],
    [`/mis-clases/${cls.id}/entregas`, 'Submissions'],
    [`/mis-clases/${cls.id}/entregas?estado=aprobadas`, 'Submissions'],
    [`/mis-clases/${cls.id}/avisos`, 'Announcements'],
    [`/mis-clases/${cls.id}/certificados`, 'Certificates'],
  ];
  for (const [path, heading] of pages) {
    const res = await page.goto(path);
    expect(res?.status(), path).toBe(200);
    await expect(page.locator('html'), path).toHaveAttribute('lang', 'en');
    await expect(page.locator('h1'), path).toHaveCount(1);
    await expect(h1(page), path).toHaveText(heading);
    await expectAccessible(page);
    expect((await res!.body()).length, `${path} HTML size`).toBeLessThan(30_000);
  }
  await page.goto(`/mis-clases/${cls.id}`);
  await expect(page.locator('dl.facts')).toContainText('Hybrid');
  await expect(page.getByRole('table', { name: /Progress of each enrolled person/ }).getByRole('row', { name: new RegExp(learner.account.displayName) }).getByRole('cell').nth(3)).toHaveText('To grade');
  await dispose(trainer, learner);
});

test('a class of 50 learners: the roster stays light and reads on a phone', async ({ browser, baseURL }) => {
  test.setTimeout(240_000);
  const trainer = await person(baseURL!, `Formadora ${tag()}`, ['trainer']);
  const cls = await createClass(trainer, { capacity: 60 });
  for (let batch = 0; batch < 5; batch++) {
    const learners = await Promise.all(
      Array.from({ length: 10 }, (_, i) => createAccount(baseURL!, { displayName: `Persona ${String(batch * 10 + i + 1).padStart(2, '0')} ${tag()}` })),
    );
    for (const l of learners) {
      const res = await trainer.api.post(`/api/classes/${cls.id}/enrolments`, { data: { email: l.email } });
      expect(res.status()).toBe(201);
    }
  }

  const context = await browser.newContext({ viewport: { width: 375, height: 740 } });
  const page = await context.newPage();
  await logIn(page, trainer.account, '/mis-clases');
  const res = await page.goto(`/mis-clases/${cls.id}`);
  const html = await res!.body();
  expect(html.length).toBeLessThan(30_000);
  const roster = page.getByRole('table', { name: /Progreso de cada persona inscrita \(50\)/ });
  await expect(roster.getByRole('row')).toHaveCount(51);
  // On a narrow screen each person is a card whose values carry their column's name.
  const firstCell = roster.locator('tbody tr').first().locator('td').first();
  expect(await firstCell.evaluate((td) => getComputedStyle(td, '::before').content)).toBe('"Estado"');
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(375);
  await expectAccessible(page);
  await context.close();
  await dispose(trainer);
});

test('a trainer gives one more quiz attempt to a learner who ran out (without JavaScript)', async ({ browser, baseURL }) => {
  const trainer = await person(baseURL!, `Formador ${tag()}`, ['trainer']);
  const learner = await person(baseURL!, `Pedro ${tag()}`);
  const cls = await createClass(trainer, { startsOn: day(0) });
  await enrol(learner, cls.id);
  const wrong = Object.fromEntries(QUIZ.questions.map((q) => [q.id, [wrongOption(q)]]));
  for (let i = 0; i < QUIZ.maxAttempts; i += 1) {
    expect((await learner.api.post(`/api/classes/${cls.id}/quizzes/${QUIZ.slug}/attempts`, { data: { answers: wrong } })).status()).toBe(201);
  }

  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await logIn(page, trainer.account, `/mis-clases/${cls.id}`);
  const row = page.getByRole('row', { name: new RegExp(learner.account.displayName) });
  await row.getByRole('button', { name: /Dar un intento más/ }).click();
  await expect(page.getByRole('status')).toHaveText(`Le diste un intento más a ${learner.account.displayName}. Le hemos avisado por correo.`);
  await expect(page.getByRole('row', { name: new RegExp(learner.account.displayName) }).getByRole('button', { name: /Dar un intento más/ })).toHaveCount(0);
  await expectAccessible(page, { javaScriptEnabled: false });
  await waitForMail(learner.account.email, /un intento más/);
  const quiz = await learner.api.get(`/api/classes/${cls.id}/quizzes/${QUIZ.slug}`);
  expect(((await quiz.json()) as { attemptsLeft: number }).attemptsLeft).toBe(1);
  await dispose(trainer, learner);
  await context.close();
});
