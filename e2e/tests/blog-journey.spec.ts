import { expect, test, type Browser, type Page } from '@playwright/test';
import { apiAs, tag } from '../support/classroom';
import { createAccount, expectAccessible, logIn, type E2eAccount } from '../support/fixtures';

/**
 * Members' blogs in a real Chromium against the real app: a member writes a draft (seen by nobody else),
 * publishes it, another member comments on it; once with JavaScript off and once with it on. Every page
 * seen has one h1, passes axe and (when reached by GET) weighs under 30 kB.
 */

const h1 = (page: Page) => page.getByRole('heading', { level: 1 });
const main = (page: Page) => page.getByRole('main');

async function checkPage(page: Page, javaScriptEnabled: boolean, size = true): Promise<void> {
  await expect(page.locator('h1')).toHaveCount(1);
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expectAccessible(page, { javaScriptEnabled });
  if (size) {
    const res = await page.request.get(page.url());
    expect(res.status(), page.url()).toBe(200);
    expect((await res.body()).length, `${page.url()} HTML size`).toBeLessThan(30_000);
  }
}

async function journey(browser: Browser, baseURL: string, javaScriptEnabled: boolean): Promise<void> {
  const t = tag();
  const writer: E2eAccount = await createAccount(baseURL, { displayName: `Rosa Escribe ${t}`, tag: 'blog' });
  const reader: E2eAccount = await createAccount(baseURL, { displayName: `Pedro Lee ${t}`, tag: 'blog' });
  const writerContext = await browser.newContext({ javaScriptEnabled });
  const readerContext = await browser.newContext({ javaScriptEnabled });
  const readerApi = await apiAs(baseURL, reader);
  try {
    // ── The writer finds the blogs in the menu, and the editor from there. ──────────────────────────────
    const page = await writerContext.newPage();
    await logIn(page, writer);
    await page.getByRole('navigation', { name: 'Menú principal' }).getByRole('link', { name: 'Blog' }).click();
    await expect(page).toHaveURL(/\/blog$/);
    await expect(h1(page)).toHaveText('Blogs de la comunidad');
    await expect(page.locator('link[rel="alternate"][type="application/rss+xml"]')).toHaveAttribute('href', '/api/blog/feed.rss');
    await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute('href', '/api/blog/feed.atom');
    await checkPage(page, javaScriptEnabled);
    await main(page).getByRole('link', { name: 'Escribe una entrada' }).click();
    await expect(page).toHaveURL(/\/blog\/escribir$/);
    await checkPage(page, javaScriptEnabled, false);

    // A refused form says what is wrong, by field, and keeps what was typed.
    const title = `Cómo conseguí mi cita de huellas ${t}`;
    await page.getByLabel('Título').fill(title);
    await page.getByRole('button', { name: 'Guardar' }).click();
    await expect(page.locator('.error-summary')).toContainText('Escribe un texto de entre 20 y 50.000 caracteres.');
    await expect(page.getByLabel('Título')).toHaveValue(title);

    // ── A draft: seen by its writer only. ───────────────────────────────────────────────────────────
    await page.getByLabel('Texto', { exact: true }).fill('Pedí la cita **a primera hora** del lunes, desde la web de la sede electrónica.\n\nAl final me la dieron en dos semanas.');
    await page.getByLabel('Residencia', { exact: true }).check();
    await expect(page.getByLabel('Guardar como borrador (solo tú lo ves)')).toBeChecked();
    await page.getByRole('button', { name: 'Guardar' }).click();
    await expect(page).toHaveURL(/\/blog\/como-consegui-mi-cita-de-huellas-[a-z0-9]+\?hecho=guardada$/);
    const slug = new URL(page.url()).pathname.split('/').pop()!;
    await expect(page.getByRole('status')).toHaveText('Guardaste el borrador. Solo tú puedes verlo.');
    await expect(h1(page)).toHaveText(title);
    await expect(main(page).locator('.prose strong')).toHaveText('a primera hora');
    await expect(main(page)).toContainText('Esto es un borrador');
    await checkPage(page, javaScriptEnabled, false);
    expect((await readerApi.get(`/api/blog/posts/${slug}`)).status()).toBe(404);
    expect((await page.request.get('/blog')).status()).toBe(200);
    expect(await (await page.request.get('/blog')).text()).not.toContain(title);

    // ── Published from the editor. ─────────────────────────────────────────────────────────────────
    await main(page).getByRole('link', { name: 'Editar la entrada' }).click();
    await expect(page).toHaveURL(new RegExp(`/blog/${slug}/editar$`));
    await expect(page.getByLabel('Título')).toHaveValue(title);
    await expect(page.getByLabel('Residencia', { exact: true })).toBeChecked();
    await checkPage(page, javaScriptEnabled, false);
    await page.getByLabel('Publicar (todo el mundo puede leerla)').check();
    await page.getByRole('button', { name: 'Guardar' }).click();
    await expect(page).toHaveURL(new RegExp(`/blog/${slug}\\?hecho=publicada$`));
    await expect(page.getByRole('status')).toHaveText('Tu entrada está publicada.');
    await expect(main(page)).not.toContainText('Esto es un borrador');

    // ── Another member reads it in the list and comments. ────────────────────────────────────────────
    const other = await readerContext.newPage();
    await logIn(other, reader, '/blog');
    await main(other).getByRole('link', { name: title }).click();
    await expect(other).toHaveURL(new RegExp(`/blog/${slug}$`));
    await expect(main(other).getByRole('link', { name: writer.displayName })).toHaveAttribute('href', `/blog/autores/${writer.id}`);
    await expect(main(other).getByRole('link', { name: 'Editar la entrada' })).toHaveCount(0);
    await checkPage(other, javaScriptEnabled);
    await other.getByLabel('Tu comentario').fill('A mí me pasó igual en Valencia. ¡Gracias por contarlo!');
    await other.getByRole('button', { name: 'Publicar el comentario' }).click();
    await expect(other).toHaveURL(new RegExp(`/blog/${slug}\\?hecho=comentado#comentario-`));
    await expect(other.getByRole('status')).toHaveText('Tu comentario está publicado.');
    await expect(main(other).locator('article.comment')).toHaveCount(1);
    await expect(main(other).locator('article.comment')).toContainText('A mí me pasó igual en Valencia.');
    await expect(main(other).getByRole('heading', { name: 'Comentarios (1)' })).toBeVisible();

    if (!javaScriptEnabled) {
      // ── Reported through the page's form, the comment reaches the forum's moderation queue. ────────────
      const commentId = new URL(other.url()).hash.replace('#comentario-', '');
      await page.goto(`/blog/${slug}`);
      const comment = main(page).locator(`#comentario-${commentId}`);
      await comment.getByText('Denunciar este comentario').click();
      await comment.getByLabel('Motivo', { exact: true }).selectOption({ label: 'Insultos o acoso' });
      await comment.getByRole('button', { name: 'Enviar la denuncia' }).click();
      await expect(page).toHaveURL(new RegExp(`/blog/${slug}\\?hecho=denunciada#comentario-${commentId}$`));
      await expect(page.getByRole('status')).toHaveText('Gracias por avisar. Moderación lo revisará.');

      const moderator = await createAccount(baseURL, { displayName: `Moderadora ${t}`, roles: ['moderator'], tag: 'blog' });
      const modContext = await browser.newContext({ javaScriptEnabled });
      try {
        const mod = await modContext.newPage();
        await logIn(mod, moderator, '/foro/moderacion');
        const card = mod.getByRole('article', { name: `Comentario en la entrada: ${title}`, exact: true });
        await expect(card).toContainText(reader.displayName);
        await expect(card.getByRole('listitem')).toHaveText([/^Insultos o acoso \(/]);
        await expect(card.getByRole('link', { name: 'Ver en el blog' })).toHaveAttribute('href', `/blog/${slug}#comentario-${commentId}`);
        await card.getByLabel('Motivo', { exact: true }).fill('Revisado: se oculta mientras lo hablamos');
        await card.getByRole('button', { name: 'Ocultar' }).click();
        await expect(mod.getByRole('status')).toHaveText('Hecho: la publicación queda oculta.');
        await checkPage(mod, javaScriptEnabled, false);
      } finally {
        await modContext.close();
      }
      // Hidden: gone for the public; its author sees it marked as hidden.
      expect(await (await fetch(`${baseURL}/api/blog/posts/${slug}`)).json()).toMatchObject({ comments: [] });
      await other.goto(`/blog/${slug}`);
      await expect(main(other).locator(`#comentario-${commentId}`)).toContainText('Comentario oculto por moderación: solo lo ves tú.');
    }

    // ── The writer closes comments: the reader sees the notice instead of the form. ─────────────────────
    await page.goto(`/blog/${slug}/editar`);
    await page.getByLabel('Permitir comentarios').uncheck();
    await page.getByRole('button', { name: 'Guardar' }).click();
    await expect(page).toHaveURL(new RegExp(`/blog/${slug}\\?hecho=publicada$`));
    await other.goto(`/blog/${slug}`);
    await expect(main(other)).toContainText('Quien escribió esta entrada cerró los comentarios.');
    await expect(other.getByLabel('Tu comentario')).toHaveCount(0);

    // The writer's own page lists the post, with the feeds.
    await other.goto(`/blog/autores/${writer.id}`);
    await expect(h1(other)).toHaveText(`Blog de ${writer.displayName}`);
    await expect(main(other).getByRole('link', { name: title })).toBeVisible();
    await expect(other.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute('href', `/api/blog/authors/${writer.id}/feed.atom`);
    await checkPage(other, javaScriptEnabled);
  } finally {
    await readerApi.dispose();
    await writerContext.close();
    await readerContext.close();
  }
}

test('a member writes a draft and publishes it; another member comments — without JavaScript', async ({ browser, baseURL }) => {
  test.setTimeout(120_000);
  await journey(browser, baseURL!, false);
});

test('the same journey with JavaScript on', async ({ browser, baseURL }) => {
  test.setTimeout(120_000);
  await journey(browser, baseURL!, true);
});
