import type { TemplateSet } from './mail.templates';

interface NotificationParams {
  displayName: string;
  /** Rendered from the notification's type and plain-text params, in the recipient's language. */
  title: string;
  body: string;
  link: string;
}

interface DigestParams {
  displayName: string;
  /** One line per notification of the day: its title and line. */
  items: string;
  count: number;
  link: string;
}

export type NotificationTemplate = { name: 'notification'; params: NotificationParams } | { name: 'notification_digest'; params: DigestParams };

type ParamsOf<N extends NotificationTemplate['name']> = Extract<NotificationTemplate, { name: N }>['params'];

export const NOTIFICATION_TEMPLATES: { [N in NotificationTemplate['name']]: TemplateSet<ParamsOf<N>> } = {
  notification: {
    es: (p) => ({ subject: p.title, lines: [`Hola, ${p.displayName}:`, p.title, p.body].filter(Boolean), action: 'Abrir en Puente' }),
    en: (p) => ({ subject: p.title, lines: [`Hello ${p.displayName},`, p.title, p.body].filter(Boolean), action: 'Open in Puente' }),
  },
  notification_digest: {
    es: (p) => ({
      subject: p.count === 1 ? 'Tu resumen de Puente: 1 aviso nuevo' : `Tu resumen de Puente: ${p.count} avisos nuevos`,
      lines: [`Hola, ${p.displayName}:`, 'Esto es lo que ha pasado desde tu último resumen:'],
      quote: p.items,
      action: 'Ver todos mis avisos',
    }),
    en: (p) => ({
      subject: p.count === 1 ? 'Your Puente digest: 1 new notification' : `Your Puente digest: ${p.count} new notifications`,
      lines: [`Hello ${p.displayName},`, 'This is what happened since your last digest:'],
      quote: p.items,
      action: 'See all my notifications',
    }),
  },
};
