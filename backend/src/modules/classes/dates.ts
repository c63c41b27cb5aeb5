export function isTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

/** The calendar date (YYYY-MM-DD) of an instant in a time zone. */
export function dateIn(instant: Date, tz: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: tz, year: 'numeric', month: '2-digit', day: '2-digit' }).format(instant);
}

/** Whether a class's last day is over where the class takes place. */
export function hasEnded(c: { endsOn: string; timezone: string }, now = new Date()): boolean {
  return dateIn(now, c.timezone) > c.endsOn;
}
