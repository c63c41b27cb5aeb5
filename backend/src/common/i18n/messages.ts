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
