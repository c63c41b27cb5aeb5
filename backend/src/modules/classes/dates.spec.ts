import { dateIn, hasEnded, wallClock } from './dates';

describe('class dates', () => {
  it('finds the instant of a wall-clock time in a zone, in winter and in summer', () => {
    expect(wallClock('2026-12-03', '19:00', 'Europe/Madrid').toISOString()).toBe('2026-12-03T18:00:00.000Z');
    expect(wallClock('2027-06-03', '19:00', 'Europe/Madrid').toISOString()).toBe('2027-06-03T17:00:00.000Z');
    expect(wallClock('2026-12-03', '19:00', 'America/Guayaquil').toISOString()).toBe('2026-12-04T00:00:00.000Z');
    // The day after the spring change in Madrid (29 March 2026).
    expect(wallClock('2026-03-29', '19:00', 'Europe/Madrid').toISOString()).toBe('2026-03-29T17:00:00.000Z');
  });

  it('says a class has ended only once its last day is over where it takes place', () => {
    const lateInQuito = new Date('2026-12-01T03:00:00Z'); // 30 Nov, 22:00 in Guayaquil; 1 Dec in Madrid
    expect(dateIn(lateInQuito, 'America/Guayaquil')).toBe('2026-11-30');
    expect(hasEnded({ endsOn: '2026-11-30', timezone: 'America/Guayaquil' }, lateInQuito)).toBe(false);
    expect(hasEnded({ endsOn: '2026-11-30', timezone: 'Europe/Madrid' }, lateInQuito)).toBe(true);
  });
});
