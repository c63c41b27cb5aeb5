import type { TemplateSet } from './mail.templates';

interface ClassParams {
  displayName: string;
  classTitle: string;
  link: string;
}

export type ClassroomTemplate =
  | { name: 'enrolment_active'; params: ClassParams & { startsOn: string } }
  | { name: 'enrolment_waitlisted'; params: ClassParams & { position: number } }
  | { name: 'enrolment_promoted'; params: ClassParams }
  | { name: 'enrolment_removed'; params: ClassParams }
  | { name: 'submission_graded'; params: ClassParams & { assignmentTitle: string; passed: boolean; score: number | null; feedback: string } }
  | { name: 'announcement'; params: ClassParams & { trainerName: string; title: string; body: string } }
  | { name: 'course_completed'; params: ClassParams }
  | { name: 'extra_attempt'; params: ClassParams & { quizTitle: string } };

type ParamsOf<N extends ClassroomTemplate['name']> = Extract<ClassroomTemplate, { name: N }>['params'];

/** Dates arrive as YYYY-MM-DD; say them the way people write them. */
function day(iso: string, locale: 'es' | 'en'): string {
  const [y, m, d] = iso.split('-').map(Number);
  return new Intl.DateTimeFormat(locale === 'es' ? 'es-ES' : 'en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, d)));
}

export const CLASSROOM_TEMPLATES: { [N in ClassroomTemplate['name']]: TemplateSet<ParamsOf<N>> } = {
  enrolment_active: {
    es: (p) => ({
      subject: `Ya estás en la clase «${p.classTitle}»`,
      lines: [`Hola, ${p.displayName}:`, `Tu inscripción en «${p.classTitle}» está confirmada. La clase empieza el ${day(p.startsOn, 'es')}.`, 'Desde la página de la clase puedes leer las lecciones, ver las sesiones en directo y añadirlas a tu calendario.'],
      action: 'Ir a mi clase',
    }),
    en: (p) => ({
      subject: `You are in the class "${p.classTitle}"`,
      lines: [`Hello ${p.displayName},`, `Your place in "${p.classTitle}" is confirmed. The class starts on ${day(p.startsOn, 'en')}.`, 'From the class page you can read the lessons, see the live sessions and add them to your calendar.'],
      action: 'Go to my class',
    }),
  },
  enrolment_waitlisted: {
    es: (p) => ({
      subject: `Estás en la lista de espera de «${p.classTitle}»`,
      lines: [`Hola, ${p.displayName}:`, `La clase «${p.classTitle}» está llena. Te hemos puesto en la lista de espera, en el puesto ${p.position}.`, 'Si alguien deja su plaza, la recibirás por orden de llegada y te avisaremos por correo.'],
      action: 'Ver la clase',
    }),
    en: (p) => ({
      subject: `You are on the waiting list for "${p.classTitle}"`,
      lines: [`Hello ${p.displayName},`, `The class "${p.classTitle}" is full. You are on its waiting list, in position ${p.position}.`, 'If someone leaves, places go in order of arrival and we will tell you by email.'],
      action: 'See the class',
    }),
  },
  enrolment_promoted: {
    es: (p) => ({
      subject: `Tienes plaza en «${p.classTitle}»`,
      lines: [`Hola, ${p.displayName}:`, `Se ha liberado una plaza en «${p.classTitle}» y ahora es tuya. Ya puedes empezar las lecciones.`, 'Si ya no puedes participar, deja la plaza desde la página de la clase para que pase a otra persona.'],
      action: 'Ir a mi clase',
    }),
    en: (p) => ({
      subject: `You have a place in "${p.classTitle}"`,
      lines: [`Hello ${p.displayName},`, `A place has opened in "${p.classTitle}" and it is now yours. You can start the lessons.`, 'If you can no longer take part, leave the class from its page so the place goes to someone else.'],
      action: 'Go to my class',
    }),
  },
  enrolment_removed: {
    es: (p) => ({
      subject: `Ya no estás en la clase «${p.classTitle}»`,
      lines: [`Hola, ${p.displayName}:`, `La persona formadora te ha dado de baja de la clase «${p.classTitle}».`, 'Si crees que es un error, habla con tu formador o formadora: puede volver a inscribirte.'],
      action: 'Ver la clase',
    }),
    en: (p) => ({
      subject: `You are no longer in the class "${p.classTitle}"`,
      lines: [`Hello ${p.displayName},`, `The trainer has removed you from the class "${p.classTitle}".`, 'If you think this is a mistake, talk to your trainer: they can enrol you again.'],
      action: 'See the class',
    }),
  },
  submission_graded: {
    es: (p) => ({
      subject: p.passed ? `Tarea aprobada: «${p.assignmentTitle}»` : `Tu tarea «${p.assignmentTitle}» necesita cambios`,
      lines: [
        `Hola, ${p.displayName}:`,
        p.passed
          ? `Tu tarea «${p.assignmentTitle}» de la clase «${p.classTitle}» está aprobada${p.score === null ? '' : ` con ${p.score} puntos de 100`}.`
          : `Tu tarea «${p.assignmentTitle}» de la clase «${p.classTitle}» todavía no está aprobada${p.score === null ? '' : ` (${p.score} puntos de 100)`}. Puedes mejorarla y enviarla otra vez.`,
        'Comentarios de tu formador o formadora:',
      ],
      quote: p.feedback,
      action: 'Ver mi tarea',
    }),
    en: (p) => ({
      subject: p.passed ? `Assignment passed: "${p.assignmentTitle}"` : `Your assignment "${p.assignmentTitle}" needs changes`,
      lines: [
        `Hello ${p.displayName},`,
        p.passed
          ? `Your assignment "${p.assignmentTitle}" in the class "${p.classTitle}" has passed${p.score === null ? '' : ` with ${p.score} points out of 100`}.`
          : `Your assignment "${p.assignmentTitle}" in the class "${p.classTitle}" has not passed yet${p.score === null ? '' : ` (${p.score} points out of 100)`}. You can improve it and send it again.`,
        "Your trainer's comments:",
      ],
      quote: p.feedback,
      action: 'See my assignment',
    }),
  },
  announcement: {
    es: (p) => ({
      subject: `${p.classTitle}: ${p.title}`,
      lines: [`Hola, ${p.displayName}:`, `${p.trainerName} ha publicado un aviso en la clase «${p.classTitle}»:`],
      quote: `${p.title}\n\n${p.body}`,
      action: 'Ver la clase',
    }),
    en: (p) => ({
      subject: `${p.classTitle}: ${p.title}`,
      lines: [`Hello ${p.displayName},`, `${p.trainerName} has posted an announcement in the class "${p.classTitle}":`],
      quote: `${p.title}\n\n${p.body}`,
      action: 'See the class',
    }),
  },
  course_completed: {
    es: (p) => ({
      subject: `¡Has completado «${p.classTitle}»!`,
      lines: [`Hola, ${p.displayName}:`, `Enhorabuena: has terminado todas las lecciones, cuestionarios y tareas de «${p.classTitle}».`, 'Gracias por tu esfuerzo. Lo que has aprendido es tuyo: puedes volver a leer las lecciones cuando quieras.'],
      action: 'Ver mi aprendizaje',
    }),
    en: (p) => ({
      subject: `You have completed "${p.classTitle}"!`,
      lines: [`Hello ${p.displayName},`, `Congratulations: you have finished every lesson, quiz and assignment of "${p.classTitle}".`, 'Thank you for your effort. What you have learnt is yours: you can read the lessons again whenever you like.'],
      action: 'See my learning',
    }),
  },
  extra_attempt: {
    es: (p) => ({
      subject: `Tienes un intento más en «${p.quizTitle}»`,
      lines: [`Hola, ${p.displayName}:`, `Tu formador o formadora te ha dado un intento más en el cuestionario «${p.quizTitle}» de la clase «${p.classTitle}».`, 'Antes de intentarlo, vuelve a leer las lecciones con calma.'],
      action: 'Ir al cuestionario',
    }),
    en: (p) => ({
      subject: `You have one more attempt at "${p.quizTitle}"`,
      lines: [`Hello ${p.displayName},`, `Your trainer has given you one more attempt at the quiz "${p.quizTitle}" in the class "${p.classTitle}".`, 'Before you try, read the lessons again calmly.'],
      action: 'Go to the quiz',
    }),
  },
};
