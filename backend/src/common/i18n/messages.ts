import type { Locale } from '../../modules/users/user.entity';

type Dict = Record<string, { es: string; en: string }>;

/** User-facing API messages. `{name}` placeholders are filled from params. */
export const MESSAGES = {
  'validation.failed': { es: 'Algunos datos no son válidos. Revisa los campos indicados.', en: 'Some data is not valid. Check the fields listed.' },
  'body.malformed': { es: 'El cuerpo de la petición no es JSON válido.', en: 'The request body is not valid JSON.' },
  'body.not_object': { es: 'El cuerpo de la petición debe ser un objeto JSON.', en: 'The request body must be a JSON object.' },
  'body.too_large': { es: 'El cuerpo de la petición supera el límite de 1 MB.', en: 'The request body exceeds the 1 MB limit.' },
  'body.unsupported': { es: 'Envía los datos como JSON (Content-Type: application/json).', en: 'Send the data as JSON (Content-Type: application/json).' },
  'route.not_found': { es: 'No existe la ruta {method} {path}.', en: 'There is no route {method} {path}.' },
  'not_found': { es: 'No encontrado.', en: 'Not found.' },
  'auth.required': { es: 'Inicia sesión para continuar.', en: 'Please log in to continue.' },
  'auth.forbidden': { es: 'No tienes permiso para hacer esto.', en: 'You do not have permission to do this.' },
  'auth.bad_origin': {
    es: 'Petición rechazada: el origen no coincide con el de Puente.',
    en: 'Request refused: its origin does not match Puente.',
  },
  'auth.email_taken': { es: 'Ya existe una cuenta con ese correo.', en: 'An account with that email already exists.' },
  'auth.invalid_credentials': { es: 'Correo o contraseña incorrectos.', en: 'Wrong email or password.' },
  'auth.too_many_failures': {
    es: 'Demasiados intentos fallidos. Vuelve a intentarlo en {minutes} minutos.',
    en: 'Too many failed attempts. Try again in {minutes} minutes.',
  },
  'auth.too_many_failures_one': {
    es: 'Demasiados intentos fallidos. Vuelve a intentarlo en 1 minuto.',
    en: 'Too many failed attempts. Try again in 1 minute.',
  },
  'auth.invalid_token': { es: 'El enlace no es válido o ha caducado.', en: 'The link is not valid or has expired.' },
  'rate_limited': { es: 'Demasiadas peticiones. Espera un momento.', en: 'Too many requests. Please wait a moment.' },
  'users.not_found': { es: 'Usuario no encontrado.', en: 'User not found.' },
  'users.last_admin': {
    es: 'No puedes quitar el rol de administración a la última persona que lo tiene.',
    en: 'You cannot remove the admin role from the last admin.',
  },
  'courses.not_found': { es: 'No existe ese curso.', en: 'There is no such course.' },
  'classes.not_found': { es: 'No existe esa clase.', en: 'There is no such class.' },
  'classes.not_yours': { es: 'Solo la persona formadora de esta clase (o administración) puede cambiarla.', en: 'Only the trainer of this class (or an admin) can change it.' },
  'classroom.not_enrolled': { es: 'Esta parte de la clase es solo para quienes están inscritos en ella.', en: 'This part of the class is only for people enrolled in it.' },
  'enrolments.not_found': { es: 'No existe esa inscripción.', en: 'There is no such enrolment.' },
  'enrolments.closed': { es: 'La inscripción en esta clase está cerrada.', en: 'Enrolment in this class is closed.' },
  'enrolments.class_ended': { es: 'Esta clase ya ha terminado.', en: 'This class has already ended.' },
  'enrolments.own_class': { es: 'No puedes inscribirte en una clase que impartes tú.', en: 'You cannot enrol in a class you teach.' },
  'enrolments.email_unverified': {
    es: 'Confirma tu correo antes de inscribirte: así podremos avisarte de lo que pase en la clase.',
    en: 'Confirm your email before enrolling, so we can tell you what happens in the class.',
  },
  'enrolments.user_not_found': { es: 'No hay ninguna cuenta confirmada con ese correo.', en: 'There is no confirmed account with that email.' },
  'enrolments.completed': { es: 'Esta persona ya ha completado la clase; su inscripción no se puede cancelar.', en: 'This person has already completed the class; the enrolment cannot be cancelled.' },
  'enrolments.removed': {
    es: 'La persona formadora te dio de baja de esta clase. Si quieres volver, habla con ella: puede inscribirte de nuevo.',
    en: 'The trainer removed you from this class. If you want to come back, talk to them: they can enrol you again.',
  },
  'enrolments.not_active': {
    es: 'Esta inscripción ya no está activa. Mira en la página de la clase si puedes volver a inscribirte.',
    en: 'This enrolment is no longer active. See on the class page whether you can enrol again.',
  },
  'lessons.not_found': { es: 'No existe esa lección en este curso.', en: 'There is no such lesson in this course.' },
  'quizzes.not_found': { es: 'No existe ese cuestionario en este curso.', en: 'There is no such quiz in this course.' },
  'quizzes.no_attempts_left': {
    es: 'Ya has usado los {max} intentos de este cuestionario. Si necesitas otro, pídeselo a tu formador o formadora.',
    en: 'You have used all {max} attempts at this quiz. If you need another, ask your trainer.',
  },
  'quizzes.already_passed': { es: 'Ya has aprobado este cuestionario.', en: 'You have already passed this quiz.' },
  'assignments.not_found': { es: 'No existe esa tarea en este curso.', en: 'There is no such assignment in this course.' },
  'assignments.already_passed': { es: 'Esta tarea ya está aprobada.', en: 'This assignment has already passed.' },
  'submissions.not_found': { es: 'No existe esa entrega.', en: 'There is no such submission.' },
  'submissions.already_graded': { es: 'Esta entrega ya está corregida.', en: 'This submission has already been graded.' },
  'sessions.not_found': { es: 'No existe esa sesión en esta clase.', en: 'There is no such session in this class.' },
  'attendance.not_started': { es: 'Solo se puede pasar lista de una sesión que ya ha empezado.', en: 'Attendance can only be taken for a session that has started.' },
  'officials.not_found': { es: 'No existe esa autoridad en el directorio.', en: 'There is no such official in the directory.' },
  'officials.email_taken': { es: 'Ya hay otra autoridad con ese correo en el directorio.', en: 'Another official in the directory has that email.' },
  'officials.import_unreadable': { es: 'No se ha podido leer el archivo: {problem}', en: 'The file could not be read: {problem}' },
  'officials.import_empty': { es: 'El archivo no tiene filas de datos (solo la cabecera).', en: 'The file has no data rows (only the header).' },
  'campaigns.not_found': { es: 'No existe esa campaña.', en: 'There is no such campaign.' },
  'campaigns.not_yours': { es: 'Solo quien lleva esta campaña (o administración) puede hacer esto.', en: 'Only the people running this campaign (or an admin) can do this.' },
  'campaigns.team_owner_only': { es: 'Solo la persona responsable de la campaña (o administración) puede cambiar el equipo.', en: 'Only the campaign owner (or an admin) can change the team.' },
  'campaigns.signing_closed': { es: 'Esta campaña ya no recoge firmas.', en: 'This campaign is no longer collecting signatures.' },
  'signatures.invalid_token': { es: 'El enlace no es válido o ha caducado. Si firmaste hace más de 7 días sin confirmar, vuelve a firmar.', en: 'The link is not valid or has expired. If you signed more than 7 days ago without confirming, sign again.' },
  'briefs.not_found': { es: 'No existe ese informe.', en: 'There is no such brief.' },
  'briefs.version_not_found': { es: 'Ese informe no tiene esa versión.', en: 'That brief has no such version.' },
  'sends.not_found': { es: 'No existe ese envío.', en: 'There is no such send.' },
  'sends.campaign_draft': { es: 'Publica la campaña antes de enviar el informe: el correo enlaza a su página pública.', en: 'Publish the campaign before sending the brief: the email links to its public page.' },
  'sends.no_recipients': {
    es: 'No hay a quién enviar: las autoridades elegidas no tienen correo, no están activas, tienen el contacto pendiente de comprobar o ya recibieron esta versión del informe.',
    en: 'There is nobody to send to: the chosen officials have no email, are not active, have a contact waiting to be checked or already received this version of the brief.',
  },
  'deliveries.not_found': { es: 'No existe ese correo enviado.', en: 'There is no such delivery.' },
  'deliveries.not_sent': { es: 'Solo se puede registrar una respuesta de un correo que ya salió.', en: 'A reply can only be recorded for an email that went out.' },
  'deliveries.not_retryable': { es: 'Solo se puede reintentar un correo fallido o rebotado.', en: 'Only a failed or bounced email can be retried.' },
  'deliveries.no_address': { es: 'Esta autoridad no tiene correo o no está activa: corrígelo en el directorio antes de reintentar.', en: 'This official has no email or is not active: fix it in the directory before retrying.' },
  'certificates.not_found': {
    es: 'No hay ningún certificado con ese código. Comprueba que lo has copiado entero (25 letras y números).',
    en: 'There is no certificate with that code. Check that you copied all of it (25 letters and digits).',
  },
  'certificates.not_completed': { es: 'Esta persona todavía no ha completado el curso.', en: 'This learner has not completed the course yet.' },
  'certificates.learner_gone': { es: 'La cuenta de esta persona se ha eliminado.', en: 'This learner\'s account has been deleted.' },
  'certificates.already_revoked': { es: 'Este certificado ya está revocado.', en: 'This certificate has already been revoked.' },
  'certificates.not_yours': { es: 'Solo la persona formadora de la clase (o administración) puede revocar este certificado.', en: 'Only the trainer of the class (or an admin) can revoke this certificate.' },
  'certificates.erased': { es: 'La credencial de este certificado se eliminó con la cuenta de su titular.', en: 'This certificate\'s credential was deleted with its holder\'s account.' },
  'certificates.batch_not_found': { es: 'No existe esa emisión de certificados en esta clase.', en: 'There is no such certificate run in this class.' },
  'certificates.status_list_not_found': { es: 'No existe esa lista de estado.', en: 'There is no such status list.' },
  'news.not_found': { es: 'No existe esa noticia.', en: 'There is no such news item.' },
  'legal.not_found': { es: 'No existe ese tema en la comparativa legal.', en: 'There is no such topic in the law comparison.' },
  'news.source_not_found': { es: 'No existe esa fuente.', en: 'There is no such source.' },
  'news.ingest_running': { es: 'Ya se están leyendo las fuentes en este momento. Vuelve a mirar en unos minutos.', en: 'The sources are being read right now. Check again in a few minutes.' },
  'news.published_locked': {
    es: 'Esta noticia ya está publicada: no se cambia su texto. Añade una corrección, que queda a la vista.',
    en: 'This item is published: its text is not changed. Add a correction, which stays visible.',
  },
  'news.wrong_status': { es: 'Esta noticia no está en un estado que permita hacer esto ({status}).', en: 'This item is not in a state that allows this ({status}).' },
  'news.own_verification': {
    es: 'Otra persona editora debe verificarla: no puede hacerlo quien la escribió ni quien la editó por última vez.',
    en: 'Another editor must verify it: not whoever wrote it or edited it last.',
  },
  'news.not_published': { es: 'Solo se corrige una noticia publicada.', en: 'Only a published item can be corrected.' },
  'forum.question_not_found': { es: 'No existe esa pregunta o no está a la vista.', en: 'There is no such question, or it is not shown.' },
  'forum.answer_not_found': { es: 'No existe esa respuesta o no está a la vista.', en: 'There is no such answer, or it is not shown.' },
  'forum.post_not_found': { es: 'No existe esa publicación.', en: 'There is no such post.' },
  'forum.locked': { es: 'Esta pregunta está cerrada: ya no admite respuestas ni cambios.', en: 'This question is locked: it takes no more answers or changes.' },
  'forum.cannot_accept': {
    es: 'Solo quien hizo la pregunta, una persona asesora o moderación pueden marcar la respuesta aceptada.',
    en: 'Only the person who asked, a counsellor or a moderator can mark the accepted answer.',
  },
  'forum.suspended': { es: 'Tu cuenta no puede publicar en el foro ni en los blogs hasta el {until}.', en: 'Your account cannot post in the forum or the blogs until {until}.' },
  'forum.rate_limited_questions': {
    es: 'Las cuentas nuevas pueden hacer {limit} preguntas al día. Podrás hacer otra dentro de {minutes} minutos.',
    en: 'New accounts can ask {limit} questions a day. You can ask another in {minutes} minutes.',
  },
  'forum.rate_limited_answers': {
    es: 'Las cuentas nuevas pueden publicar {limit} respuestas al día. Podrás publicar otra dentro de {minutes} minutos.',
    en: 'New accounts can post {limit} answers a day. You can post another in {minutes} minutes.',
  },
  'forum.rate_limited_reports': {
    es: 'Las cuentas nuevas pueden hacer {limit} denuncias al día. Podrás hacer otra dentro de {minutes} minutos.',
    en: 'New accounts can make {limit} reports a day. You can make another in {minutes} minutes.',
  },
  'forum.already_reported': { es: 'Ya denunciaste esta publicación; moderación la revisará.', en: 'You have already reported this post; moderators will review it.' },
  'forum.post_deleted': { es: 'Esta publicación se eliminó y no se puede volver a mostrar.', en: 'This post was deleted and cannot be shown again.' },
  'forum.word_not_found': { es: 'Esa palabra no está en la lista.', en: 'That word is not on the list.' },
  'forum.claimed': { es: '{name} ya se está encargando de esta pregunta.', en: '{name} is already taking care of this question.' },
  'forum.not_your_claim': { es: 'Solo quien la reservó o moderación pueden liberar esta pregunta.', en: 'Only whoever claimed it or a moderator can release this question.' },
  'forum.not_counsellor': { es: 'Esta cuenta no tiene el rol de asesoría.', en: 'This account does not have the counsellor role.' },
  'blog.post_not_found': { es: 'No existe esa entrada o no está a la vista.', en: 'There is no such post, or it is not shown.' },
  'blog.author_not_found': { es: 'No existe esa persona autora.', en: 'There is no such author.' },
  'blog.comment_not_found': { es: 'No existe ese comentario.', en: 'There is no such comment.' },
  'blog.not_author': { es: 'Solo quien escribió esta entrada puede cambiarla o borrarla.', en: 'Only the author of this post can change or delete it.' },
  'blog.cannot_delete_comment': {
    es: 'Solo quien escribió el comentario o la entrada puede borrarlo.',
    en: 'Only the author of the comment or of the post can delete it.',
  },
  'blog.comments_closed': { es: 'Quien escribió esta entrada cerró los comentarios.', en: 'The author of this post has closed comments.' },
  'blog.not_published': { es: 'Esta entrada aún es un borrador: no admite comentarios.', en: 'This post is still a draft: it takes no comments.' },
  'blog.rate_limited_posts': {
    es: 'Las cuentas nuevas pueden escribir {limit} entradas al día. Podrás escribir otra dentro de {minutes} minutos.',
    en: 'New accounts can write {limit} posts a day. You can write another in {minutes} minutes.',
  },
  'blog.rate_limited_comments': {
    es: 'Las cuentas nuevas pueden publicar {limit} comentarios al día. Podrás publicar otro dentro de {minutes} minutos.',
    en: 'New accounts can post {limit} comments a day. You can post another in {minutes} minutes.',
  },
  'blog.slug_taken': { es: 'No se pudo crear la dirección de la entrada. Vuelve a intentarlo.', en: 'The post address could not be created. Please try again.' },
  'notifications.not_found': { es: 'No existe ese aviso.', en: 'There is no such notification.' },
  'notifications.bad_unsubscribe': {
    es: 'Este enlace para dejar de recibir correos no es válido. Puedes cambiar tus avisos en «Mi cuenta».',
    en: 'This unsubscribe link is not valid. You can change your notifications in "My account".',
  },
  'messages.user_not_found': { es: 'No existe esa persona.', en: 'There is no such person.' },
  'messages.thread_not_found': { es: 'No existe esa conversación.', en: 'There is no such conversation.' },
  'messages.question_not_found': { es: 'No existe esa pregunta.', en: 'There is no such question.' },
  'messages.to_self': { es: 'No puedes escribirte a ti misma ni a ti mismo.', en: 'You cannot write to yourself.' },
  'messages.cannot_write': { es: 'No puedes escribir a esta persona.', en: 'You cannot write to this person.' },
  'messages.recipient_nobody': { es: 'Esta persona no recibe mensajes privados.', en: 'This person does not receive private messages.' },
  'messages.recipient_classmates': {
    es: 'Esta persona solo recibe mensajes de quienes comparten una clase con ella.',
    en: 'This person only receives messages from people who share a class with them.',
  },
  'messages.not_your_claim': {
    es: 'Solo quien tiene reservada esta pregunta puede escribir a quien la hizo.',
    en: 'Only the counsellor who has claimed this question can write to its asker.',
  },
  'messages.cannot_block_self': { es: 'No puedes bloquearte a ti misma ni a ti mismo.', en: 'You cannot block yourself.' },
  'messages.rate_limited_messages': {
    es: 'Las cuentas nuevas pueden enviar {limit} mensajes al día. Podrás enviar otro dentro de {minutes} minutos.',
    en: 'New accounts can send {limit} messages a day. You can send another in {minutes} minutes.',
  },
  'messages.rate_limited_threads': {
    es: 'Las cuentas nuevas pueden empezar {limit} conversaciones al día. Podrás empezar otra dentro de {minutes} minutos.',
    en: 'New accounts can start {limit} conversations a day. You can start another in {minutes} minutes.',
  },
  'internal': { es: 'Error interno. Ya lo estamos revisando.', en: 'Internal error. We are looking into it.' },
  'unavailable': { es: 'Servicio no disponible temporalmente.', en: 'Service temporarily unavailable.' },
} satisfies Dict;

export type MessageKey = keyof typeof MESSAGES;

export function translate(key: MessageKey, locale: Locale, params: Record<string, string | number> = {}): string {
  const template = MESSAGES[key][locale];
  return template.replace(/\{(\w+)\}/g, (_, k: string) => (k in params ? String(params[k]) : `{${k}}`));
}

/** Field-rule messages for validation details. */
const RULES: Record<string, { es: string; en: string }> = {
  isDefined: { es: 'es obligatorio', en: 'is required' },
  isNotEmpty: { es: 'no puede estar vacío', en: 'must not be empty' },
  isString: { es: 'debe ser un texto', en: 'must be a string' },
  isBoolean: { es: 'debe ser verdadero o falso', en: 'must be true or false' },
  isInt: { es: 'debe ser un número entero', en: 'must be an integer' },
  isNumber: { es: 'debe ser un número', en: 'must be a number' },
  isArray: { es: 'debe ser una lista', en: 'must be a list' },
  isEmail: { es: 'debe ser un correo electrónico válido', en: 'must be a valid email address' },
  isUUID: { es: 'debe ser un identificador válido', en: 'must be a valid identifier' },
  isIn: { es: 'debe ser uno de: {0}', en: 'must be one of: {0}' },
  isEnum: { es: 'debe ser uno de los valores permitidos', en: 'must be one of the allowed values' },
  minLength: { es: 'debe tener al menos {0} caracteres', en: 'must be at least {0} characters long' },
  maxLength: { es: 'debe tener como máximo {0} caracteres', en: 'must be at most {0} characters long' },
  min: { es: 'debe ser como mínimo {0}', en: 'must be at least {0}' },
  max: { es: 'debe ser como máximo {0}', en: 'must be at most {0}' },
  arrayMaxSize: { es: 'admite como máximo {0} elementos', en: 'accepts at most {0} items' },
  arrayMinSize: { es: 'necesita al menos {0} elementos', en: 'needs at least {0} items' },
  matches: { es: 'no tiene el formato esperado', en: 'does not have the expected format' },
  noNulCharacter: { es: 'contiene un carácter nulo (\\0) que no se admite', en: 'contains a NUL character (\\0), which is not accepted' },
  courseExists: { es: 'no corresponde a ningún curso', en: 'does not match any course' },
  notBeforeStart: { es: 'no puede ser anterior a la fecha de inicio', en: 'cannot be before the start date' },
  timeZone: { es: 'debe ser una zona horaria válida, por ejemplo Europe/Madrid o America/Guayaquil', en: 'must be a valid time zone, e.g. Europe/Madrid or America/Guayaquil' },
  withinClassDates: { es: 'debe caer entre las fechas de la clase', en: 'must fall within the class dates' },
  requiredForMode: { es: 'es obligatorio en clases presenciales o híbridas', en: 'is required for in-person or hybrid classes' },
  isUrl: { es: 'debe ser una dirección web completa que empiece por https://', en: 'must be a full web address starting with https://' },
  unknownQuestion: { es: 'no es una pregunta de este cuestionario', en: 'is not a question of this quiz' },
  unknownOption: { es: 'contiene una opción que no existe en esta pregunta', en: 'contains an option this question does not have' },
  singleChoice: { es: 'admite una sola respuesta', en: 'accepts only one answer' },
  enrolledLearners: { es: 'solo puede contener personas inscritas en la clase', en: 'may only contain people enrolled in the class' },
  sessionStarted: { es: 'debe ser una sesión que ya ha empezado', en: 'must be a session that has started' },
  advocateAccount: { es: 'no corresponde a ninguna cuenta con rol de incidencia', en: 'does not match any account with the advocate role' },
  publishFirst: { es: 'no puede pasar a «cerrada» una campaña que nunca se publicó', en: 'cannot become closed: the campaign was never published' },
  needsVerification: { es: 'incluye autoridades cuyo contacto está pendiente de comprobar', en: 'includes officials whose contact is waiting to be checked' },
  slugTaken: { es: 'ya lo usa otra campaña', en: 'is already used by another campaign' },
  notEquals: { es: 'es una palabra reservada', en: 'is a reserved word' },
  equals: { es: 'debe aceptarse', en: 'must be accepted' },
  oneOfTargets: { es: 'no se puede usar junto con officialIds: elige destinatarios uno a uno o por filtro', en: 'cannot be used together with officialIds: choose recipients one by one or by filter' },
  afterSending: { es: 'no puede ser anterior al envío', en: 'cannot be before the email was sent' },
  notInFuture: { es: 'no puede estar en el futuro', en: 'cannot be in the future' },
  feedTaken: { es: 'ya lo usa otra fuente', en: 'is already used by another source' },
  feedRequired: { es: 'es obligatorio para activar la fuente', en: 'is required to make the source active' },
  isNewsTag: { es: 'contiene un tema que no existe', en: 'contains a topic that does not exist' },
  forumCategory: { es: 'no es una categoría del foro', en: 'is not a forum category' },
  isQuestion: { es: 'debe ser una pregunta, no una respuesta', en: 'must be a question, not an answer' },
  notOwnPost: { es: 'no puede ser una publicación tuya', en: 'cannot be one of your own posts' },
  watchedWord: { es: 'contiene una palabra que no se admite en Puente: «{0}»', en: 'contains a word not allowed on Puente: "{0}"' },
  oneRecipient: { es: 'indica a quién escribes: toUserId, questionId o threadId (solo uno)', en: 'say who you are writing to: toUserId, questionId or threadId (only one)' },
  whitelistValidation: { es: 'no es un campo admitido', en: 'is not an accepted field' },
  nestedValidation: { es: 'tiene un formato no válido', en: 'has an invalid shape' },
};

export function ruleMessage(rule: string, field: string, locale: Locale, args: unknown[] = []): string {
  const t = RULES[rule];
  if (!t) return locale === 'es' ? `El campo «${field}» no es válido` : `The field "${field}" is not valid`;
  const text = t[locale].replace(/\{(\d+)\}/g, (_, i: string) => {
    const v = args[Number(i)];
    if (Array.isArray(v)) return v.join(', ');
    return typeof v === 'string' || typeof v === 'number' ? String(v) : '';
  });
  return locale === 'es' ? `El campo «${field}» ${text}` : `The field "${field}" ${text}`;
}
