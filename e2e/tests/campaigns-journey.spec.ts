import { expect, test, type Page } from '@playwright/test';
import { expectAccessible, linkFrom, uniqueEmail, waitForMail } from '../support/fixtures';
import { dispose, expectSmall, tag } from '../support/classroom';
import { publishedCampaign, recordReply, sendBrief, setStatus } from '../support/campaigns';

/**
 * The public side of advocacy, with a visitor who has no account: the campaign list, a campaign's page, the
 * sign-on form (with JavaScript off, as on many low-end phones), the double opt-in by email with a button
 * (never on opening the link), the signers list, the transparency section and withdrawing. An advocate sets
 * the scene through the API. axe checks every page, with JavaScript on and off.
 */

const h1 = (page: Page) => page.getByRole('heading', { level: 1 });
const main = (page: Page) => page.getByRole('main');
const section = (page: Page, heading: string | RegExp) => main(page).locator('section').filter({ has: page.getByRole('heading', { level: 2, name: heading }) });
const INSTITUTIONS = ['Defensor del Pueblo (e2e)', 'Delegación del Gobierno en Madrid (e2e)', 'Consulado de Ecuador en Madrid (e2e)'];
const REPLY_URL = 'https://example.org/respuesta-del-defensor';

async function fillSignForm(page: Page, who: { name: string; email: string; city: string; country: string; organisation?: string; showName: boolean; consent: boolean }): Promise<void> {
  await page.getByLabel('Nombre y apellidos').fill(who.name);
  await page.getByLabel('Correo electrónico').fill(who.email);
  await page.getByLabel('Ciudad donde vives').fill(who.city);
  await page.getByLabel('País donde vives').selectOption(who.country);
  await page.getByLabel('Organización (opcional)').fill(who.organisation ?? '');
  await page.getByLabel(/^Mostrar mi nombre/).setChecked(who.showName);
  await page.getByLabel(/^Acepto que Puente guarde estos datos/).setChecked(who.consent);
}

test('a visitor signs a campaign without JavaScript, confirms it from the email, sees it counted and withdraws it', async ({ browser, baseURL, request }) => {
  test.setTimeout(180_000);
  const t = tag();
  const campaign = await publishedCampaign(baseURL!);
  const deliveries = await sendBrief(campaign, INSTITUTIONS);
  const defensor = deliveries.find((d) => d.institution === INSTITUTIONS[0])!;
  await recordReply(campaign, defensor.id, { channel: 'letter', url: REPLY_URL });
  const count = async () => ((await (await request.get(`/api/campaigns/${campaign.slug}`)).json()) as { signatureCount: number }).signatureCount;

  const context = await browser.newContext({ javaScriptEnabled: false });
  const v = await context.newPage();

  // The home page points to the open campaigns.
  await v.goto('/');
  await expect(section(v, 'Campañas abiertas').getByRole('link', { name: campaign.title })).toHaveAttribute('href', `/campanas/${campaign.slug}`);

  // The list: open campaigns first, with who they are for, signatures and institutions reached.
  await section(v, 'Campañas abiertas').getByRole('link', { name: 'Ver todas las campañas' }).click();
  await expect(v).toHaveURL(/\/campanas$/);
  await expect(h1(v)).toHaveText('Campañas');
  const item = section(v, 'Campañas abiertas').getByRole('listitem').filter({ has: v.getByRole('heading', { name: campaign.title }) });
  await expect(item).toContainText('Dirigida a: gobiernos y administraciones, familias');
  await expect(item).toContainText('Aún no hay firmas confirmadas · Enviada a 3 instituciones');
  await expectAccessible(v, { javaScriptEnabled: false });
  await expectSmall(await v.request.get('/campanas'));

  // The campaign's page.
  await item.getByRole('link', { name: campaign.title }).click();
  await expect(v).toHaveURL(new RegExp(`/campanas/${campaign.slug}$`));
  await expect(h1(v)).toHaveText(campaign.title);
  await expect(main(v)).toContainText('Estado: Abierta.');
  await expect(section(v, 'El problema').locator('strong')).toHaveText('renovar a tiempo');
  await expect(section(v, 'Lo que pedimos').getByRole('listitem')).toHaveText(['Más citas en cada oficina.', 'Información clara sobre los plazos.']);
  await expect(section(v, 'Quién firma')).toContainText('Todavía no hay firmas confirmadas.');
  // Transparency: who received the brief, who replied (when, how, the reply itself) and the reply rate.
  const transparency = section(v, /^Transparencia/);
  await expect(transparency).toContainText(/Han respondido 1 de 3 \(33\s%\)\./);
  const defensorItem = transparency.getByRole('listitem').filter({ has: v.getByRole('heading', { name: INSTITUTIONS[0] }) });
  await expect(defensorItem).toContainText('Recibió el informe el');
  await expect(defensorItem).toContainText(/Respondió por carta el \d+ de [a-z]+ de \d{4}\./);
  await expect(defensorItem.getByRole('link', { name: `Leer la respuesta de ${INSTITUTIONS[0]}` })).toHaveAttribute('href', REPLY_URL);
  await expect(transparency.getByText('Sin respuesta todavía.')).toHaveCount(2);
  await expectAccessible(v, { javaScriptEnabled: false });
  await expectSmall(await v.request.get(`/campanas/${campaign.slug}`));

  // A first try with mistakes: every problem is listed and shown at its field; what was typed stays.
  const rosa = { name: `Rosa Quishpe ${t}`, email: uniqueEmail('firmante'), city: 'Murcia', country: 'EC', organisation: `Asociación Rumiñahui ${t}`, showName: true, consent: true };
  await fillSignForm(v, { ...rosa, email: 'rosa@sin-dominio', consent: false });
  await v.getByRole('button', { name: 'Firmar', exact: true }).click();
  const summary = v.locator('.error-summary');
  await expect(summary).toBeVisible();
  await expect(summary.getByRole('link')).toHaveText([
    'Escribe un correo válido, por ejemplo nombre@ejemplo.com.',
    'Marca la casilla para aceptar que guardemos estos datos: sin ella no podemos contar tu firma.',
  ]);
  await expect(v.getByLabel('Correo electrónico')).toHaveAttribute('aria-invalid', 'true');
  await expect(v.getByLabel('Nombre y apellidos')).toHaveValue(rosa.name);
  await expect(v.getByLabel('País donde vives')).toHaveValue('EC');
  await expect(v.getByLabel('Organización (opcional)')).toHaveValue(rosa.organisation);
  await expect(v.getByLabel(/^Mostrar mi nombre/)).toBeChecked();
  await expectAccessible(v, { javaScriptEnabled: false });

  await fillSignForm(v, rosa);
  await v.getByRole('button', { name: 'Firmar', exact: true }).click();
  await expect(v).toHaveURL(new RegExp(`/campanas/${campaign.slug}\\?firma=pendiente#firmar$`));
  await expect(v.getByRole('status')).toContainText('Revisa tu correo para confirmar');
  await expectAccessible(v, { javaScriptEnabled: false });
  expect(await count()).toBe(0);

  // A second person signs with JavaScript on and chooses not to show the name.
  const jsContext = await browser.newContext();
  const w = await jsContext.newPage();
  const hidden = { name: `Carlos Reservado ${t}`, email: uniqueEmail('firmante'), city: 'Quito', country: 'ZZ', showName: false, consent: true };
  await w.goto(`/campanas/${campaign.slug}`);
  await expectAccessible(w);
  await fillSignForm(w, hidden);
  await w.getByRole('button', { name: 'Firmar', exact: true }).click();
  await expect(w.getByRole('status')).toContainText('Revisa tu correo para confirmar');
  await expectAccessible(w);

  // The email's link opens a page with a button: opening it (as a mail scanner would) confirms nothing.
  const mail = await waitForMail(rosa.email, /^Confirma tu firma: «/);
  expect(mail.text).toContain('Nunca publicamos tu correo.');
  const confirmLink = linkFrom(mail, '/firmas/confirmar?token=');
  const withdrawLink = linkFrom(mail, '/firmas/retirar?token=');
  await v.goto(confirmLink);
  await expect(h1(v)).toHaveText('Confirmar tu firma');
  await expectAccessible(v, { javaScriptEnabled: false });
  expect(await count()).toBe(0);
  await v.getByRole('button', { name: 'Confirmar mi firma' }).click();
  await expect(h1(v)).toHaveText('Tu firma está confirmada');
  await expect(v.getByRole('status')).toHaveText(`Gracias por firmar «${campaign.title}». Ya cuenta en la campaña.`);
  await expect(main(v).getByRole('link', { name: 'Retirar mi firma' })).toHaveAttribute('href', /^\/firmas\/retirar\?token=/);
  await expectAccessible(v, { javaScriptEnabled: false });
  expect(await count()).toBe(1);

  const hiddenMail = await waitForMail(hidden.email, /^Confirma tu firma/);
  await w.goto(linkFrom(hiddenMail, '/firmas/confirmar?token='));
  await expectAccessible(w);
  await w.getByRole('button', { name: 'Confirmar mi firma' }).click();
  await expect(h1(w)).toHaveText('Tu firma está confirmada');
  await expectAccessible(w);

  // Counted: both; listed: only the one who chose to show the name (never an email).
  await main(v).getByRole('link', { name: 'Ver la campaña' }).click();
  await expect(v).toHaveURL(new RegExp(`/campanas/${campaign.slug}$`));
  const signers = section(v, 'Quién firma');
  await expect(signers).toContainText('2 firmas confirmadas');
  await expect(signers).toContainText('1 persona ha firmado sin mostrar su nombre.');
  await expect(signers.getByRole('listitem').filter({ hasText: rosa.name })).toHaveText(`${rosa.name}, Murcia (${rosa.organisation})`);
  await expect(signers).not.toContainText(hidden.name);
  await expect(main(v)).not.toContainText(rosa.email);
  await expect(signers.getByRole('heading', { name: 'Organizaciones que firman' })).toBeVisible();
  await expect(signers.getByRole('listitem').filter({ hasText: rosa.organisation })).toHaveCount(2);
  await expectAccessible(v, { javaScriptEnabled: false });
  await v.goto('/campanas');
  await expect(main(v).getByRole('listitem').filter({ hasText: campaign.title })).toContainText('2 firmas confirmadas · Enviada a 3 instituciones');

  // Withdrawing, from the email's other link: again a button first, then everything about it is gone.
  await v.goto(withdrawLink);
  await expect(h1(v)).toHaveText('Retirar tu firma');
  await expectAccessible(v, { javaScriptEnabled: false });
  expect(await count()).toBe(2);
  await v.getByRole('button', { name: 'Retirar mi firma' }).click();
  await expect(h1(v)).toHaveText('Firma retirada');
  await expect(v.getByRole('status')).toHaveText('Tu firma se ha retirado y sus datos se han borrado.');
  await expectAccessible(v, { javaScriptEnabled: false });
  await main(v).getByRole('link', { name: `Volver a la campaña «${campaign.title}»` }).click();
  await expect(section(v, 'Quién firma')).toContainText('1 firma confirmada');
  await expect(main(v)).not.toContainText(rosa.name);
  await expect(main(v)).not.toContainText(rosa.organisation);

  // The same link again (the signature is gone), and a made-up one: a clear message, for both pages.
  await v.goto(withdrawLink);
  await v.getByRole('button', { name: 'Retirar mi firma' }).click();
  await expect(v.getByRole('alert')).toHaveText('El enlace no es válido o ha caducado. Si firmaste hace más de 7 días sin confirmar, vuelve a firmar desde la página de la campaña.');
  await expectAccessible(v, { javaScriptEnabled: false });
  await v.goto('/firmas/confirmar?token=este-codigo-no-existe-1234');
  await v.getByRole('button', { name: 'Confirmar mi firma' }).click();
  await expect(h1(v)).toHaveText('No se ha podido completar');
  await expect(v.getByRole('alert')).toContainText('El enlace no es válido o ha caducado.');
  await expectAccessible(v, { javaScriptEnabled: false });
  await v.goto('/firmas/confirmar');
  await expect(v.getByRole('alert')).toHaveText('Falta el código del enlace. Abre el enlace completo que te enviamos por correo.');
  await expect(v.getByRole('button')).toHaveCount(1); // only the language switch

  await context.close();
  await jsContext.close();
  await dispose(campaign.advocate);
});

test('a closed campaign shows a notice and no form, and is listed as closed; an unknown campaign is a 404', async ({ browser, baseURL, request }) => {
  const campaign = await publishedCampaign(baseURL!);
  await setStatus(campaign, 'closed');
  for (const javaScriptEnabled of [false, true]) {
    const context = await browser.newContext({ javaScriptEnabled });
    const page = await context.newPage();
    const res = await page.goto(`/campanas/${campaign.slug}`);
    expect(res?.status()).toBe(200);
    await expect(h1(page)).toHaveText(campaign.title);
    await expect(main(page)).toContainText('Estado: Cerrada. Cerrada el');
    await expect(main(page).locator('.notice')).toHaveText(/^Esta campaña está cerrada: ya no recoge firmas\./);
    await expect(main(page).locator('form')).toHaveCount(0);
    await expect(page.getByLabel('Nombre y apellidos')).toHaveCount(0);
    await expect(page.getByRole('link', { name: 'Firmar la campaña' })).toHaveCount(0);
    await expectAccessible(page, { javaScriptEnabled });

    await page.goto('/campanas');
    const closed = section(page, 'Campañas cerradas').getByRole('listitem').filter({ has: page.getByRole('heading', { name: campaign.title }) });
    await expect(closed.getByRole('heading')).toHaveText(`${campaign.title} Cerrada`);
    await expect(section(page, 'Campañas abiertas').getByRole('link', { name: campaign.title })).toHaveCount(0);
    await expectAccessible(page, { javaScriptEnabled });

    const missing = await page.goto('/campanas/esta-campana-no-existe');
    expect(missing?.status()).toBe(404);
    await expect(h1(page)).toHaveText('No encontramos esta página.');
    await expectAccessible(page, { javaScriptEnabled });
    await context.close();
  }
  // Someone who had the form open when it closed: the sign-on is refused, and the page says the campaign is closed.
  const late = await request.post(`/campanas/${campaign.slug}?/firmar`, {
    form: { name: 'Ana Tardía', email: uniqueEmail('firmante'), city: 'Madrid', country: 'ES', showName: 'yes', consent: 'yes' },
    headers: { accept: 'text/html', origin: baseURL! },
  });
  expect(late.status()).toBe(409);
  expect(await late.text()).toContain('Esta campaña está cerrada: ya no recoge firmas.');
  await dispose(campaign.advocate);
});

test('the campaign pages in English, with JavaScript on', async ({ browser, baseURL }) => {
  const campaign = await publishedCampaign(baseURL!);
  const context = await browser.newContext({ locale: 'en-GB' });
  await context.addCookies([{ name: 'lang', value: 'en', url: baseURL! }]);
  const page = await context.newPage();
  await page.goto(`/campanas/${campaign.slug}`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  // The campaign is written in Spanish: its text says so to screen readers.
  await expect(h1(page)).toHaveAttribute('lang', 'es');
  await expect(main(page).getByRole('heading', { level: 2 })).toHaveText(['The problem', 'What we ask for', 'Sign the campaign', 'Who has signed', 'Transparency: who we sent the brief to']);
  await expect(main(page)).toContainText('Aimed at: governments and public administrations, families.');
  await expect(page.getByLabel('Country where you live')).toHaveValue('ES');
  await expect(page.getByLabel('Country where you live').locator('option').nth(1)).toHaveText('Ecuador');
  await expectAccessible(page);

  // Errors come back in English too.
  await page.getByLabel('Full name').fill('Anne Smith');
  await page.getByLabel('Email').fill('anne@no-domain');
  await page.getByLabel('City where you live').fill('London');
  await page.getByRole('button', { name: 'Sign', exact: true }).click();
  await expect(page.locator('.error-summary').getByRole('link')).toHaveText([
    'Write a valid email address, for example name@example.com.',
    'Tick the box to agree that we keep this data: without it we cannot count your signature.',
  ]);
  await expectAccessible(page);
  await context.close();
  await dispose(campaign.advocate);
});
