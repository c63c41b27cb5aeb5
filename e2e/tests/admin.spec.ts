import { expect, test } from '@playwright/test';
import { expectAccessible, state, uniqueEmail } from '../support/fixtures';

for (const javaScriptEnabled of [true, false]) {
  test(`an admin grants a role in the browser (${javaScriptEnabled ? 'with' : 'without'} JavaScript)`, async ({ browser, request }) => {
    const email = uniqueEmail('promote');
    const name = `Promovida ${javaScriptEnabled ? 'JS' : 'HTML'} ${Date.now().toString(36)}`;
    const reg = await request.post('/api/auth/register', { data: { email, password: 'clave-de-la-persona', displayName: name, locale: 'es' } });
    expect(reg.status()).toBe(201);
    const userId = (await reg.json()).id as string;

    const context = await browser.newContext({ javaScriptEnabled });
    const page = await context.newPage();
    const { admin } = state();
    await page.goto('/entrar?next=/admin/usuarios');
    await page.getByLabel('Correo electrónico').fill(admin.email);
    await page.getByLabel('Contraseña').fill(admin.password);
    await page.getByRole('main').getByRole('button', { name: 'Entrar' }).click();
    await expect(page).toHaveURL(/\/admin\/usuarios$/);

    await page.getByLabel('Buscar por nombre o correo').fill(name);
    await page.getByRole('button', { name: 'Buscar' }).click();
    const card = page.locator(`#u-${userId}`);
    await expect(card).toBeVisible();
    await expectAccessible(page, { javaScriptEnabled });
    await card.getByLabel('Formador/a').check();
    await card.getByLabel('Editor/a').check();
    await card.getByRole('button', { name: 'Guardar roles' }).click();
    await expect(page.locator(`#u-${userId}`).getByRole('status')).toContainText('guardados');

    const login = await request.post('/api/auth/login', { data: { email, password: 'clave-de-la-persona' } });
    expect((await login.json()).user.roles).toEqual(['learner', 'trainer', 'editor']);
    await context.close();
  });
}

test('the admin area is closed to people without the admin role', async ({ page, request }) => {
  await page.goto('/admin/usuarios');
  await expect(page).toHaveURL(/\/entrar\?next=/);
  const email = uniqueEmail('noadmin');
  await request.post('/api/auth/register', { data: { email, password: 'clave-de-la-persona', displayName: 'Sin permisos', locale: 'es' } });
  await page.goto('/entrar?next=/admin/usuarios');
  await page.getByLabel('Correo electrónico').fill(email);
  await page.getByLabel('Contraseña').fill('clave-de-la-persona');
  await page.getByRole('main').getByRole('button', { name: 'Entrar' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('No tienes permiso');
  await expectAccessible(page);
});
