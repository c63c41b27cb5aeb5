import { expect, test, type Page } from '@playwright/test';
import { tag } from '../support/classroom';
import { expectPagesInBothLanguages, logIn } from '../support/fixtures';
import { ask, categoryId, counsellor, disposeAll, member } from '../support/forum';

/**
 * Private messages as members use them: one writes from the other's blog author page with JavaScript off,
 * the other sees the unread count in the header, reads and replies; the first sees the reply and the read
 * receipt, then blocks, and the other can no longer write. Who may write to me is set on /mensajes/ajustes
 * with JavaScript off. And every messages page passes axe, is small and has one h1, in both languages.
 */

const h1 = (page: Page) => page.getByRole('heading', { level: 1 });
const main = (page: Page) => page.getByRole('main');
const nav = (page: Page) => page.getByRole('navigation', { name: /^(Menú principal|Main menu)$/ });

test('a message thread with JavaScript off: write from the author page, unread count, reply, read receipt, block', async ({ browser, baseURL }) => {
  test.setTimeout(60_000);
  const t = tag();
  const ana = await member(baseURL!, `Ana Mensajera ${t}`);
  const bruno = await member(baseURL!, `Bruno Receptor ${t}`);
  const noJs = await browser.newContext({ javaScriptEnabled: false });
  const withJs = await browser.newContext();
  try {
    // ── Ana writes to Bruno from his blog author page. ─────────────────────────────────────────────────
    const a = await noJs.newPage();
    await logIn(a, ana.account, '/cuenta');
    await a.goto(`/blog/autores/${bruno.account.id}`);
    await main(a).getByRole('link', { name: 'Enviar mensaje' }).click();
    await expect(a).toHaveURL(new RegExp(`/mensajes/nuevo\\?para=${bruno.account.id}$`));
    await expect(h1(a)).toHaveText(`Escribir a Bruno Receptor ${t}`);
    // Nothing written: the problem is named beside the field, in Spanish.
    await main(a).getByRole('button', { name: 'Enviar mensaje' }).click();
    await expect(main(a).locator('.field-error')).toHaveText('Escribe un mensaje (hasta 5000 caracteres).');
    await main(a).getByLabel('Tu mensaje').fill('Hola Bruno, leí tu entrada sobre el **empadronamiento**. ¿Me cuentas cómo lo hiciste?');
    await main(a).getByRole('button', { name: 'Enviar mensaje' }).click();
    await expect(a).toHaveURL(/\/mensajes\/[0-9a-f-]{36}\?hecho=enviado#m-/);
    const threadUrl = a.url().replace(/\?.*$/, '');
    await expect(main(a).getByRole('status')).toHaveText('Mensaje enviado.');
    await expect(main(a).locator('.messages li.mine strong', { hasText: 'empadronamiento' })).toBeVisible();
    await expect(main(a).locator('.messages li.mine .receipt')).toHaveText('Enviado, aún sin leer');

    // ── Bruno sees the unread count in the header, opens the inbox and the thread, and replies. ─────────
    const b = await withJs.newPage();
    await logIn(b, bruno.account, '/cuenta');
    await nav(b).getByRole('link', { name: 'Mensajes (1 sin leer)' }).click();
    await expect(h1(b)).toHaveText('Mis mensajes');
    const item = main(b).locator('ul.threads > li').first();
    await expect(item).toContainText('1 sin leer');
    await expect(item).toContainText('leí tu entrada');
    await item.getByRole('link', { name: `Ana Mensajera ${t}` }).click();
    await expect(h1(b)).toHaveText(`Conversación con Ana Mensajera ${t}`);
    // Opening it read it: the header no longer counts it.
    await expect(nav(b).getByRole('link', { name: 'Mensajes', exact: true })).toBeVisible();
    await main(b).getByLabel('Tu mensaje').fill('¡Claro! Pedí cita en el ayuntamiento con el contrato de alquiler.');
    await main(b).getByRole('button', { name: 'Enviar', exact: true }).click();
    await expect(main(b).getByRole('status')).toHaveText('Mensaje enviado.');

    // ── Ana sees the reply and that Bruno read hers. ───────────────────────────────────────────────────
    await a.goto(threadUrl);
    await expect(main(a).getByText('Pedí cita en el ayuntamiento')).toBeVisible();
    await expect(main(a).locator('.messages li.mine .receipt')).toHaveText('Leído');

    // ── Ana reports the reply: a reason is required, then moderators have it. ─────────────────────────
    await main(a).getByRole('link', { name: 'Denunciar este mensaje' }).click();
    await main(a).getByRole('button', { name: 'Enviar la denuncia' }).click();
    await expect(main(a).locator('#denunciar .field-error')).toHaveText('Elige un motivo.');
    await main(a).getByLabel('Motivo').selectOption('abuse');
    await main(a).getByRole('button', { name: 'Enviar la denuncia' }).click();
    await expect(main(a).getByRole('status')).toHaveText('Gracias. Moderación revisará el mensaje.');

    // ── Ana blocks Bruno; he can no longer write, and is told so in plain words. ───────────────────────
    await main(a).getByText(`Bloquear a Bruno Receptor ${t}`).click();
    await expect(main(a).getByText('ninguna de las dos personas podrá escribir a la otra')).toBeVisible();
    await main(a).getByRole('button', { name: 'Bloquear', exact: true }).click();
    await expect(main(a).getByRole('status')).toHaveText('Has bloqueado a esta persona. Ninguna de las dos puede escribir a la otra.');
    await expect(main(a).getByLabel('Tu mensaje')).toHaveCount(0);

    await b.reload();
    await main(b).getByLabel('Tu mensaje').fill('¿Sigues ahí?');
    await main(b).getByRole('button', { name: 'Enviar', exact: true }).click();
    await expect(main(b).getByRole('alert')).toContainText('No puedes escribir a esta persona.');
    // What he wrote is kept.
    await expect(main(b).getByLabel('Tu mensaje')).toHaveValue('¿Sigues ahí?');

    // Ana's settings list him, and she can unblock him there.
    await a.goto('/mensajes/ajustes');
    await main(a).getByRole('button', { name: `Desbloquear a Bruno Receptor ${t}` }).click();
    await expect(main(a).getByRole('status')).toHaveText('Has desbloqueado a esta persona. Las dos pueden volver a escribirse.');
    await expect(main(a).getByText('No has bloqueado a nadie.')).toBeVisible();
  } finally {
    await noJs.close();
    await withJs.close();
    await disposeAll(ana, bruno);
  }
});

test('the settings page with JavaScript off: «nadie» stops new conversations', async ({ browser, baseURL }) => {
  test.setTimeout(45_000);
  const t = tag();
  const carla = await member(baseURL!, `Carla Reservada ${t}`);
  const diego = await member(baseURL!, `Diego Insistente ${t}`);
  const context = await browser.newContext({ javaScriptEnabled: false });
  try {
    const c = await context.newPage();
    await logIn(c, carla.account, '/cuenta');
    await main(c).getByRole('link', { name: /^Ajustes de mensajes privados/ }).click();
    await expect(h1(c)).toHaveText('Ajustes de mensajes');
    await expect(main(c).getByLabel('Cualquier persona de Puente')).toBeChecked();
    await main(c).getByLabel('Nadie').check();
    await main(c).getByRole('button', { name: 'Guardar' }).click();
    await expect(main(c).getByRole('status')).toHaveText('Hemos guardado quién puede escribirte.');
    await expect(main(c).getByLabel('Nadie')).toBeChecked();
    await c.close();

    const d = await context.newPage();
    await context.clearCookies();
    await logIn(d, diego.account, '/cuenta');
    await d.goto(`/mensajes/nuevo?para=${carla.account.id}`);
    await main(d).getByLabel('Tu mensaje').fill('Hola Carla, ¿hablamos?');
    await main(d).getByRole('button', { name: 'Enviar mensaje' }).click();
    await expect(main(d).getByRole('alert')).toContainText('Esta persona no recibe mensajes privados.');
    await expect(main(d).getByLabel('Tu mensaje')).toHaveValue('Hola Carla, ¿hablamos?');
    expect((await diego.api.get('/api/messages/threads')).ok()).toBe(true);
    expect(await (await diego.api.get('/api/messages/threads')).json()).toEqual([]);
  } finally {
    await context.close();
    await disposeAll(carla, diego);
  }
});

test('a counsellor writes to an anonymous asker from the claimed question and blocks the conversation, knowing only the pseudonym', async ({ browser, baseURL }) => {
  test.setTimeout(45_000);
  const t = tag();
  const asker = await member(baseURL!, `Helena Anónima ${t}`);
  const lawyer = await counsellor(baseURL!, `Irene Abogada ${t}`, 'Abogada de extranjería (prueba e2e)');
  const context = await browser.newContext({ javaScriptEnabled: false });
  try {
    const id = await ask(asker, { categoryId: await categoryId(baseURL!, 'nacionalidad'), anonymous: true, title: `¿Cuánto tarda la nacionalidad? ${t}`, body: 'Presenté la solicitud hace un año y no sé nada. ¿Es normal que tarde tanto?' });
    const pseudonym = ((await (await lawyer.api.get(`/api/forum/questions/${id}`)).json()) as { asker: { name: string } }).asker.name;
    expect((await lawyer.api.post(`/api/forum/questions/${id}/claim`)).status()).toBe(204);
    const page = await context.newPage();
    await logIn(page, lawyer.account, `/foro/preguntas/${id}`);
    const section = main(page).locator('#escribir');
    await section.getByLabel('Mensaje privado para quien pregunta').fill('Hola, soy la abogada que se encarga de tu pregunta. ¿Tienes el número de expediente?');
    await section.getByRole('button', { name: 'Escribir a quien pregunta' }).click();
    await expect(page).toHaveURL(/\/mensajes\/[0-9a-f-]{36}\?hecho=enviado/);
    await expect(h1(page)).toHaveText(`Conversación con ${pseudonym}`);
    await expect(main(page).getByText('Esta persona hizo su pregunta de forma anónima.')).toBeVisible();

    // Blocking closes this conversation; the settings list shows the pseudonym, never the name.
    await main(page).getByText('Bloquear esta conversación').click();
    await main(page).getByRole('button', { name: 'Bloquear', exact: true }).click();
    await expect(main(page).getByText('Bloqueaste esta conversación')).toBeVisible();
    await page.goto('/mensajes/ajustes');
    await expect(main(page).locator('#bloqueos li')).toHaveCount(1);
    await expect(main(page).locator('#bloqueos li')).toContainText(pseudonym);
    const html = await page.content();
    expect(html).not.toContain(asker.account.displayName);
    expect(html).not.toContain(asker.account.id);

    // The asker sees the counsellor by name, and cannot reply in the closed conversation.
    const inbox = (await (await asker.api.get('/api/messages/threads')).json()) as { id: string; other: { name: string } }[];
    expect(inbox[0].other.name).toBe(lawyer.account.displayName);
    const refused = await asker.api.post('/api/messages', { data: { threadId: inbox[0].id, body: 'Sí, lo tengo.' } });
    expect(refused.status()).toBe(403);
  } finally {
    await context.close();
    await disposeAll(asker, lawyer);
  }
});

test('the messages pages pass axe in both languages, are small and have one h1', async ({ page, baseURL }) => {
  test.setTimeout(60_000);
  const t = tag();
  const elena = await member(baseURL!, `Elena Axe ${t}`);
  const fabio = await member(baseURL!, `Fabio Axe ${t}`);
  const gema = await member(baseURL!, `Gema Axe ${t}`);
  try {
    // A thread with messages both ways (a report link, a read receipt), and someone blocked (the settings list).
    const sent = await (await elena.api.post('/api/messages', { data: { toUserId: fabio.account.id, body: 'Hola Fabio, **¿qué tal?**' } })).json();
    const reply = await fabio.api.post('/api/messages', { data: { threadId: sent.threadId, body: 'Muy bien, gracias.' } });
    expect(reply.status()).toBe(201);
    const replyId = (await reply.json()).message.id as string;
    // More than a page (20), of everyday length, so the size is checked on a full page and the older link shows.
    const line = 'Mañana paso por la oficina de extranjería a preguntar por la cita; si me dicen algo útil sobre los papeles te lo cuento por aquí.';
    for (let i = 0; i < 11; i++) {
      for (const who of [elena, fabio]) expect((await who.api.post('/api/messages', { data: { threadId: sent.threadId, body: `${line} (${i})` } })).status()).toBe(201);
    }
    const older = ((await (await elena.api.get(`/api/messages/threads/${sent.threadId}?limit=20`)).json()) as { nextBefore: string }).nextBefore;
    expect(older).toEqual(expect.any(String));
    expect((await elena.api.post('/api/messages/blocks', { data: { userId: gema.account.id } })).status()).toBe(204);
    await logIn(page, elena.account, '/mensajes');
    // The thread's older page has everything a thread page can: both links, receipts, the report form.
    await expectPagesInBothLanguages(page, baseURL!, ['/mensajes', `/mensajes/${sent.threadId}?antes=${older}&denunciar=${replyId}`, `/mensajes/nuevo?para=${fabio.account.id}`, '/mensajes/ajustes']);
  } finally {
    await disposeAll(elena, fabio, gema);
  }
});
