/**
 * Collection dates in running text, UK style: "on 11 March 2025", "on 11 and 12 March 2025",
 * "between 20 January and 12 March 2025".
 */

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
  'November', 'December'];

interface Day { year: number; month: number; day: number; iso: string }

/** An ISO calendar date ("2025-03-11", or the date part of a date-time), or null when it is not one. */
function parseDay(text: string): Day | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(text.trim());
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  return { year, month, day, iso: match[0] };
}

/** "11 and 12 March 2025", "20 January and 12 March 2025", "30 December 2024 and 2 January 2025". */
function pair(a: Day, b: Day): string {
  const full = (d: Day) => `${d.day} ${MONTHS[d.month - 1]!} ${d.year}`;
  if (a.year !== b.year) return `${full(a)} and ${full(b)}`;
  if (a.month !== b.month) return `${a.day} ${MONTHS[a.month - 1]!} and ${full(b)}`;
  return `${a.day} and ${full(b)}`;
}

/**
 * The dates as a phrase: one date "on 11 March 2025"; two "on 11 and 12 March 2025"; three or
 * more "between <first> and <last>". Repeated dates count once; text that is not an ISO date is
 * ignored; null when no date is left.
 */
export function datesPhrase(dates: readonly (string | null)[]): string | null {
  const days = [...new Map(dates.flatMap((d) => {
    const day = d === null ? null : parseDay(d);
    return day ? [[day.iso, day] as const] : [];
  })).values()].sort((a, b) => (a.iso < b.iso ? -1 : a.iso > b.iso ? 1 : 0));
  const first = days[0];
  const last = days[days.length - 1];
  if (!first || !last) return null;
  if (days.length === 1) return `on ${first.day} ${MONTHS[first.month - 1]!} ${first.year}`;
  return `${days.length === 2 ? 'on' : 'between'} ${pair(first, last)}`;
}
