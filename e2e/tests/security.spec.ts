import { expect, test } from '@playwright/test';
import { uniqueEmail } from '../support/fixtures';

test('after login, "next" never leads to another site', async ({ page, request }) => {
  const email = uniqueEmail('next');
  const password = 'clave-de-la-persona';
  expect((await request.post('/api/auth/register', { data: { email, password, displayName: 'Siguiente', locale: 'es' } })).status()).toBe(201);
  const origin = new URL(test.info().project.use.baseURL!).origin;
  const tricks = ['//evil.example/', '/.//evil.example/', '/..//evil.example/', '/%2e//evil.example/', '/\\evil.example/', 'https://evil.example/'];

  await page.goto(`/entrar?next=${encodeURIComponent(tricks[1])}`);
  await page.getByLabel('Correo electrónico').fill(email);
  await page.getByLabel('Contraseña').fill(password);
  await page.getByRole('main').getByRole('button', { name: 'Entrar' }).click();
  await expect(page).toHaveURL(`${origin}/cuenta`);

  // Already logged in: the login page forwards at once, and must stay on this site too.
  for (const next of tricks) {
    await page.goto(`/entrar?next=${encodeURIComponent(next)}`);
    expect(new URL(page.url()).origin, next).toBe(origin);
  }
  // A safe "next" is honoured.
  await page.goto(`/entrar?next=${encodeURIComponent('/cuenta?x=1')}`);
  await expect(page).toHaveURL(`${origin}/cuenta?x=1`);
});
