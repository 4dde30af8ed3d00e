const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH_ABBREVIATIONS = MONTHS.map((month) => month.slice(0, 3));

const pad = (n: number): string => String(n).padStart(2, '0');

function isValidDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** The first ISO date (YYYY-MM-DD) in the text, else a written "July 21, 2017" near its top, else null. */
export function findDate(text: string): string | null {
  for (const match of text.matchAll(/(?<!\d)((?:19|20)\d\d)-(\d\d)-(\d\d)(?!\d)/g)) {
    const [, year, month, day] = match.map(Number) as [number, number, number, number];
    if (isValidDate(year, month, day)) return `${year}-${pad(month)}-${pad(day)}`;
  }
  const head = text.slice(0, 600);
  for (const match of head.matchAll(/\b([A-Z][a-z]{2,8})\.? (\d{1,2}),? ((?:19|20)\d\d)\b/g)) {
    const name = (match[1] ?? '').toLowerCase();
    const month = Math.max(MONTHS.indexOf(name), MONTH_ABBREVIATIONS.indexOf(name)) + 1;
    const [day, year] = [Number(match[2]), Number(match[3])];
    if (month > 0 && isValidDate(year, month, day)) return `${year}-${pad(month)}-${pad(day)}`;
  }
  return null;
}
