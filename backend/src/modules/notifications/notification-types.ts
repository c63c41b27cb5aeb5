import type { Locale } from '../users/user.entity';

export const NOTIFICATION_TYPES = ['forum_answer', 'message', 'grade', 'announcement', 'enrolment', 'certificate'] as const;
export type NotificationType = (typeof NOTIFICATION_TYPES)[number];

export const NOTIFICATION_MODES = ['immediately', 'daily', 'never'] as const;
export type NotificationMode = (typeof NOTIFICATION_MODES)[number];

/**
 * Each type is about the person directly (their question, their work, their class), so by default it is
 * mailed at once, as these features always did; people choose a digest or silence per type.
 */
export const DEFAULT_MODES: Record<NotificationType, NotificationMode> = {
  forum_answer: 'immediately',
  message: 'immediately',
  grade: 'immediately',
  announcement: 'immediately',
  enrolment: 'immediately',
  certificate: 'immediately',
};

export type EnrolmentChange = 'active' | 'waitlisted' | 'promoted' | 'removed' | 'completed';

/** What each type carries: plain text and numbers only, rendered into words in the reader's language. */
export interface NotificationParamsByType {
  forum_answer: { questionTitle: string; byCounsellor: boolean };
  message: { fromName: string };
  grade: { classTitle: string; itemTitle: string; kind: 'quiz' | 'assignment' | 'extra_attempt'; passed: boolean };
  announcement: { classTitle: string; title: string };
  enrolment: { classTitle: string; change: EnrolmentChange };
  certificate: { courseTitle: string; change: 'issued' | 'revoked' };
}

export type NotificationParams = Record<string, string | number | boolean>;

/** Plain text only: control characters out, whitespace folded, length capped (a title, not a document). */
export function plainParam(v: unknown): string | number | boolean {
  if (typeof v === 'number' || typeof v === 'boolean') return v;
  return (typeof v === 'string' ? v : '')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 200);
}

export interface NotificationText {
  title: string;
  body: string;
}

type Texts = { [T in NotificationType]: Record<Locale, (p: NotificationParamsByType[T]) => NotificationText> };

const ENROLMENT: Record<EnrolmentChange, Record<Locale, (c: string) => NotificationText>> = {
  active: {
    es: (c) => ({ title: `Ya estás en la clase «${c}»`, body: 'Tu inscripción está confirmada.' }),
    en: (c) => ({ title: `You are in the class "${c}"`, body: 'Your place is confirmed.' }),
  },
  waitlisted: {
    es: (c) => ({ title: `Estás en la lista de espera de «${c}»`, body: 'Te avisaremos si se libera una plaza.' }),
    en: (c) => ({ title: `You are on the waiting list for "${c}"`, body: 'We will tell you if a place opens.' }),
  },
  promoted: {
    es: (c) => ({ title: `Tienes plaza en «${c}»`, body: 'Se liberó una plaza y ahora es tuya.' }),
    en: (c) => ({ title: `You have a place in "${c}"`, body: 'A place opened and it is now yours.' }),
  },
  removed: {
    es: (c) => ({ title: `Ya no estás en la clase «${c}»`, body: 'La persona formadora te dio de baja.' }),
    en: (c) => ({ title: `You are no longer in the class "${c}"`, body: 'The trainer removed you from the class.' }),
  },
  completed: {
    es: (c) => ({ title: `Has completado «${c}»`, body: '¡Enhorabuena por terminar la clase!' }),
    en: (c) => ({ title: `You have completed "${c}"`, body: 'Congratulations on finishing the class!' }),
  },
};

const TEXTS: Texts = {
  forum_answer: {
    es: (p) => ({ title: p.byCounsellor ? 'Una persona asesora respondió a tu pregunta' : 'Nueva respuesta a tu pregunta', body: `«${p.questionTitle}»` }),
    en: (p) => ({ title: p.byCounsellor ? 'A counsellor answered your question' : 'New answer to your question', body: `"${p.questionTitle}"` }),
  },
  message: {
    es: (p) => ({ title: `Mensaje nuevo de ${p.fromName}`, body: 'Ábrelo para leerlo y responder.' }),
    en: (p) => ({ title: `New message from ${p.fromName}`, body: 'Open it to read and reply.' }),
  },
  grade: {
    es: (p) => ({
      title: p.kind === 'extra_attempt' ? `Tienes un intento más en «${p.itemTitle}»` : p.passed ? `Aprobado: «${p.itemTitle}»` : `«${p.itemTitle}» necesita cambios`,
      body: `Clase «${p.classTitle}»`,
    }),
    en: (p) => ({
      title: p.kind === 'extra_attempt' ? `You have one more attempt at "${p.itemTitle}"` : p.passed ? `Passed: "${p.itemTitle}"` : `"${p.itemTitle}" needs changes`,
      body: `Class "${p.classTitle}"`,
    }),
  },
  announcement: {
    es: (p) => ({ title: `Aviso en «${p.classTitle}»`, body: p.title }),
    en: (p) => ({ title: `Announcement in "${p.classTitle}"`, body: p.title }),
  },
  enrolment: {
    es: (p) => (ENROLMENT[p.change] ?? ENROLMENT.active).es(p.classTitle),
    en: (p) => (ENROLMENT[p.change] ?? ENROLMENT.active).en(p.classTitle),
  },
  certificate: {
    es: (p) => (p.change === 'revoked' ? { title: `Tu certificado de «${p.courseTitle}» fue revocado`, body: 'Quien lo compruebe verá que no es válido.' } : { title: `Tu certificado de «${p.courseTitle}» está listo`, body: 'Puedes descargarlo en «Mis certificados».' }),
    en: (p) => (p.change === 'revoked' ? { title: `Your certificate for "${p.courseTitle}" was revoked`, body: 'Anyone who checks it will see it is not valid.' } : { title: `Your certificate for "${p.courseTitle}" is ready`, body: 'You can download it from "My certificates".' }),
  },
};

/** The title and line of a notification in one language. */
export function renderNotification(type: NotificationType, params: NotificationParams, locale: Locale): NotificationText {
  const set = TEXTS[type] as Record<Locale, (p: NotificationParams) => NotificationText> | undefined;
  if (!set) return { title: type, body: '' };
  return set[locale](params);
}

/** What each type is called in the preferences form and the unsubscribe page. */
export const TYPE_LABELS: Record<NotificationType, Record<Locale, string>> = {
  forum_answer: { es: 'Respuestas a tus preguntas del foro', en: 'Answers to your forum questions' },
  message: { es: 'Mensajes privados', en: 'Private messages' },
  grade: { es: 'Notas de cuestionarios y tareas', en: 'Quiz and assignment grades' },
  announcement: { es: 'Avisos de tus clases', en: 'Announcements in your classes' },
  enrolment: { es: 'Cambios en tus inscripciones', en: 'Changes to your enrolments' },
  certificate: { es: 'Certificados', en: 'Certificates' },
};
