import ICAL from 'ical.js';
import { buildCalendar } from './ics';

describe('buildCalendar', () => {
  const cal = buildCalendar('Plan de negocio, grupo de Madrid; otoño', [
    {
      uid: 'a1@puente',
      start: new Date('2026-12-03T17:00:00Z'),
      minutes: 90,
      summary: 'Sesión 1: costes, precios; y «punto de equilibrio»',
      description: 'Trae tu cuaderno.\nHablaremos del flujo de caja con ejemplos de Quito y de Madrid, paso a paso, con calma y con preguntas al final de la sesión.',
      url: 'https://meet.example.org/abc',
    },
  ], new Date('2026-11-27T10:00:00Z'));

  it('is accepted by a real RFC 5545 parser, with every field intact', () => {
    const comp = new ICAL.Component(ICAL.parse(cal));
    const [event] = comp.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(event.uid).toBe('a1@puente');
    expect(event.summary).toBe('Sesión 1: costes, precios; y «punto de equilibrio»');
    expect(event.description).toContain('\nHablaremos del flujo de caja');
    expect(event.startDate.toJSDate().toISOString()).toBe('2026-12-03T17:00:00.000Z');
    expect(event.endDate.toJSDate().toISOString()).toBe('2026-12-03T18:30:00.000Z');
    // An X- property reaches the parser untyped, so it comes back with the TEXT escaping still on.
    expect(comp.getFirstPropertyValue('x-wr-calname')).toBe('Plan de negocio\\, grupo de Madrid\\; otoño');
  });

  it('uses CRLF and folds lines at 75 octets without splitting a character', () => {
    const lines = cal.split('\r\n');
    expect(cal.endsWith('\r\n')).toBe(true);
    expect(cal.replace(/\r\n/g, '')).not.toContain('\n');
    for (const l of lines) expect(Buffer.byteLength(l, 'utf8')).toBeLessThanOrEqual(75);
    expect(lines.some((l) => l.startsWith(' '))).toBe(true);
    expect(cal).not.toContain('\uFFFD');
  });
});
