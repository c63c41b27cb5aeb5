import { expect, test, type Browser, type Page } from '@playwright/test';
import { classWithSession, dispose, enrol, expectSmall, person, type Actor } from '../support/classroom';
import { expectAccessible, logIn } from '../support/fixtures';

/** A class with its trainer and two learners, each with a browser context of their own. */
async function chatClass(browser: Browser, baseURL: string, learnerJs: [boolean, boolean]) {
  const klass = await classWithSession(baseURL, { title: `Chat de prueba ${Date.now().toString(36)}` });
  const learners: Actor[] = [];
  for (const name of ['Marisol', 'Wilson']) {
    const l = await person(baseURL, `${name} ${Date.now().toString(36)}`);
    await enrol(l, klass.id);
    learners.push(l);
  }
  const open = async (account: { email: string; password: string }, javaScriptEnabled: boolean): Promise<Page> => {
    const context = await browser.newContext({ javaScriptEnabled });
    const page = await context.newPage();
    await logIn(page, account, `/clases/${klass.id}/chat`);
    await expect(page).toHaveURL(new RegExp(`/clases/${klass.id}/chat`));
    return page;
  };
  const trainer = await open(klass.trainer, true);
  const one = await open(learners[0].account, learnerJs[0]);
  const two = await open(learners[1].account, learnerJs[1]);
  return { klass, learners, trainer, one, two, close: async () => {
    for (const p of [trainer, one, two]) await p.context().close();
    await dispose(...learners);
    await klass.trainerApi.dispose();
  } };
}

const messages = (page: Page) => page.getByRole('list', { name: 'Mensajes del chat' });

test('two browser contexts chat in a class live; the trainer deletes a message and mutes a learner', async ({ browser, baseURL }) => {
  test.setTimeout(90_000);
  const c = await chatClass(browser, baseURL!, [true, true]);
  try {
    const [marisol] = c.learners;
    for (const p of [c.trainer, c.one, c.two]) await expect(p.getByRole('status').filter({ hasText: 'En directo' })).toBeVisible();

    // A learner writes: everyone sees it without reloading, in the order written.
    await c.one.getByLabel('Tu mensaje').fill('Hola a todos, ¿la sesión del jueves es a las 18:00?');
    await c.one.getByRole('button', { name: 'Enviar' }).click();
    await expect(c.one.getByLabel('Tu mensaje')).toHaveValue('');
    await c.trainer.getByLabel('Tu mensaje').fill('Sí, a las 18:00 hora de Madrid.\nTraed el plan de negocio.');
    await c.trainer.getByRole('button', { name: 'Enviar' }).click();
    for (const p of [c.trainer, c.one, c.two]) {
      const items = messages(p).getByRole('listitem');
      await expect(items).toHaveCount(2);
      await expect(items.nth(0)).toContainText('¿la sesión del jueves es a las 18:00?');
      await expect(items.nth(1)).toContainText('Traed el plan de negocio.');
      await expect(items.nth(1)).toContainText('formador/a');
    }

    // Something that does not belong in the chat: the trainer mutes who posted it (their form gives way to
    // a notice at once) and deletes the message, which goes from every screen.
    await c.two.getByLabel('Tu mensaje').fill('Vendo contratos de trabajo, escríbeme por privado');
    await c.two.getByRole('button', { name: 'Enviar' }).click();
    const spam = () => messages(c.trainer).getByRole('listitem').filter({ hasText: 'Vendo contratos' });
    await expect(spam()).toBeVisible();
    await spam().getByRole('button', { name: /^Silenciar a Wilson/ }).click();
    await expect(c.trainer.getByRole('region', { name: 'Personas silenciadas' })).toContainText('Wilson');
    await expect(c.two.getByText('te ha silenciado en este chat')).toBeVisible();
    await expect(c.two.getByLabel('Tu mensaje')).toHaveCount(0);
    await spam().getByRole('button', { name: /^Borrar el mensaje de Wilson/ }).click();
    await expect(c.trainer.getByRole('status').filter({ hasText: 'Mensaje borrado.' })).toBeVisible();
    await expect(messages(c.one).getByRole('listitem').nth(2)).toHaveText(/Mensaje borrado por quien imparte la clase/);
    await expect(messages(c.one)).not.toContainText('Vendo contratos');
    // Marisol still writes.
    await c.one.getByLabel('Tu mensaje').fill('Gracias, allí estaré.');
    await c.one.getByRole('button', { name: 'Enviar' }).click();
    await expect(messages(c.two).getByRole('listitem').last()).toContainText('Gracias, allí estaré.');
    await expect(messages(c.two).getByRole('listitem').last()).toContainText(marisol.account.displayName);
  } finally {
    await c.close();
  }
});

test('the class chat works without JavaScript: post and reload, errors beside the field', async ({ browser, baseURL }) => {
  test.setTimeout(90_000);
  const c = await chatClass(browser, baseURL!, [false, true]);
  try {
    // An empty message: the field says what is wrong, nothing is posted.
    await c.one.getByRole('button', { name: 'Enviar' }).click();
    await expect(c.one.getByText('Escribe un mensaje antes de enviarlo.')).toBeVisible();
    await expect(c.one.getByLabel('Tu mensaje')).toHaveAttribute('aria-invalid', 'true');

    await c.one.getByLabel('Tu mensaje').fill('Escribo desde un móvil sin JavaScript.');
    await c.one.getByRole('button', { name: 'Enviar' }).click();
    await expect(c.one).toHaveURL(/hecho=enviado#m-1$/);
    await expect(c.one.getByRole('status').filter({ hasText: 'Mensaje enviado.' })).toBeVisible();
    await expect(messages(c.one).getByRole('listitem')).toHaveCount(1);
    // The others, live, see it arrive.
    await expect(messages(c.two).getByRole('listitem').first()).toContainText('Escribo desde un móvil sin JavaScript.');
    await expect(messages(c.trainer).getByRole('listitem').first()).toContainText('Escribo desde un móvil sin JavaScript.');

    // Their answer shows on the plain page after "Actualizar".
    await c.trainer.getByLabel('Tu mensaje').fill('Te leemos perfectamente.');
    await c.trainer.getByRole('button', { name: 'Enviar' }).click();
    await expect(messages(c.two).getByRole('listitem')).toHaveCount(2);
    await c.one.getByRole('link', { name: 'Actualizar' }).click();
    await expect(messages(c.one).getByRole('listitem').nth(1)).toContainText('Te leemos perfectamente.');

    // The trainer's tools are plain forms too: muting with JavaScript off shows the notice on reload.
    const trainerNoJs = await c.trainer.context().browser()!.newContext({ javaScriptEnabled: false });
    const page = await trainerNoJs.newPage();
    await logIn(page, c.klass.trainer, `/clases/${c.klass.id}/chat`);
    await messages(page).getByRole('listitem').first().getByRole('button', { name: /^Silenciar a/ }).click();
    await expect(page.getByRole('status').filter({ hasText: 'La persona queda silenciada' })).toBeVisible();
    await c.one.reload();
    await expect(c.one.getByText('te ha silenciado en este chat')).toBeVisible();
    await page.getByRole('button', { name: /^Permitir escribir a/ }).click();
    await expect(page.getByRole('status').filter({ hasText: 'La persona puede volver a escribir.' })).toBeVisible();
    await trainerNoJs.close();

    // Someone outside the class is refused, with a page that says so.
    const outsider = await person(baseURL!, 'Ajena al chat');
    const ctx = await c.trainer.context().browser()!.newContext({ javaScriptEnabled: false });
    const out = await ctx.newPage();
    await logIn(out, outsider.account, '/cuenta');
    const res = await out.goto(`/clases/${c.klass.id}/chat`);
    expect(res?.status()).toBe(403);
    await expect(out.locator('main')).toContainText('solo para su formador');
    await ctx.close();
    await dispose(outsider);
  } finally {
    await c.close();
  }
});

test('the class chat page passes axe in both languages, is small and has one h1', async ({ browser, baseURL, context }) => {
  test.setTimeout(90_000);
  const c = await chatClass(browser, baseURL!, [true, true]);
  try {
    await c.one.getByLabel('Tu mensaje').fill('Un mensaje para comprobar la accesibilidad.');
    await c.one.getByRole('button', { name: 'Enviar' }).click();
    await expect(messages(c.trainer).getByRole('listitem')).toHaveCount(1);
    const page = await context.newPage();
    await logIn(page, c.klass.trainer, `/clases/${c.klass.id}`);
    await expect(page.getByRole('link', { name: 'Chat de la clase' }).first()).toBeVisible();
    for (const lang of ['es', 'en'] as const) {
      await context.addCookies([{ name: 'lang', value: lang, url: baseURL! }]);
      const res = await page.goto(`/clases/${c.klass.id}/chat`);
      expect(res?.status()).toBe(200);
      await expectSmall(res);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(page.locator('h1')).toHaveCount(1);
      await expect(page.getByRole('status').filter({ hasText: lang === 'es' ? 'En directo' : 'Live' })).toBeVisible();
      await expectAccessible(page);
    }
  } finally {
    await c.close();
  }
});
