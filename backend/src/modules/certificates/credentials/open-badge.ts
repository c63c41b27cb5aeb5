import { OB_V3, VC_V2 } from './document-loader';

export interface CredentialFacts {
  code: string;
  learnerName: string;
  courseSlug: string;
  courseTitle: { es: string; en: string };
  courseSummary: { es: string; en: string };
  outcomes: { es: string[]; en: string[] };
  criteria: { es: string; en: string };
  hours: number;
  startsOn: string;
  endsOn: string;
  trainerId: string;
  trainerName: string;
  issuedAt: Date;
  language: 'es' | 'en';
}

export interface Issuer {
  did: string;
  name: string;
  url: string;
}

export interface StatusEntry {
  listUrl: string;
  index: number;
}

/** The page a QR code and the credential's id point to. */
export function verificationUrl(publicUrl: string, code: string): string {
  return `${publicUrl}/verificar/${code}`;
}

function hoursText(hours: number, locale: 'es' | 'en'): string {
  const n = new Intl.NumberFormat(locale === 'es' ? 'es-ES' : 'en-GB', { maximumFractionDigits: 1 }).format(hours);
  return locale === 'es' ? `${n} ${hours === 1 ? 'hora' : 'horas'}` : `${n} ${hours === 1 ? 'hour' : 'hours'}`;
}

/**
 * An unsigned OpenBadgeCredential (VC Data Model 2.0 + Open Badges 3.0.3) for one certificate. Every term
 * is defined by those two contexts: signing runs JSON-LD in safe mode, so an undefined one fails. The
 * learner is identified by the name written on the certificate (an IdentityObject of type "name"); the
 * trainer who assessed the work is the subject's `source`; hours and outcomes are stated in Spanish and
 * English in the achievement.
 */
export function openBadgeCredential(f: CredentialFacts, issuer: Issuer, status: StatusEntry): Record<string, unknown> {
  const profile = { id: issuer.did, type: ['Profile'], name: issuer.name, url: issuer.url };
  const outcomes = (locale: 'es' | 'en') => f.outcomes[locale].map((o) => `- ${o}`).join('\n');
  return {
    '@context': [VC_V2, OB_V3],
    id: verificationUrl(issuer.url, f.code),
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    name: `${f.courseTitle.es} / ${f.courseTitle.en}`,
    description: `Certificado de finalización del curso «${f.courseTitle.es}» (${hoursText(f.hours, 'es')}). Certificate of completion of the course "${f.courseTitle.en}" (${hoursText(f.hours, 'en')}).`,
    issuer: profile,
    validFrom: f.issuedAt.toISOString().replace(/\.\d{3}Z$/, 'Z'),
    credentialSubject: {
      type: ['AchievementSubject'],
      name: f.learnerName,
      identifier: [{ type: 'IdentityObject', identityHash: f.learnerName, identityType: 'name', hashed: false }],
      activityStartDate: `${f.startsOn}T00:00:00Z`,
      activityEndDate: `${f.endsOn}T23:59:59Z`,
      source: { id: `urn:uuid:${f.trainerId}`, type: ['Profile'], name: f.trainerName },
      achievement: {
        id: `${issuer.url}/cursos/${f.courseSlug}`,
        type: ['Achievement'],
        achievementType: 'Course',
        name: f.courseTitle.es,
        description: `${f.courseSummary.es} Duración: ${hoursText(f.hours, 'es')}.\n\n${f.courseTitle.en}: ${f.courseSummary.en} Length: ${hoursText(f.hours, 'en')}.`,
        criteria: {
          narrative: `${f.criteria.es}\n\nAl terminar, la persona sabe:\n${outcomes('es')}\n\n${f.criteria.en}\n\nOn completion, the learner can:\n${outcomes('en')}`,
        },
        inLanguage: 'es',
        creator: profile,
        tag: ['Puente', `${f.hours} h`],
      },
    },
    credentialStatus: {
      id: `${status.listUrl}#${status.index}`,
      type: 'BitstringStatusListEntry',
      statusPurpose: 'revocation',
      statusListIndex: String(status.index),
      statusListCredential: status.listUrl,
    },
  };
}
