/** Long words of agency and organization names and their usual abbreviations, one per entry. */
const ABBREVIATIONS: Readonly<Record<string, string>> = {
  administration: 'Admin.',
  association: 'Assn.',
  committee: 'Cttee.',
  commission: 'Comm.',
  corporation: 'Corp.',
  company: 'Co.',
  department: 'Dept.',
  government: 'Govt.',
  international: "Int'l",
  management: 'Mgmt.',
  national: "Nat'l",
  services: 'Svcs.',
  university: 'Univ.',
};

/** Longest label drawn before the name is shortened: about the width of two node diameters. */
export const SHORT_LABEL_CHARS = 22;

/**
 * Returns a label of at most `max` characters for a name. An acronym among the aliases is taken first
 * ("FEMA"); else long words are abbreviated ("Dept. of Homeland Security"); else the middle is cut,
 * keeping the last word, since names that share a start differ at the end ("Department of … Security").
 * @example shortenLabel('Federal Emergency Management Agency', ['FEMA']) // 'FEMA'
 */
export function shortenLabel(name: string, aliases: readonly string[] = [], max = SHORT_LABEL_CHARS): string {
  if (name.length <= max) return name;
  const acronym = aliases.find((alias) => /^[A-Z][A-Za-z&.-]{1,7}$/.test(alias) && alias.replace(/[^A-Z]/g, '').length >= 2);
  if (acronym) return acronym;
  const abbreviated = name
    .split(/\s+/)
    .map((word) => ABBREVIATIONS[word.toLowerCase()] ?? word)
    .join(' ');
  if (abbreviated.length <= max) return abbreviated;
  const words = abbreviated.split(' ');
  const last = words.at(-1) ?? '';
  let head = '';
  for (const word of words.slice(0, -1)) {
    const next = head ? `${head} ${word}` : word;
    if (next.length + last.length + 3 > max) break;
    head = next;
  }
  if (!head) return `${abbreviated.slice(0, max - 1)}…`;
  return `${head} … ${last}`;
}
