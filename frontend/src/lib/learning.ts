/** The calendar day (YYYY-MM-DD) of an instant in a time zone, for `formatDay`. */
export function dayIn(iso: string, timeZone: string): string {
	return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(iso));
}
