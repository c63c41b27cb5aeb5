import { EntityManager } from '@mikro-orm/postgresql';
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { bearer } from './classroom';
import { createAccount, grantRoles, uniqueEmail, type Account, type TestApp } from './test-app';

export async function advocate(t: TestApp, displayName = 'Incidencia de prueba'): Promise<Account> {
  const a = await createAccount(t, { displayName });
  await grantRoles(t, a.id, ['advocate']);
  return a;
}

/** An institution name no other test uses, so a send filter picks exactly the officials made here. */
export function uniqueInstitution(tag = 'Institución'): string {
  return `${tag} ${randomBytes(4).toString('hex')}`;
}

/** Imports `count` officials of one institution through the CSV API; returns their emails. */
export async function importOfficials(t: TestApp, by: Account, institution: string, count: number, opts: { country?: string; level?: string } = {}): Promise<string[]> {
  const emails = Array.from({ length: count }, (_, i) => uniqueEmail(`oficial${i}`));
  const csv = ['name,position,institution,level,country,region,email,last_verified', ...emails.map((e, i) => `Persona ${i + 1},Directora general ${i + 1},${institution},${opts.level ?? 'national'},${opts.country ?? 'ES'},Madrid,${e},2026-11-01`)].join('\n');
  const res = await request(t.http).post('/api/officials/import').set(bearer(by)).send({ csv }).expect(200);
  if (res.body.created + res.body.updated !== count) throw new Error(`import: ${JSON.stringify(res.body)}`);
  return emails;
}

export const CAMPAIGN = {
  summary: 'Pedimos citas suficientes en las oficinas de extranjería.',
  problem: '## El problema\n\nNo hay citas suficientes para presentar las solicitudes a tiempo.',
  asks: '- Más citas\n- Información clara',
  audiences: ['government', 'ngos'],
};

export async function publishedCampaign(t: TestApp, owner: Account, title = `Campaña de prueba ${randomBytes(3).toString('hex')}`): Promise<{ id: string; slug: string }> {
  const c = await request(t.http).post('/api/campaigns').set(bearer(owner)).send({ title, ...CAMPAIGN }).expect(201);
  await request(t.http).patch(`/api/campaigns/${c.body.id}`).set(bearer(owner)).send({ status: 'published' }).expect(200);
  return { id: c.body.id as string, slug: c.body.slug as string };
}

export const BRIEF = {
  title: 'Citas a tiempo: informe de prueba',
  summary: 'Las personas necesitan citas para renovar a tiempo.\n\nProponemos tres medidas.',
  body: '## Contexto\n\nEl Reglamento fija plazos.\n\n- Renovación en los 2 meses anteriores\n- Informe de integración en 1 mes',
  recommendations: ['Abrir más citas', 'Publicar información clara'],
  citations: [
    { text: 'Real Decreto 1155/2024, de 19 de noviembre', url: 'https://www.boe.es/eli/es/rd/2024/11/19/1155' },
    { text: 'Comparativa: arraigo', url: '/comparativa/arraigo' },
  ],
};

export async function createBrief(t: TestApp, owner: Account, campaignId: string, overrides: Partial<typeof BRIEF> = {}): Promise<string> {
  const res = await request(t.http).post(`/api/campaigns/${campaignId}/briefs`).set(bearer(owner)).send({ ...BRIEF, ...overrides }).expect(201);
  return res.body.id as string;
}

/** Deliveries of a send, straight from the database: [status, to_email, attempts]. */
export async function deliveryRows(t: TestApp, sendId: string): Promise<{ id: string; status: string; to_email: string; attempts: number; message_id: string; smtp_response: string | null }[]> {
  return t.app.get(EntityManager).fork().getConnection().execute('select id, status, to_email, attempts, message_id, smtp_response from deliveries where send_id = ? order by to_email', [sendId]);
}

/** Leaves nothing queued behind for the next test file's workers. */
export async function settleDeliveries(t: TestApp): Promise<void> {
  await t.app.get(EntityManager).fork().getConnection().execute(`update deliveries set status = 'failed', last_error = 'test ended' where status in ('queued', 'sending')`);
}

/** A PDF's text (pdftotext) and metadata (pdfinfo), read with poppler as anyone would. */
export function pdfTextAndInfo(pdf: Buffer): { text: string; info: string } {
  const dir = mkdtempSync(join(tmpdir(), 'puente-brief-'));
  try {
    const file = join(dir, 'brief.pdf');
    writeFileSync(file, pdf);
    return { text: execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }), info: execFileSync('pdfinfo', [file], { encoding: 'utf8' }) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
