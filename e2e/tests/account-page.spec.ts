import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { expectAccessible, linkFrom, uniqueEmail, waitForMail } from '../support/fixtures';

const PASSWORD = 'una frase fácil de recordar';

test('my account: edit profile, download my data, delete the account (without JavaScript)', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, acceptDownloads: true });
  const page = await context.newPage();
  const email = uniqueEmail('cuenta');
  // Data is created through the API, as a client would.
  const reg = await page.request.post('/api/auth/register', { data: { email, password: PASSWORD, displayName: 'Cuenta Prueba', locale: 'es' } });
  expect(reg.status()).toBe(201);
  const mail = await waitForMail(email, /Confirma tu correo/);
  const token = new URL(linkFrom(mail, '/verificar-correo?token=')).searchParams.get('token');
  expect((await page.request.post('/api/auth/verify-email', { data: { token } })).status()).toBe(200);

  await page.goto('/entrar?next=/cuenta');
  await page.getByLabel('Correo electrónico').fill(email);
  await page.getByLabel('Contraseña').fill(PASSWORD);
  await page.getByRole('main').getByRole('button', { name: 'Entrar' }).click();
  await expect(page).toHaveURL(/\/cuenta$/);
  await expectAccessible(page, { javaScriptEnabled: false });

  await page.getByLabel('Nombre visible').fill('Nombre Cambiado');
  await page.getByRole('button', { name: 'Guardar cambios' }).click();
  await expect(page.getByRole('status')).toContainText('Hemos guardado tus cambios');
  await expect(page.getByText('Hola, Nombre Cambiado.')).toBeVisible();

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Descargar mis datos' }).click()]);
  expect(download.suggestedFilename()).toBe('puente-mis-datos.json');
  const data = JSON.parse(readFileSync((await download.path()), 'utf8'));
  expect(data.account).toMatchObject({ email, displayName: 'Nombre Cambiado' });

  // The confirmation is checked on the server too (the browser's `required` is only a convenience).
  const origin = new URL(page.url()).origin;
  const refused = await page.request.post('/cuenta?/eliminar', { form: {}, headers: { origin, accept: 'text/html' } });
  expect(refused.status()).toBe(400);
  expect(await refused.text()).toContain('Marca la casilla para confirmar');
  await page.getByLabel('Entiendo que mi cuenta se eliminará para siempre.').check();
  await page.getByRole('button', { name: 'Eliminar mi cuenta' }).click();
  await expect(page).toHaveURL(/\/\?cuenta=eliminada$/);
  await expect(page.getByRole('status')).toContainText('Tu cuenta se ha eliminado');
  const login = await page.request.post('/api/auth/login', { data: { email, password: PASSWORD } });
  expect(login.status()).toBe(401);
  await context.close();
});
