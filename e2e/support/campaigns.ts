import { expect } from '@playwright/test';
import { person, tag, type Actor } from './classroom';
import { uniqueEmail } from './fixtures';

/**
 * Shared by the campaign journeys: an advocate sets the scene through the real API, as the advocacy
 * dashboard would (a campaign, its publication, a brief sent to officials and a reply); the tests then
 * drive the public pages in Chromium.
 */

export interface TestCampaign {
  id: string;
  slug: string;
  title: string;
  advocate: Actor;
}

/** A new advocate and a published campaign of theirs (Spanish, with Markdown in the problem and the asks). */
export async function publishedCampaign(baseURL: string, opts: { title?: string; advocate?: Actor } = {}): Promise<TestCampaign> {
  const advocate = opts.advocate ?? (await person(baseURL, `Activista ${tag()}`, ['advocate']));
  const t = tag();
  const title = opts.title ?? `Citas de extranjería a tiempo ${t}`;
  const res = await advocate.api.post('/api/campaigns', {
    data: {
      title,
      slug: `citas-a-tiempo-${t}`,
      summary: 'Pedimos citas suficientes en las oficinas de extranjería para renovar a tiempo.',
      problem: 'Sin cita no se puede **renovar a tiempo** la autorización de residencia.\n\n- Muchas personas esperan meses.\n- Algunas pierden el trabajo.',
      asks: '1. Más citas en cada oficina.\n2. Información clara sobre los plazos.',
      audiences: ['government', 'families'],
    },
  });
  expect(res.status(), await res.text()).toBe(201);
  const created = (await res.json()) as { id: string; slug: string };
  await setStatus({ id: created.id, advocate }, 'published');
  return { id: created.id, slug: created.slug, title, advocate };
}

export async function setStatus(c: Pick<TestCampaign, 'id' | 'advocate'>, status: 'published' | 'closed'): Promise<void> {
  const res = await c.advocate.api.patch(`/api/campaigns/${c.id}`, { data: { status } });
  expect(res.status(), await res.text()).toBe(200);
}

export interface SentDelivery {
  id: string;
  institution: string;
}

/**
 * Sends the campaign's brief to one new official of each institution and waits until every email is out
 * (the delivery worker sends them to the test's SMTP server). Returns one delivery per institution.
 */
export async function sendBrief(c: TestCampaign, institutions: string[]): Promise<SentDelivery[]> {
  const api = c.advocate.api;
  const officialIds: string[] = [];
  for (const institution of institutions) {
    const res = await api.post('/api/officials', { data: { name: `Oficina de atención ${tag()}`, institution, level: 'national', country: 'ES', email: uniqueEmail('autoridad'), lastVerifiedOn: '2026-11-02' } });
    expect(res.status(), await res.text()).toBe(201);
    officialIds.push(((await res.json()) as { id: string }).id);
  }
  const brief = await api.post(`/api/campaigns/${c.id}/briefs`, {
    data: {
      title: `Informe: ${c.title}`,
      summary: 'Las citas no alcanzan para renovar dentro de plazo.',
      body: '## Situación\n\nFaltan citas en muchas oficinas.',
      recommendations: ['Abrir más citas.'],
      citations: [],
    },
  });
  expect(brief.status(), await brief.text()).toBe(201);
  const briefId = ((await brief.json()) as { id: string }).id;
  const send = await api.post(`/api/briefs/${briefId}/sends`, { data: { officialIds, subject: 'Informe sobre las citas de extranjería', message: 'Le enviamos el informe adjunto con nuestras peticiones.' } });
  expect(send.status(), await send.text()).toBe(201);
  const sendId = ((await send.json()) as { sendId: string }).sendId;
  const deadline = Date.now() + 30_000;
  for (;;) {
    const res = await api.get(`/api/sends/${sendId}`);
    expect(res.status()).toBe(200);
    const body = (await res.json()) as { finished: boolean; counts: { sent: number }; deliveries: { id: string; institution: string }[] };
    if (body.finished) {
      expect(body.counts.sent).toBe(institutions.length);
      return body.deliveries.map((d) => ({ id: d.id, institution: d.institution }));
    }
    if (Date.now() > deadline) throw new Error(`send ${sendId} did not finish`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** Records a reply to a delivery, as the advocate does when an institution answers. */
export async function recordReply(c: TestCampaign, deliveryId: string, reply: { channel: 'email' | 'letter' | 'phone' | 'meeting' | 'other'; url?: string }): Promise<void> {
  const res = await c.advocate.api.post(`/api/deliveries/${deliveryId}/replies`, {
    data: { receivedAt: new Date().toISOString(), channel: reply.channel, summary: 'Responden que estudiarán abrir más citas.', url: reply.url ?? null },
  });
  expect(res.status(), await res.text()).toBe(201);
}
