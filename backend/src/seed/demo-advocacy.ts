import type { EntityManager } from '@mikro-orm/postgresql';
import { randomBytes } from 'node:crypto';
import { hashToken } from '../modules/auth/tokens';
import { Brief, BriefVersion, Campaign, Official, Signature } from '../modules/advocacy/advocacy.entities';
import { User } from '../modules/users/user.entity';
import { DEMO_BRIEF, DEMO_CAMPAIGN } from './demo-advocacy.content';

/** Demo recipients: example.org can never receive mail, so a demo send harms nobody. */
const DEMO_OFFICIALS = [
  { name: 'Oficina de demostración de Extranjería', position: null, institution: 'Institución de demostración (España)', level: 'national', country: 'ES', region: 'Madrid', email: 'extranjeria-demo@example.org' },
  { name: 'Ana Demo', position: 'Cónsul de demostración', institution: 'Consulado de demostración', level: 'consular', country: 'ES', region: 'Madrid', email: 'consulado-demo@example.org' },
  { name: 'Comisión de demostración', position: null, institution: 'Parlamento de demostración', level: 'eu', country: 'EU', region: null, email: 'comision-demo@example.org' },
] as const;

const DEMO_SIGNERS = [
  { name: 'Firmante de demostración 1', city: 'Madrid', country: 'ES', organisation: 'Asociación de demostración', showName: true },
  { name: 'Firmante de demostración 2', city: 'Murcia', country: 'ES', organisation: null, showName: true },
  { name: 'Firmante de demostración 3', city: 'Quito', country: 'EC', organisation: null, showName: false },
];

/**
 * A published demo campaign run by the demo advocate, with its brief, three demo officials (example.org)
 * and a few confirmed demo signatures, so a newcomer sees the whole advocacy cycle. Only once.
 */
export async function seedDemoAdvocacy(em: EntityManager): Promise<boolean> {
  const advocate = await em.findOne(User, { email: 'incidencia@example.org' });
  if (!advocate || (await em.count(Campaign, { slug: DEMO_CAMPAIGN.slug }))) return false;
  for (const o of DEMO_OFFICIALS) {
    if (await em.count(Official, { email: o.email })) continue;
    em.create(Official, { ...o, needsVerification: false, notes: 'Contacto de demostración: la dirección es de example.org y no recibe correo.' });
  }
  const now = new Date();
  const campaign = em.create(Campaign, { ...DEMO_CAMPAIGN, audiences: [...DEMO_CAMPAIGN.audiences], owner: advocate, status: 'published', publishedAt: now });
  const brief = em.create(Brief, { campaign, locale: 'es', createdBy: advocate, latestVersion: 1 });
  em.create(BriefVersion, { brief, number: 1, ...DEMO_BRIEF, recommendations: [...DEMO_BRIEF.recommendations], citations: DEMO_BRIEF.citations.map((c) => ({ ...c })), author: advocate });
  DEMO_SIGNERS.forEach((s, i) => {
    em.create(Signature, {
      campaign,
      ...s,
      email: `firmante-demo-${i + 1}@example.org`,
      locale: 'es',
      tokenHash: hashToken(randomBytes(32).toString('base64url')),
      consentAt: now,
      confirmedAt: now,
    });
  });
  await em.flush();
  return true;
}
