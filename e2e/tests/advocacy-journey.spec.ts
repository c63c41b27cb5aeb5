import { expect, test, type Locator, type Page } from '@playwright/test';
import { Client } from 'pg';
import { createAccount, expectAccessible, logIn, state, uniqueEmail, waitForMail } from '../support/fixtures';

/**
 * The advocates' dashboard in a real Chromium against the real app, with JavaScript off (every form is a
 * plain form post): importing officials, running a campaign, writing and versioning a brief, sending it to
 * officials (the e2e app mails a real SMTP server on loopback) and recording their reply.
 */

const h1 = (page: Page) => page.getByRole('heading', { level: 1 });
const errorSummary = (page: Page) => page.locator('.error-summary');
const tag = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1000)}`;
const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Madrid', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
/** The row of a table whose header cell (or any cell) mentions `text`. */
const row = (table: Locator, text: string | RegExp) => table.getByRole('row').filter({ hasText: text });

test('an advocate imports officials, runs a campaign, sends a brief and records a reply (without JavaScript)', async ({ browser, baseURL }) => {
  // Many pages, each checked with axe (a few seconds each), and real emails going out.
  test.setTimeout(240_000);
  const t = tag();
  const advocate = await createAccount(baseURL!, { displayName: `Defensora ${t}`, roles: ['advocate'], tag: 'advocate' });
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const axe = () => expectAccessible(page, { javaScriptEnabled: false });

  await logIn(page, advocate, '/incidencia');
  await expect(h1(page)).toHaveText('Incidencia');
  await expect(page.getByText('Todavía no llevas ninguna campaña.')).toBeVisible();
  await expect(page.getByText('No hay envíos esperando respuesta desde hace tiempo.')).toBeVisible();
  await axe();

  // ── The officials directory: a CSV with one broken row. ──────────────────────────────────────────────
  await page.getByRole('main').getByRole('link', { name: 'Directorio de autoridades' }).click();
  await expect(h1(page)).toHaveText('Directorio de autoridades');
  await axe();
  await page.getByRole('main').getByRole('link', { name: 'Importar desde un CSV' }).click();
  await expect(h1(page)).toHaveText('Importar desde un CSV');
  await axe();

  const institution = `Consejería de Migraciones ${t}`;
  const elena = uniqueEmail('elena');
  const oficina = uniqueEmail('oficina');
  const csv = [
    'nombre,cargo,institución,nivel,país,región,correo,fuente,verificado',
    `Elena Arce,directora del Área de Migraciones,${institution},autonómico,ES,Madrid,${elena},https://www.comunidad.madrid/contacto,2026-11-02`,
    `Oficina de Atención a la Inmigración,,${institution},regional,es,Madrid,${oficina},,`,
    `Fila Rota,,${institution},galáctico,ESP,,no-es-un-correo,,`,
  ].join('\n');
  // Checking without choosing a file says so.
  await page.getByRole('button', { name: 'Comprobar (sin guardar)' }).click();
  await expect(errorSummary(page).getByRole('link')).toHaveText(['Elige un archivo CSV.']);
  await page.getByLabel('Archivo CSV').setInputFiles({ name: 'autoridades.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
  await page.getByRole('button', { name: 'Comprobar (sin guardar)' }).click();
  await expect(page.getByRole('heading', { name: 'Resultado de la comprobación (no se ha guardado nada)' })).toBeVisible();
  await expect(page.getByRole('status')).toHaveText('Filas: 3 · válidas: 2 (nuevas: 2; actualizan una existente: 0) · con errores: 1.');
  const report = page.getByRole('table', { name: 'Qué pasará con cada línea del archivo' });
  await expect(row(report, 'Elena Arce')).toContainText('Nueva');
  const broken = row(report, 'Fila Rota');
  await expect(broken.getByRole('rowheader')).toHaveText('4');
  await expect(broken).toContainText('Error: no se importa');
  await expect(broken).toContainText('Nivel: debe ser uno de');
  await expect(broken).toContainText('País: debe ser un código de país de dos letras');
  await expect(broken).toContainText('Correo: no es un correo electrónico válido');
  await axe();
  // Nothing was saved by the check.
  const other = await context.newPage();
  await other.goto(`/incidencia/autoridades?q=${encodeURIComponent(t)}`);
  await expect(other.getByText('No hay ninguna autoridad con estos filtros.')).toBeVisible();
  await other.close();
  await page.getByRole('button', { name: 'Importar solo las filas válidas' }).click();
  await expect(page).toHaveURL(/\/incidencia\/autoridades\?importadas=2&actualizadas=0&omitidas=1#importacion$/);
  await expect(page.getByRole('status')).toHaveText('Importación hecha. Nuevas: 2 · actualizadas: 0 · filas con errores sin importar: 1.');

  await page.getByLabel('Institución').selectOption({ label: institution });
  await page.getByRole('button', { name: 'Filtrar' }).click();
  const directory = page.getByRole('table', { name: 'Autoridades (2)' });
  await expect(row(directory, 'Elena Arce')).toContainText('directora del Área de Migraciones');
  await expect(row(directory, 'Elena Arce')).toContainText('Autonómica o regional · España · Madrid');
  await expect(row(directory, 'Elena Arce')).toContainText(/Verificada el 2 nov 2026/);
  await expect(row(directory, 'Oficina de Atención')).toContainText('Pendiente de verificar');
  await axe();

  // ── A campaign: a bad submission first, then created and published. ──────────────────────────────────
  await page.goto('/incidencia');
  await page.getByRole('main').getByRole('link', { name: 'Nueva campaña' }).click();
  await expect(h1(page)).toHaveText('Nueva campaña');
  await axe();
  await page.getByLabel('Título', { exact: true }).fill('Cita');
  await page.getByRole('button', { name: 'Crear la campaña' }).click();
  await expect(errorSummary(page).getByRole('link')).toHaveText([
    'Escribe un título de 5 a 160 caracteres.',
    'Escribe un resumen de 10 a 400 caracteres.',
    'Explica el problema (de 10 a 20 000 caracteres).',
    'Escribe lo que pide la campaña (de 10 a 10 000 caracteres).',
    'Marca al menos un público.',
  ]);
  await expect(page.getByLabel('Título', { exact: true })).toHaveValue('Cita');
  await axe();
  const campaignTitle = `Citas de extranjería para todas ${t}`;
  await page.getByLabel('Título', { exact: true }).fill(campaignTitle);
  await page.getByLabel('Resumen', { exact: true }).fill('Sin cita previa no hay trámite: pedimos citas suficientes y sin intermediarios.');
  await page.getByLabel('El problema').fill('Las citas de extranjería se agotan en minutos y se revenden.\n\n## Quién lo sufre\n\n- Familias ecuatorianas en Madrid');
  await page.getByLabel('Lo que pedimos').fill('- Más citas\n- Un canal sin cita para trámites urgentes');
  await page.getByLabel('Organizaciones y asociaciones').check();
  await page.getByLabel('Gobiernos y administraciones').check();
  await page.getByRole('button', { name: 'Crear la campaña' }).click();
  await expect(page).toHaveURL(/\/incidencia\/campanas\/[0-9a-f-]{36}\?creada=1$/);
  const campaignUrl = page.url().replace(/\?.*$/, '');
  await expect(h1(page)).toHaveText(campaignTitle);
  await expect(page.getByRole('status')).toContainText('Campaña creada como borrador.');
  await expect(page.locator('dl.facts')).toContainText('Borrador');
  await axe();
  await page.getByRole('button', { name: 'Publicar la campaña' }).click();
  await expect(page.getByRole('status')).toHaveText('Campaña publicada: ya es pública y recoge firmas.');
  await expect(page.locator('dl.facts')).toContainText('Publicada');
  const slug = (await page.getByRole('link', { name: 'Ver la página pública de la campaña' }).getAttribute('href'))!.replace('/campanas/', '');
  expect(slug).toMatch(/^citas-de-extranjeria-para-todas-/);

  // ── A brief: created, then completed as a second version (a bad source line first). ──────────────────
  const briefTitle = `Informe sobre las citas de extranjería ${t}`;
  await page.locator('#brief-title').fill(briefTitle);
  await page.locator('#brief-summary').fill('Las citas se agotan y se revenden; proponemos tres medidas.');
  await page.locator('#brief-body').fill('## Situación\n\nEn 2026 las citas se agotan en **minutos**.');
  await page.getByRole('button', { name: 'Crear el informe' }).click();
  await expect(page).toHaveURL(/\/incidencia\/informes\/[0-9a-f-]{36}\?creado=1#editar$/);
  const briefUrl = page.url().replace(/\?.*$/, '');
  await expect(h1(page)).toHaveText(briefTitle);
  await expect(page.getByRole('status')).toContainText('Informe creado (versión 1).');
  await axe();

  await page.getByLabel('Recomendaciones').fill('Abrir más citas cada semana\nUn canal sin cita para urgencias');
  await page.getByLabel('Fuentes').fill('Real Decreto 1155/2024 | https://www.boe.es/eli/es/rd/2024/11/19/1155\nComparativa de arraigo | comparativa/arraigo');
  await page.getByRole('button', { name: 'Guardar como versión nueva' }).click();
  await expect(errorSummary(page).getByRole('link')).toHaveText([/^El enlace de la fuente de la línea 2 debe empezar por https:\/\//]);
  await expect(page.getByLabel('Recomendaciones')).toHaveValue('Abrir más citas cada semana\nUn canal sin cita para urgencias');
  await axe();
  await page.getByLabel('Fuentes').fill('Real Decreto 1155/2024 | https://www.boe.es/eli/es/rd/2024/11/19/1155\nComparativa de arraigo | /comparativa/arraigo');
  await page.getByRole('button', { name: 'Guardar como versión nueva' }).click();
  await expect(page.getByRole('status')).toHaveText('Guardado como versión 2.');
  const preview = page.locator('section').filter({ has: page.getByRole('heading', { name: 'Vista previa: versión 2' }) });
  await expect(preview.getByRole('heading', { name: 'Situación' })).toBeVisible();
  await expect(preview.locator('strong')).toHaveText('minutos');
  await expect(preview.getByRole('listitem')).toHaveText(['Abrir más citas cada semana', 'Un canal sin cita para urgencias', 'Real Decreto 1155/2024', 'Comparativa de arraigo']);
  await expect(preview.getByRole('link', { name: 'Comparativa de arraigo' })).toHaveAttribute('href', '/comparativa/arraigo');
  const versions = page.getByRole('table', { name: /Versiones del informe/ });
  await expect(versions.getByRole('row')).toHaveCount(3);
  await axe();
  // Saving the same again makes no version.
  await page.getByRole('button', { name: 'Guardar como versión nueva' }).click();
  await expect(page.getByRole('status')).toHaveText('No había cambios: sigue siendo la misma versión.');
  // Any version can be viewed.
  await versions.getByRole('link', { name: 'Versión 1' }).click();
  await expect(page.getByRole('heading', { name: 'Vista previa: versión 1' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Vista previa: versión 1' }).locator('..').getByRole('listitem')).toHaveCount(0);

  // The PDF, with the session cookie, as the link opens it.
  const pdfHref = await page.getByRole('link', { name: /^Ver el PDF/ }).getAttribute('href');
  expect(pdfHref).toMatch(/\/api\/briefs\/[0-9a-f-]{36}\/pdf\?version=1$/);
  const pdf = await page.request.get(pdfHref!.replace(/version=1$/, 'version=2'));
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()['content-type']).toBe('application/pdf');
  expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');

  // ── The send: preview first (a forgotten message), then the real one. ────────────────────────────────
  await page.goto(briefUrl);
  await page.getByRole('link', { name: 'Enviar este informe' }).click();
  await expect(h1(page)).toHaveText('Enviar el informe');
  await expect(page.getByLabel('Asunto del correo')).toHaveValue(`Informe: ${briefTitle}`);
  await axe();
  const elenaBox = page.getByLabel(`Elena Arce, directora del Área de Migraciones — ${institution}`);
  await elenaBox.check();
  await page.getByLabel(`Oficina de Atención a la Inmigración — ${institution}`).check();
  await page.getByRole('button', { name: 'Vista previa (no envía nada)' }).click();
  await expect(errorSummary(page).getByRole('link')).toHaveText(['Escribe tu mensaje (de 10 a 10 000 caracteres).']);
  await expect(elenaBox).toBeChecked();
  const message = 'Les hacemos llegar el informe de nuestra campaña y quedamos a su disposición para una reunión.';
  await page.getByLabel('Tu mensaje').fill(message);
  await page.getByRole('button', { name: 'Vista previa (no envía nada)' }).click();
  // A contact nobody has checked is skipped unless the advocate asks for it.
  await expect(page.getByRole('status')).toHaveText('Correos que saldrían: 1 (versión 2). Destinatarios que se saltan: 1.');
  await expect(row(page.getByRole('table', { name: 'Destinatarios (2)' }), 'Oficina de Atención')).toContainText('No se envía: su contacto está pendiente de comprobar');
  await page.getByLabel('Enviar también a los contactos pendientes de comprobar').check();
  await page.getByRole('button', { name: 'Vista previa (no envía nada)' }).click();
  await expect(page.getByRole('status')).toHaveText('Correos que saldrían: 2 (versión 2). Destinatarios que se saltan: 0.');
  const recipients = page.getByRole('table', { name: 'Destinatarios (2)' });
  await expect(row(recipients, 'Elena Arce')).toContainText('Recibirá el correo');
  await expect(row(recipients, 'Oficina de Atención')).toContainText('Pendiente de verificar');
  await expect(page.getByText('Atención: hay contactos pendientes de verificar (1).')).toBeVisible();
  const mailPreview = page.locator('details').filter({ hasText: `Correo para Elena Arce (${institution})` });
  await mailPreview.locator('summary').click();
  await expect(mailPreview.locator('pre')).toContainText('Estimado/a Elena Arce, directora del Área de Migraciones:');
  await expect(mailPreview.locator('pre')).toContainText(message);
  await expect(mailPreview).toContainText(advocate.email);
  await expect(mailPreview).toContainText(`informe-${slug}-v2.pdf`);
  await axe();
  await page.getByRole('button', { name: 'Enviar ahora (2 correos)' }).click();
  await expect(page).toHaveURL(/\/incidencia\/envios\/[0-9a-f-]{36}\?enviado=1$/);
  const sendUrl = page.url().replace(/\?.*$/, '');
  await expect(page.getByRole('status').first()).toHaveText('Envío en marcha: los correos están en cola y salen poco a poco.');

  // The worker sends them: "Actualizar" (a link, never a timed reload) shows the progress.
  const deliveries = page.getByRole('table', { name: 'Estado de cada correo (2)' });
  await expect(async () => {
    if (await page.getByRole('link', { name: 'Actualizar' }).isVisible()) await page.getByRole('link', { name: 'Actualizar' }).click();
    else await page.goto(sendUrl);
    await expect(row(deliveries, 'Elena Arce').getByRole('cell').nth(2).locator('strong')).toHaveText('Enviado', { timeout: 1000 });
    await expect(row(deliveries, 'Oficina de Atención').getByRole('cell').nth(2).locator('strong')).toHaveText('Enviado', { timeout: 1000 });
  }).toPass({ timeout: 30_000 });
  await expect(page.getByText('Terminado: no queda nada en cola.')).toBeVisible();
  await expect(row(deliveries, 'Elena Arce')).toContainText(elena);
  await axe();

  const mail = await waitForMail(elena, new RegExp(briefTitle));
  expect(mail.text).toContain('Estimado/a Elena Arce, directora del Área de Migraciones:');
  expect(mail.text).toContain(message);
  expect(mail.attachments.map((a) => [a.filename, a.contentType])).toEqual([[`informe-${slug}-v2.pdf`, 'application/pdf']]);
  expect(mail.attachments[0].content.subarray(0, 5).toString()).toBe('%PDF-');
  expect(mail.replyTo?.text).toContain(advocate.email);

  const db = state().database;
  if (db) {
    const url = new URL(db.adminUrl);
    url.pathname = `/${db.name}`;
    const client = new Client({ connectionString: url.toString() });
    await client.connect();
    // A mail server that refused the office's email for good: the row says why and offers a retry.
    await client.query(`update deliveries set status = 'failed', sent_at = null, last_error = '550 5.1.1 Mailbox unavailable' where to_email = $1`, [oficina]);
    await page.goto(sendUrl);
    const failed = row(deliveries, 'Oficina de Atención');
    await expect(failed.getByRole('cell').nth(2).locator('strong')).toHaveText('Falló');
    await expect(failed).toContainText('550 5.1.1 Mailbox unavailable');
    await expect(page.locator('dl.counts')).toContainText('Falló 1');
    await axe();
    await failed.getByRole('button', { name: `Reintentar (${institution})` }).click();
    await expect(page.getByRole('status')).toHaveText(`El correo a ${institution} vuelve a estar en cola.`);
    await expect(async () => {
      await page.goto(sendUrl);
      await expect(row(deliveries, 'Oficina de Atención').getByRole('cell').nth(2).locator('strong')).toHaveText('Enviado', { timeout: 1000 });
    }).toPass({ timeout: 30_000 });
    await expect(row(deliveries, 'Oficina de Atención')).not.toContainText('Mailbox unavailable');

    // Sent weeks ago without a reply: the dashboard lists it under "Pendientes de respuesta".
    await client.query(`update deliveries set sent_at = now() - interval '20 days' where to_email = $1`, [oficina]);
    await client.end();
    await page.goto('/incidencia');
    const followUps = page.getByRole('table', { name: /Envíos sin respuesta/ });
    await expect(row(followUps, institution)).toContainText('20 días');
    await expect(row(followUps, institution)).toContainText(briefTitle);
    await row(followUps, institution).getByRole('link', { name: /Ver el envío/ }).click();
    await expect(page).toHaveURL(new RegExp(`${sendUrl.replace(/[/.]/g, (c) => `\\${c}`)}#d-[0-9a-f-]{36}$`));
  }

  // ── The reply from Elena's office. ───────────────────────────────────────────────────────────────────
  await page.goto(sendUrl);
  await row(deliveries, 'Elena Arce').getByRole('link', { name: 'Registrar respuesta' }).click();
  await expect(page.getByRole('heading', { name: `Registrar la respuesta de ${institution}` })).toBeVisible();
  await expect(page.getByLabel('Fecha en que llegó la respuesta')).toHaveValue(today());
  await page.getByRole('button', { name: 'Guardar la respuesta' }).click();
  await expect(errorSummary(page).getByRole('link')).toHaveText(['Resume la respuesta (de 3 a 5000 caracteres).']);
  await axe();
  await page.getByLabel('Cómo respondió').selectOption({ label: 'Carta' });
  await page.getByLabel('Qué respondieron').fill('Nos citan a una reunión en enero para estudiar las medidas.');
  await page.getByRole('button', { name: 'Guardar la respuesta' }).click();
  await expect(page.getByRole('status')).toHaveText(`Respuesta de ${institution} registrada.`);
  await expect(row(deliveries, 'Elena Arce').getByRole('cell').nth(2).locator('strong')).toHaveText('Respondido');
  await expect(page.locator('.replies')).toContainText('Carta');
  await expect(page.locator('.replies')).toContainText('Nos citan a una reunión en enero');
  await expect(page.locator('.replies')).toContainText(`Registrada por ${advocate.displayName}`);
  await axe();

  // The campaign page counts it.
  await page.goto(campaignUrl);
  await expect(page.locator('dl.facts')).toContainText('2 · han respondido: 1');
  await expect(page.getByRole('link', { name: briefTitle })).toBeVisible();
  await axe();

  // The public record: anyone sees that the institution replied.
  const anonymous = await browser.newContext();
  const record = await anonymous.request.get(`/api/campaigns/${slug}`);
  expect(record.status()).toBe(200);
  const detail = (await record.json()) as { manage: unknown; transparency: { sent: number; replied: number; recipients: { institution: string; name: string; repliedAt: string | null; replyChannel: string | null }[] } };
  expect(detail.manage).toBeNull();
  expect(detail.transparency.sent).toBe(2);
  expect(detail.transparency.replied).toBe(1);
  expect(detail.transparency.recipients.find((r) => r.name === 'Elena Arce')).toMatchObject({ institution, replyChannel: 'letter' });
  // And so does the public campaign page.
  const publicPage = await anonymous.newPage();
  const res = await publicPage.goto(`/campanas/${slug}`);
  expect(res?.status()).toBe(200);
  await expect(publicPage.getByRole('main')).toContainText(institution);
  await expect(publicPage.getByRole('main')).toContainText('Han respondido 1 de 2');
  await anonymous.close();
  await context.close();
});

test('the dashboard refuses a learner with the 403 page', async ({ page, baseURL }) => {
  const learner = await createAccount(baseURL!, { displayName: `Aprendiz ${tag()}` });
  await logIn(page, learner);
  for (const path of ['/incidencia', '/incidencia/autoridades', '/incidencia/campanas/nueva']) {
    const res = await page.goto(path);
    expect(res?.status(), path).toBe(403);
    await expect(h1(page), path).toHaveText('No tienes permiso para ver esta página.');
  }
  await expectAccessible(page);
  // Nor is the link in the menu.
  await expect(page.getByRole('navigation', { name: 'Menú principal' }).getByRole('link', { name: 'Incidencia' })).toHaveCount(0);
});

test('an advocate adds and corrects an official, and edits a campaign and its team (with JavaScript)', async ({ page, baseURL }) => {
  test.setTimeout(120_000);
  const t = tag();
  const owner = await createAccount(baseURL!, { displayName: `Responsable ${t}`, roles: ['advocate'], tag: 'advocate' });
  const colleague = await createAccount(baseURL!, { displayName: `Compañero ${t}`, roles: ['advocate'], tag: 'advocate' });
  await logIn(page, owner, '/incidencia/autoridades');

  await page.getByRole('main').getByRole('link', { name: 'Nueva autoridad' }).click();
  await expect(h1(page)).toHaveText('Nueva autoridad');
  await page.getByLabel('Nombre', { exact: true }).fill(`Consulado General del Ecuador ${t}`);
  await page.getByLabel('Institución', { exact: true }).fill('Ministerio de Relaciones Exteriores y Movilidad Humana');
  await page.getByLabel('País (código de dos letras)').fill('E');
  await page.getByLabel('Correo (opcional)').fill('consulado@');
  await page.getByLabel('Fuente (opcional)').fill('www.cancilleria.gob.ec');
  await page.getByRole('button', { name: 'Añadir al directorio' }).click();
  await expect(errorSummary(page).getByRole('link')).toHaveText([
    'Elige un nivel.',
    'Escribe el código de país de dos letras, por ejemplo ES o EC.',
    'Escribe un correo válido, por ejemplo registro@institucion.es, o déjalo vacío.',
    'Escribe una dirección web completa que empiece por https://, o déjala vacía.',
  ]);
  await expect(errorSummary(page)).toBeFocused();
  await expectAccessible(page);
  await page.getByLabel('Nivel').selectOption('consular');
  await page.getByLabel('País (código de dos letras)').fill('es');
  await page.getByLabel('Correo (opcional)').fill('');
  await page.getByLabel('Fuente (opcional)').fill('https://www.cancilleria.gob.ec/');
  await page.getByRole('button', { name: 'Añadir al directorio' }).click();
  await expect(page).toHaveURL(/\/incidencia\/autoridades\/[0-9a-f-]{36}\?creada=1$/);
  await expect(page.getByRole('status')).toHaveText('Autoridad añadida al directorio.');
  await expect(page.getByText('No se le pueden enviar informes')).toBeVisible();
  await expectAccessible(page);

  // Without an email it is listed as such, and can be found by its name.
  await page.goto(`/incidencia/autoridades?q=${encodeURIComponent(t)}`);
  await expect(page.getByRole('table', { name: 'Autoridades (1)' })).toContainText('sin correo — pendiente de verificar');
  await page.getByRole('link', { name: `Consulado General del Ecuador ${t}`, exact: true }).click();
  await page.getByLabel('Correo (opcional)').fill(uniqueEmail('consulado'));
  await page.getByLabel('Pendiente de verificar').uncheck();
  await page.getByLabel('Última comprobación (opcional)').fill('2026-11-20');
  await page.getByRole('button', { name: 'Guardar los cambios' }).click();
  await expect(page.getByRole('status')).toHaveText('Cambios guardados.');
  await expect(page.getByText('Se le pueden enviar informes.')).toBeVisible();
  // Inactive officials drop out of the list unless asked for.
  await page.getByLabel('Activa', { exact: true }).uncheck();
  // The notice of the previous save is still on the page: wait for this save's own answer.
  await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST' && r.url().includes('/incidencia/autoridades/')), page.getByRole('button', { name: 'Guardar los cambios' }).click()]);
  await expect(page.getByRole('status')).toHaveText('Cambios guardados.');
  await page.goto(`/incidencia/autoridades?q=${encodeURIComponent(t)}`);
  await expect(page.getByText('No hay ninguna autoridad con estos filtros.')).toBeVisible();
  await page.getByLabel('Incluir las inactivas').check();
  await page.getByRole('button', { name: 'Filtrar' }).click();
  await expect(row(page.getByRole('table', { name: 'Autoridades (1)' }), t)).toContainText('Inactiva');

  // A campaign, its details edited and its team.
  await page.goto('/incidencia/campanas/nueva');
  await page.getByLabel('Título', { exact: true }).fill(`Reagrupación familiar sin esperas ${t}`);
  await page.getByLabel('Dirección de la página (opcional)').fill(`Reagrupacion ${t}`);
  await page.getByLabel('Resumen', { exact: true }).fill('Las familias esperan más de un año para reunirse.');
  await page.getByLabel('El problema').fill('Los plazos de la reagrupación familiar no se cumplen.');
  await page.getByLabel('Lo que pedimos').fill('Que se cumplan los plazos legales.');
  await page.getByLabel('Familias migrantes').check();
  await page.getByRole('button', { name: 'Crear la campaña' }).click();
  await expect(errorSummary(page).getByRole('link')).toHaveText([/^La dirección solo puede tener minúsculas/]);
  await page.getByLabel('Dirección de la página (opcional)').fill(`reagrupacion-${t}`);
  await page.getByRole('button', { name: 'Crear la campaña' }).click();
  await expect(page).toHaveURL(/\/incidencia\/campanas\/[0-9a-f-]{36}\?creada=1$/);

  await page.getByLabel('Resumen', { exact: true }).fill('Las familias esperan más de un año para reunirse en España.');
  await page.getByLabel('Inglés').check();
  await page.getByRole('button', { name: 'Guardar los cambios' }).click();
  await expect(page.getByRole('status')).toHaveText('Cambios guardados.');
  await expect(page.getByLabel('Resumen', { exact: true })).toHaveValue('Las familias esperan más de un año para reunirse en España.');
  await expect(page.getByLabel('Inglés')).toBeChecked();

  await page.getByLabel('Correos de quienes llevan la campaña contigo').fill(`${colleague.email}\nnadie.${t}@example.org`);
  await page.getByRole('button', { name: 'Guardar el equipo' }).click();
  await expect(errorSummary(page).getByRole('link')).toHaveText([`Estos correos no son de ninguna cuenta con rol de incidencia: nadie.${t}@example.org.`]);
  await page.getByLabel('Correos de quienes llevan la campaña contigo').fill(colleague.email);
  await page.getByRole('button', { name: 'Guardar el equipo' }).click();
  await expect(page.getByRole('status')).toHaveText('Equipo guardado.');
  await expect(page.locator('#equipo ~ ul')).toContainText(colleague.displayName);
  await page.getByRole('button', { name: 'Publicar la campaña' }).click();
  await expect(page.getByRole('status')).toHaveText('Campaña publicada: ya es pública y recoge firmas.');
  await page.getByRole('button', { name: 'Cerrar la campaña (no más firmas)' }).click();
  await expect(page.getByRole('status')).toHaveText('Campaña cerrada: ya no recoge firmas.');
  await expect(page.getByRole('button', { name: 'Volver a abrir la campaña' })).toBeVisible();
  await expectAccessible(page);
});
