import type { TemplateSet } from './mail.templates';

interface SignatureParams {
  name: string;
  campaignTitle: string;
  /** The confirmation page (a button there confirms: mail scanners open links). */
  link: string;
  withdrawLink: string;
}

interface FollowUpParams {
  displayName: string;
  /** One line per delivery waiting for a reply: institution, brief and date. */
  items: string;
  count: number;
  days: number;
  link: string;
}

export type AdvocacyTemplate = { name: 'signature_confirm'; params: SignatureParams } | { name: 'advocacy_follow_up'; params: FollowUpParams };

type ParamsOf<N extends AdvocacyTemplate['name']> = Extract<AdvocacyTemplate, { name: N }>['params'];

export const ADVOCACY_TEMPLATES: { [N in AdvocacyTemplate['name']]: TemplateSet<ParamsOf<N>> } = {
  signature_confirm: {
    es: (p) => ({
      subject: `Confirma tu firma: «${p.campaignTitle}»`,
      lines: [
        `Hola, ${p.name}:`,
        `Has firmado la campaña «${p.campaignTitle}» en Puente. Tu firma solo cuenta cuando la confirmas con el botón de abajo.`,
        'Si no has sido tú, ignora este mensaje: sin confirmar, la firma no cuenta y se borra en 7 días.',
        `Si más adelante cambias de idea, puedes retirar tu firma en cualquier momento con este enlace: ${p.withdrawLink}`,
        'Nunca publicamos tu correo.',
      ],
      action: 'Confirmar mi firma',
    }),
    en: (p) => ({
      subject: `Confirm your signature: "${p.campaignTitle}"`,
      lines: [
        `Hello ${p.name},`,
        `You signed the campaign "${p.campaignTitle}" on Puente. Your signature only counts once you confirm it with the button below.`,
        'If it was not you, ignore this message: unconfirmed, the signature does not count and is deleted in 7 days.',
        `If you change your mind later, you can withdraw your signature at any time with this link: ${p.withdrawLink}`,
        'We never publish your email address.',
      ],
      action: 'Confirm my signature',
    }),
  },
  advocacy_follow_up: {
    es: (p) => ({
      subject: p.count === 1 ? 'Un envío sigue sin respuesta' : `${p.count} envíos siguen sin respuesta`,
      lines: [
        `Hola, ${p.displayName}:`,
        `Estos informes se enviaron hace ${p.days} días o más y todavía no hay ninguna respuesta registrada. Quizá sea buen momento para llamar o escribir de nuevo.`,
      ],
      quote: p.items,
      after: ['Cuando llegue una respuesta, regístrala en el panel de incidencia: así aparece en la página pública de la campaña.'],
      action: 'Abrir el panel de incidencia',
    }),
    en: (p) => ({
      subject: p.count === 1 ? 'A send is still waiting for a reply' : `${p.count} sends are still waiting for a reply`,
      lines: [
        `Hello ${p.displayName},`,
        `These briefs were sent ${p.days} or more days ago and no reply has been recorded yet. It may be a good moment to call or write again.`,
      ],
      quote: p.items,
      after: ['When a reply arrives, record it in the advocacy dashboard: it then shows on the campaign\'s public page.'],
      action: 'Open the advocacy dashboard',
    }),
  },
};
