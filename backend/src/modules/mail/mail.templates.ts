import type { Locale } from '../users/user.entity';

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

export type MailTemplate =
  | { name: 'verify_email'; params: { displayName: string; link: string } }
  | { name: 'password_reset'; params: { displayName: string; link: string } }
  | { name: 'password_changed'; params: { displayName: string; link: string } };

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

function layout(locale: Locale, title: string, paragraphs: string[], action?: { label: string; href: string }): string {
  const body = paragraphs.map((p) => `<p style="margin:0 0 16px">${escapeHtml(p)}</p>`).join('');
  const button = action
    ? `<p style="margin:24px 0"><a href="${escapeHtml(action.href)}" style="background:#0b5d3b;color:#fff;padding:12px 20px;border-radius:6px;text-decoration:none;display:inline-block">${escapeHtml(action.label)}</a></p><p style="margin:0 0 16px;font-size:14px;color:#555">${escapeHtml(action.href)}</p>`
    : '';
  return `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head><body style="font-family:system-ui,sans-serif;line-height:1.5;color:#1a1a1a;max-width:560px;margin:0 auto;padding:24px"><h1 style="font-size:20px">${escapeHtml(title)}</h1>${body}${button}<hr style="border:none;border-top:1px solid #ddd;margin:24px 0"><p style="font-size:13px;color:#555">Puente</p></body></html>`;
}

const T = {
  verify_email: {
    es: (p: { displayName: string; link: string }) => ({
      subject: 'Confirma tu correo en Puente',
      lines: [`Hola, ${p.displayName}:`, 'Gracias por unirte a Puente. Para activar tu cuenta, confirma tu correo con este enlace. Caduca en 48 horas.', 'Si no creaste esta cuenta, ignora este mensaje.'],
      action: 'Confirmar mi correo',
    }),
    en: (p: { displayName: string; link: string }) => ({
      subject: 'Confirm your email on Puente',
      lines: [`Hello ${p.displayName},`, 'Thank you for joining Puente. To activate your account, confirm your email with this link. It expires in 48 hours.', 'If you did not create this account, ignore this message.'],
      action: 'Confirm my email',
    }),
  },
  password_reset: {
    es: (p: { displayName: string; link: string }) => ({
      subject: 'Cambia tu contraseña de Puente',
      lines: [`Hola, ${p.displayName}:`, 'Alguien pidió cambiar la contraseña de tu cuenta. Si fuiste tú, usa este enlace. Caduca en 1 hora y solo sirve una vez.', 'Si no lo pediste, ignora este mensaje: tu contraseña no cambia.'],
      action: 'Elegir una contraseña nueva',
    }),
    en: (p: { displayName: string; link: string }) => ({
      subject: 'Change your Puente password',
      lines: [`Hello ${p.displayName},`, 'Someone asked to change the password of your account. If it was you, use this link. It expires in 1 hour and works only once.', 'If you did not ask for it, ignore this message: your password stays the same.'],
      action: 'Choose a new password',
    }),
  },
  password_changed: {
    es: (p: { displayName: string; link: string }) => ({
      subject: 'Tu contraseña de Puente ha cambiado',
      lines: [`Hola, ${p.displayName}:`, 'La contraseña de tu cuenta acaba de cambiar y hemos cerrado todas tus sesiones abiertas.', 'Si no fuiste tú, pide un cambio de contraseña ahora mismo.'],
      action: 'Recuperar mi cuenta',
    }),
    en: (p: { displayName: string; link: string }) => ({
      subject: 'Your Puente password has changed',
      lines: [`Hello ${p.displayName},`, 'The password of your account has just changed and we have closed all your open sessions.', 'If it was not you, ask for a password change right now.'],
      action: 'Recover my account',
    }),
  },
} as const;

export function renderMail(template: MailTemplate, locale: Locale): RenderedMail {
  const t = T[template.name][locale](template.params);
  const text = [...t.lines, '', `${t.action}: ${template.params.link}`, '', '— Puente'].join('\n');
  return { subject: t.subject, text, html: layout(locale, t.subject, [...t.lines], { label: t.action, href: template.params.link }) };
}
