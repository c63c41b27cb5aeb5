import type { TemplateSet } from './mail.templates';

interface NewAnswerParams {
  displayName: string;
  /** Already scrubbed of personal data, as published. */
  questionTitle: string;
  byCounsellor: boolean;
  link: string;
}

interface DigestParams {
  displayName: string;
  /** One line per overdue question: title (as published), category and how long it has waited. */
  items: string;
  count: number;
  hours: number;
  link: string;
}

export type ForumTemplate = { name: 'forum_new_answer'; params: NewAnswerParams } | { name: 'forum_counsellor_digest'; params: DigestParams };

type ParamsOf<N extends ForumTemplate['name']> = Extract<ForumTemplate, { name: N }>['params'];

export const FORUM_TEMPLATES: { [N in ForumTemplate['name']]: TemplateSet<ParamsOf<N>> } = {
  forum_new_answer: {
    es: (p) => ({
      subject: p.byCounsellor ? `Una persona asesora ha respondido a tu pregunta` : `Nueva respuesta a tu pregunta`,
      lines: [
        `Hola, ${p.displayName}:`,
        `${p.byCounsellor ? 'Una persona asesora verificada ha respondido' : 'Hay una respuesta nueva'} a tu pregunta «${p.questionTitle}» en el foro de Puente.`,
        'Si te ayuda a resolver tu duda, puedes marcarla como respuesta aceptada. Si tu pregunta es anónima, sigue siéndolo: nadie más recibe este aviso ni ve tu correo.',
        'Recuerda que las respuestas del foro son información general, no asesoramiento legal para tu caso.',
      ],
      action: 'Leer la respuesta',
    }),
    en: (p) => ({
      subject: p.byCounsellor ? 'A counsellor has answered your question' : 'New answer to your question',
      lines: [
        `Hello ${p.displayName},`,
        `${p.byCounsellor ? 'A verified counsellor has answered' : 'There is a new answer to'} your question "${p.questionTitle}" in the Puente forum.`,
        'If it solves your doubt, you can mark it as the accepted answer. If your question is anonymous, it stays so: nobody else gets this notice or sees your email.',
        'Remember that forum answers are general information, not legal advice for your case.',
      ],
      action: 'Read the answer',
    }),
  },
  forum_counsellor_digest: {
    es: (p) => ({
      subject: p.count === 1 ? `Una pregunta del foro lleva más de ${p.hours} horas sin respuesta` : `${p.count} preguntas del foro llevan más de ${p.hours} horas sin respuesta`,
      lines: [`Hola, ${p.displayName}:`, `Estas preguntas siguen sin respuesta de una persona asesora después de ${p.hours} horas (la más antigua primero):`],
      quote: p.items,
      after: ['Puedes reservar una en la cola para que el resto sepa que te encargas tú.'],
      action: 'Abrir la cola del foro',
    }),
    en: (p) => ({
      subject: p.count === 1 ? `A forum question has waited over ${p.hours} hours` : `${p.count} forum questions have waited over ${p.hours} hours`,
      lines: [`Hello ${p.displayName},`, `These questions still have no counsellor answer after ${p.hours} hours (oldest first):`],
      quote: p.items,
      after: ['You can claim one in the queue so the others know you are on it.'],
      action: 'Open the forum queue',
    }),
  },
};
