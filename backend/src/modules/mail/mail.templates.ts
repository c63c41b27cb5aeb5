import type { Locale } from '../users/user.entity';
import { ADVOCACY_TEMPLATES, type AdvocacyTemplate } from './advocacy.templates';
import { CERTIFICATE_TEMPLATES, type CertificateTemplate } from './certificates.templates';
import { CLASSROOM_TEMPLATES, type ClassroomTemplate } from './classroom.templates';
import { FORUM_TEMPLATES, type ForumTemplate } from './forum.templates';
import { NOTIFICATION_TEMPLATES, type NotificationTemplate } from './notifications.templates';

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

type LinkParams = { displayName: string; link: string };

export type MailTemplate =
  | { name: 'verify_email'; params: LinkParams }
  | { name: 'password_reset'; params: LinkParams }
  | { name: 'password_changed'; params: LinkParams }
  | ClassroomTemplate
  | CertificateTemplate
  | AdvocacyTemplate
  | ForumTemplate
  | NotificationTemplate;

/** What one language of a template says: paragraphs, an optional quoted block (user text) and one action. */
export interface MailContent {
  subject: string;
  lines: string[];
  /** Text written by a person (an announcement, feedback): quoted as it is, escaped in HTML. */
  quote?: string;
  after?: string[];
  action: string;
}

export type TemplateSet<P> = Record<Locale, (p: P) => MailContent>;

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

function paragraphs(lines: string[]): string {
  return lines.map((p) => `<p style="margin:0 0 16px">${escapeHtml(p)}</p>`).join('');
}

function layout(locale: Locale, c: MailContent, href: string, footer?: MailFooter): string {
  const quote = c.quote
    ? `<blockquote style="margin:0 0 16px;padding:8px 16px;border-left:4px solid #0b5d3b;background:#f4f7f5">${c.quote
        .split(/\n{2,}/)
        .map((p) => `<p style="margin:8px 0">${escapeHtml(p).replace(/\n/g, '<br>')}</p>`)
        .join('')}</blockquote>`
    : '';
  const button = `<p style="margin:24px 0"><a href="${escapeHtml(href)}" style="background:#0b5d3b;color:#fff;padding:12px 20px;border-radius:6px;text-decoration:none;display:inline-block">${escapeHtml(c.action)}</a></p><p style="margin:0 0 16px;font-size:14px;color:#555">${escapeHtml(href)}</p>`;
  return `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><title>${escapeHtml(c.subject)}</title></head><body style="font-family:system-ui,sans-serif;line-height:1.5;color:#1a1a1a;max-width:560px;margin:0 auto;padding:24px"><h1 style="font-size:20px">${escapeHtml(c.subject)}</h1>${paragraphs(c.lines)}${quote}${paragraphs(c.after ?? [])}${button}<hr style="border:none;border-top:1px solid #ddd;margin:24px 0"><p style="font-size:13px;color:#555">Puente</p>${footer ? `<p style="font-size:13px;color:#555">${escapeHtml(footer.note)} <a href="${escapeHtml(footer.unsubscribeUrl)}">${escapeHtml(footer.unsubscribeLabel)}</a></p>` : ''}</body></html>`;
}

const ACCOUNT_TEMPLATES = {
  verify_email: {
    es: (p: LinkParams) => ({
      subject: 'Confirma tu correo en Puente',
      lines: [`Hola, ${p.displayName}:`, 'Gracias por unirte a Puente. Para activar tu cuenta, confirma tu correo con este enlace. Caduca en 48 horas.', 'Si no creaste esta cuenta, ignora este mensaje.'],
      action: 'Confirmar mi correo',
    }),
    en: (p: LinkParams) => ({
      subject: 'Confirm your email on Puente',
      lines: [`Hello ${p.displayName},`, 'Thank you for joining Puente. To activate your account, confirm your email with this link. It expires in 48 hours.', 'If you did not create this account, ignore this message.'],
      action: 'Confirm my email',
    }),
  },
  password_reset: {
    es: (p: LinkParams) => ({
      subject: 'Cambia tu contraseña de Puente',
      lines: [`Hola, ${p.displayName}:`, 'Alguien pidió cambiar la contraseña de tu cuenta. Si fuiste tú, usa este enlace. Caduca en 1 hora y solo sirve una vez.', 'Si no lo pediste, ignora este mensaje: tu contraseña no cambia.'],
      action: 'Elegir una contraseña nueva',
    }),
    en: (p: LinkParams) => ({
      subject: 'Change your Puente password',
      lines: [`Hello ${p.displayName},`, 'Someone asked to change the password of your account. If it was you, use this link. It expires in 1 hour and works only once.', 'If you did not ask for it, ignore this message: your password stays the same.'],
      action: 'Choose a new password',
    }),
  },
  password_changed: {
    es: (p: LinkParams) => ({
      subject: 'Tu contraseña de Puente ha cambiado',
      lines: [`Hola, ${p.displayName}:`, 'La contraseña de tu cuenta acaba de cambiar y hemos cerrado todas tus sesiones abiertas.', 'Si no fuiste tú, pide un cambio de contraseña ahora mismo.'],
      action: 'Recuperar mi cuenta',
    }),
    en: (p: LinkParams) => ({
      subject: 'Your Puente password has changed',
      lines: [`Hello ${p.displayName},`, 'The password of your account has just changed and we have closed all your open sessions.', 'If it was not you, ask for a password change right now.'],
      action: 'Recover my account',
    }),
  },
} satisfies Record<string, TemplateSet<LinkParams>>;

const TEMPLATES = { ...ACCOUNT_TEMPLATES, ...CLASSROOM_TEMPLATES, ...CERTIFICATE_TEMPLATES, ...ADVOCACY_TEMPLATES, ...FORUM_TEMPLATES, ...NOTIFICATION_TEMPLATES };

/** The unsubscribe note under a notification email: why it came, and a link that turns this kind off. */
export interface MailFooter {
  note: string;
  unsubscribeLabel: string;
  unsubscribeUrl: string;
}

const FOOTER_TEXT: Record<Locale, { note: string; label: string; digestNote: string; digestLabel: string }> = {
  es: {
    note: 'Recibes este correo por tus preferencias de avisos.',
    label: 'Dejar de recibir este tipo de correo',
    digestNote: 'Recibes este resumen diario por tus preferencias de avisos.',
    digestLabel: 'Dejar de recibir el resumen diario',
  },
  en: {
    note: 'You get this email because of your notification settings.',
    label: 'Stop getting this kind of email',
    digestNote: 'You get this daily digest because of your notification settings.',
    digestLabel: 'Stop getting the daily digest',
  },
};

export function unsubscribeFooter(locale: Locale, unsubscribeUrl: string, digest: boolean): MailFooter {
  const t = FOOTER_TEXT[locale];
  return { note: digest ? t.digestNote : t.note, unsubscribeLabel: digest ? t.digestLabel : t.label, unsubscribeUrl };
}

export function renderMail(template: MailTemplate, locale: Locale, footer?: MailFooter): RenderedMail {
  const set = TEMPLATES[template.name] as TemplateSet<typeof template.params>;
  const c = set[locale](template.params);
  const link = template.params.link;
  const text = [...c.lines, ...(c.quote ? ['', ...c.quote.split('\n').map((l) => `> ${l}`), ''] : []), ...(c.after ?? []), '', `${c.action}: ${link}`, '', '— Puente', ...(footer ? ['', footer.note, `${footer.unsubscribeLabel}: ${footer.unsubscribeUrl}`] : [])].join('\n');
  return { subject: c.subject, text, html: layout(locale, c, link, footer) };
}
