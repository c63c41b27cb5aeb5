import { expect, test, type Page } from '@playwright/test';
import { expectAccessible, linkFrom, uniqueEmail, waitForMail } from '../support/fixtures';

const PASSWORD = 'una frase fácil de recordar';

async function register(page: Page, email: string, name: string): Promise<void> {
  await page.goto('/registro');
  await page.getByLabel('Correo electrónico').fill(email);
  await page.getByLabel('Nombre visible').fill(name);
  await page.getByLabel('Contraseña', { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Crear mi cuenta' }).click();
  await expect(page.getByRole('heading', { name: 'Revisa tu correo' })).toBeVisible();
}

async function verifyFromEmail(page: Page, email: string): Promise<void> {
  const mail = await waitForMail(email, /Confirma tu correo/);
  const link = new URL(linkFrom(mail, '/verificar-correo?token='));
  await page.goto(link.pathname + link.search);
  await page.getByRole('button', { name: 'Confirmar mi correo' }).click();
  await expect(page.getByRole('status')).toContainText('Tu correo está confirmado');
}

async function login(page: Page, email: string, password = PASSWORD): Promise<void> {
  await page.goto('/entrar');
  await page.getByLabel('Correo electrónico').fill(email);
  await page.getByLabel('Contraseña').fill(password);
  await page.getByRole('main').getByRole('button', { name: 'Entrar' }).click();
  await expect(page).toHaveURL(/\/cuenta$/);
}

for (const javaScriptEnabled of [true, false]) {
  test.describe(javaScriptEnabled ? 'with JavaScript' : 'without JavaScript', () => {
    test.use({ javaScriptEnabled });

    test('register, verify through the captured email, log in, switch language, log out', async ({ page }) => {
      const email = uniqueEmail(javaScriptEnabled ? 'js' : 'nojs');
      const name = javaScriptEnabled ? 'Rosa JS' : 'Rosa sin JS';
      await register(page, email, name);
      await expectAccessible(page, { javaScriptEnabled });
      await verifyFromEmail(page, email);
      await expectAccessible(page, { javaScriptEnabled });
      await login(page, email);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mi cuenta');
      await expect(page.getByText(`Hola, ${name}.`)).toBeVisible();
      await expect(page.getByText('Correo confirmado.')).toBeVisible();

      // Language switch in the header: the page comes back in English, and stays English.
      await page.getByRole('button', { name: /English/ }).click();
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('My account');
      await page.goto('/');
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
      await page.getByRole('button', { name: /Español/ }).click();
      await expect(page.locator('html')).toHaveAttribute('lang', 'es');

      await page.getByRole('banner').getByRole('button', { name: 'Salir' }).click();
      await expect(page).toHaveURL(/\/$/);
      await expect(page.getByRole('banner').getByRole('link', { name: 'Entrar' })).toBeVisible();
      const me = await page.request.get('/api/auth/me');
      expect(me.status()).toBe(401);
      await page.goto('/cuenta');
      await expect(page).toHaveURL(/\/entrar\?next=%2Fcuenta$/);
    });

    test('shows what is wrong with a form, beside the field, keeping what was typed', async ({ page, request }) => {
      // Passes the browser's own checks, fails on the server: the address is taken.
      const email = uniqueEmail('taken');
      expect((await request.post('/api/auth/register', { data: { email, password: PASSWORD, displayName: 'Primera', locale: 'es' } })).status()).toBe(201);
      await page.goto('/registro');
      await page.getByLabel('Correo electrónico').fill(email);
      await page.getByLabel('Nombre visible').fill('Ana');
      await page.getByLabel('Contraseña', { exact: true }).fill(PASSWORD);
      await page.getByRole('button', { name: 'Crear mi cuenta' }).click();
      await expect(page.getByRole('alert').first()).toContainText('Ya existe una cuenta con ese correo');
      await expect(page.getByLabel('Correo electrónico')).toHaveAttribute('aria-invalid', 'true');
      await expect(page.getByLabel('Correo electrónico')).toHaveValue(email);
      await expect(page.getByLabel('Nombre visible')).toHaveValue('Ana');
      // The server never sends a password back; with JavaScript the browser keeps what was typed.
      if (!javaScriptEnabled) await expect(page.getByLabel('Contraseña', { exact: true })).toHaveValue('');
      await expectAccessible(page, { javaScriptEnabled });
    });

    test('password reset through the emailed link', async ({ page }) => {
      const email = uniqueEmail(javaScriptEnabled ? 'reset-js' : 'reset-nojs');
      await register(page, email, 'Recupera');
      await verifyFromEmail(page, email);
      await page.goto('/recuperar');
      await page.getByLabel('Correo electrónico').fill(email);
      await page.getByRole('button', { name: 'Enviarme el enlace' }).click();
      await expect(page.getByRole('status')).toBeVisible();
      const mail = await waitForMail(email, /Cambia tu contraseña/);
      const link = new URL(linkFrom(mail, '/recuperar/nueva?token='));
      await page.goto(link.pathname + link.search);
      await expectAccessible(page, { javaScriptEnabled });
      const newPassword = 'otra frase distinta y larga';
      await page.getByLabel('Contraseña nueva', { exact: true }).fill(newPassword);
      await page.getByLabel('Repite la contraseña nueva').fill(newPassword);
      await page.getByRole('button', { name: 'Guardar la contraseña' }).click();
      await expect(page.getByRole('status')).toContainText('Tu contraseña se ha cambiado');
      await login(page, email, newPassword);
    });
  });
}
