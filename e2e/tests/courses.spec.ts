import { expect, test } from '@playwright/test';
import { expectAccessible } from '../support/fixtures';

for (const javaScriptEnabled of [true, false]) {
  test(`catalogue and course page (${javaScriptEnabled ? 'with' : 'without'} JavaScript)`, async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled });
    const page = await context.newPage();
    await page.goto('/');
    await page.getByRole('link', { name: 'Ver los cursos' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Cursos');
    await expect(page.getByRole('status')).toHaveText('4 cursos');
    await expectAccessible(page, { javaScriptEnabled });

    // Filters work as a plain GET form.
    await page.getByLabel('Buscar un curso').fill('remesas');
    await page.getByRole('button', { name: 'Filtrar' }).click();
    await expect(page).toHaveURL(/q=remesas/);
    await expect(page.getByRole('status')).toHaveText('1 cursos');
    await page.getByRole('main').getByRole('link').filter({ hasText: /remesas/i }).first().click();

    await expect(page).toHaveURL(/\/cursos\/finanzas-y-remesas$/);
    await expect(page.getByRole('heading', { level: 2, name: 'Lecciones' })).toBeVisible();
    await expect(page.getByRole('heading', { name: /^Muestra:/ })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Fuentes del curso' })).toBeVisible();
    const pdf = await page.request.get(await page.getByRole('link', { name: /Descargar el curso completo en PDF/ }).getAttribute('href') as string);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
    await expectAccessible(page, { javaScriptEnabled });
    await context.close();
  });
}

test('the course pages read in English too, and an unknown course is a 404 page', async ({ page, context }) => {
  await context.addCookies([{ name: 'lang', value: 'en', url: test.info().project.use.baseURL! }]);
  await page.goto('/cursos/plan-de-negocio');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Business plan for your venture');
  await expect(page.getByRole('heading', { name: 'Lessons' })).toBeVisible();
  await expectAccessible(page);
  const res = await page.goto('/cursos/no-existe');
  expect(res!.status()).toBe(404);
  await expectAccessible(page);
});
