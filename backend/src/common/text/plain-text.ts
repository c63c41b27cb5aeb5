/**
 * Prose typed by people (submissions, feedback, announcements): CRLF becomes LF, control characters other
 * than tab and newline are dropped (they only ever arrive by accident or to break something), ends trimmed.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

export function cleanProse(value: string): string {
  return value.replace(/\r\n?/g, '\n').replace(CONTROL, '').trim();
}

/** class-transformer `@Transform` for prose fields; non-strings pass through for the validators to refuse. */
export const cleanProseTransform = ({ value }: { value: unknown }): unknown => (typeof value === 'string' ? cleanProse(value) : value);

/** A one-line field (a title, a topic): every run of white space, line breaks included, becomes one space. */
export function cleanLine(value: string): string {
  return cleanProse(value).replace(/\s+/g, ' ');
}

export const cleanLineTransform = ({ value }: { value: unknown }): unknown => (typeof value === 'string' ? cleanLine(value) : value);
