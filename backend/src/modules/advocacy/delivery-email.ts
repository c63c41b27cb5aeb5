import { escapeHtml } from '../mail/mail.templates';
import type { Locale } from '../users/user.entity';

export interface DeliveryEmailInput {
  locale: Locale;
  toName: string;
  toPosition: string | null;
  toInstitution: string;
  subject: string;
  message: string;
  senderName: string;
  replyTo: string;
  briefTitle: string;
  campaignTitle: string;
  campaignUrl: string;
  siteName: string;
}

export interface DeliveryEmail {
  subject: string;
  text: string;
  html: string;
}

/** "Estimado/a Elena Arce, directora del Área de Migraciones:" or, for an office, a formal opening to it. */
export function salutation(locale: Locale, name: string, position: string | null, institution: string): string {
  if (position) return locale === 'es' ? `Estimado/a ${name}, ${position}:` : `Dear ${name}, ${position},`;
  const to = name.toLowerCase() === institution.toLowerCase() ? name : `${name} (${institution})`;
  return locale === 'es' ? `A la atención de: ${to}\n\nEstimadas señoras y señores:` : `For the attention of: ${to}\n\nDear Sir or Madam,`;
}

/** The personalised email an official receives with the brief attached; the dry run shows exactly this. */
export function deliveryEmail(i: DeliveryEmailInput): DeliveryEmail {
  const es = i.locale === 'es';
  const paragraphs = [
    salutation(i.locale, i.toName, i.toPosition, i.toInstitution),
    i.message,
    es
      ? `Adjuntamos en PDF el informe «${i.briefTitle}», de la campaña «${i.campaignTitle}». La campaña, sus apoyos y las respuestas recibidas son públicos en ${i.campaignUrl}`
      : `Please find attached, as a PDF, the brief "${i.briefTitle}" of the campaign "${i.campaignTitle}". The campaign, its support and the replies received are public at ${i.campaignUrl}`,
    es ? `Si responde a este correo, su respuesta llegará directamente a ${i.senderName} (${i.replyTo}).` : `If you reply to this email, your answer goes directly to ${i.senderName} (${i.replyTo}).`,
    es ? `Atentamente,\n${i.senderName}` : `Yours sincerely,\n${i.senderName}`,
  ];
  const footer = es ? `Enviado a través de ${i.siteName}, plataforma de la comunidad migrante.` : `Sent through ${i.siteName}, a platform of the migrant community.`;
  const text = `${paragraphs.join('\n\n')}\n\n-- \n${footer}\n`;
  const html = `<!doctype html><html lang="${i.locale}"><head><meta charset="utf-8"><title>${escapeHtml(i.subject)}</title></head><body style="font-family:system-ui,sans-serif;line-height:1.5;color:#1a1a1a;max-width:640px;margin:0 auto;padding:24px">${paragraphs
    .flatMap((p) => p.split(/\n{2,}/))
    .map((p) => `<p style="margin:0 0 16px">${escapeHtml(p).replace(/\n/g, '<br>')}</p>`)
    .join('')}<hr style="border:none;border-top:1px solid #ddd;margin:24px 0"><p style="font-size:13px;color:#555">${escapeHtml(footer)}</p></body></html>`;
  return { subject: i.subject, text, html };
}

/** The From header: the advocate's name on Puente's own address (replies go to the advocate through Reply-To). */
export function fromHeader(senderName: string, mailFrom: string, locale: Locale): { name: string; address: string } {
  const address = /<([^>]+)>/.exec(mailFrom)?.[1] ?? mailFrom.trim();
  return { name: locale === 'es' ? `${senderName} (vía Puente)` : `${senderName} (via Puente)`, address };
}
