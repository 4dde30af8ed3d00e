import type { Body, Person, World } from './world.ts';
import { createWorld } from './world.ts';
import { CLOSINGS, DETAILS, FILLERS, HEADLINES, LEADS, PARAPHRASES, QUOTES, RELATIONS, TOPICS, WHYS } from './phrases.ts';
import type { Topic } from './phrases.ts';

/** One synthetic article: a file name and its text, as an article file would hold it. */
export interface GeneratedArticle {
  name: string;
  text: string;
}

export interface GenerateOptions {
  seed: number;
}

/** A PRNG giving floats in [0, 1): mulberry32, small and good enough for test data. */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A sampler of indexes 0..n-1 where index k has weight 1 / (k + 1)^exponent: a few are everywhere. */
export function createZipf(n: number, exponent: number): (random: () => number) => number {
  const cumulative: number[] = [];
  let total = 0;
  for (let k = 0; k < n; k++) cumulative.push((total += 1 / (k + 1) ** exponent));
  return (random) => {
    const target = random() * total;
    let low = 0;
    let high = n - 1;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (cumulative[mid]! < target) low = mid + 1;
      else high = mid;
    }
    return low;
  };
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/**
 * `count` news articles about the invented world of ./world.ts, the same for the same seed.
 * Popular people and agencies recur across thousands of articles; most appear in a few.
 * @example for (const { name, text } of generateArticles(100, { seed: 1 })) console.log(name, text.length);
 */
export function* generateArticles(count: number, options: GenerateOptions): Generator<GeneratedArticle> {
  const world = createWorld();
  const random = createRandom(options.seed);
  const samplers = {
    person: createZipf(world.people.length, 1.05),
    agency: createZipf(world.agencies.length, 1),
    organization: createZipf(world.organizations.length, 0.9),
    place: createZipf(world.places.length, 1),
  };
  const staffOf = new Map<Body, Person[]>();
  for (const person of world.people) if (person.body) staffOf.set(person.body, [...(staffOf.get(person.body) ?? []), person]);
  for (let index = 0; index < count; index++) {
    const writer = new ArticleWriter(world, random, samplers, staffOf);
    const { headline, text } = writer.write();
    const slug = headline.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60);
    yield { name: `${String(index + 1).padStart(5, '0')}-${slug}.txt`, text };
  }
}

type Samplers = Record<'person' | 'agency' | 'organization' | 'place', (random: () => number) => number>;
type Paragraphs = { optional: boolean; render: () => string[] };
type Slots = { lead: Body; other: Body; org: Body; place: string; topic: Topic; date: Date; total: string };

const toSentenceCase = (text: string): string => text[0]!.toUpperCase() + text.slice(1);

/** Writes one article; remembers who has been introduced so later mentions are surnames and acronyms. */
class ArticleWriter {
  private readonly introduced = new Set<Person | Body>();
  private readonly surnames = new Set<string>();
  private readonly used = new Set<string>();
  private readonly open: string;
  private readonly close: string;

  constructor(
    private readonly world: World,
    private readonly random: () => number,
    private readonly samplers: Samplers,
    private readonly staffOf: Map<Body, Person[]>,
  ) {
    [this.open, this.close] = random() < 0.3 ? ['“', '”'] : ['"', '"'];
  }

  write(): { headline: string; text: string } {
    const agencies = this.world.agencies.filter((agency) => agency.acronym);
    const lead = agencies[this.samplers.agency(this.random) % agencies.length]!;
    let other = this.world.agencies[this.samplers.agency(this.random)]!;
    if (other === lead) other = this.world.agencies[(this.world.agencies.indexOf(lead) + 1) % this.world.agencies.length]!;
    const org = this.world.organizations[this.samplers.organization(this.random)]!;
    const place = this.world.places[this.samplers.place(this.random)]!;
    const topic = this.pick(TOPICS);
    const head = this.staffOf.get(lead)?.find((person) => !person.isSpokesperson) ?? this.samplePerson();
    this.surnames.add(head.last);
    const speakers = [head, ...Array.from({ length: this.int(1, 2) }, () => this.samplePerson())];
    const date = new Date(Date.UTC(this.int(2019, 2026), this.int(0, 11), this.int(1, 28)));
    const total = `$${this.int(2, 480)}`;
    const fill = (template: string) => this.fill(template, { lead, other, org, place, topic, date, total });
    const sentence = (template: string) => toSentenceCase(fill(template));

    const middle: Paragraphs[] = [
      ...speakers.map((speaker) => ({ optional: false, render: () => this.quoteParagraphs(speaker, fill) })),
      ...Array.from({ length: this.int(0, 1) }, () => ({ optional: false, render: () => this.spokespersonQuote(this.pick([other, org]), fill) })),
      ...Array.from({ length: this.int(1, 3) }, (_, i) => ({ optional: i > 0, render: () => [this.withDetails(sentence(this.pickNew(RELATIONS)), 1, 3, fill)] })),
      ...Array.from({ length: this.int(1, 3) }, () => ({ optional: true, render: () => [this.withDetails(sentence(this.pickNew(FILLERS)), 1, 2, fill)] })),
    ];
    for (let i = middle.length - 1; i > 1; i--) {
      const j = 1 + Math.floor(this.random() * i);
      [middle[i], middle[j]] = [middle[j]!, middle[i]!];
    }
    const dateline = `${place.toUpperCase()}, ${this.world.state} — `;
    const body = [this.withDetails(dateline + sentence(`${this.pick(LEADS)}, ${this.pick(WHYS)}.`), 0, 1, fill)];
    // Optional paragraphs give way so that the article stays within 12 paragraphs, counting two for each quote still to come.
    let mandatory = middle.filter((paragraphs) => !paragraphs.optional).length;
    for (const { optional, render } of middle) {
      if (!optional) mandatory -= 1;
      if (!optional || body.length + 2 * mandatory < 11) body.push(...render());
    }
    body.push(sentence(this.pick(CLOSINGS)));
    const headline = fill(this.pick(HEADLINES).replace('{speaker}', head.last));
    const dateLine = `${MONTHS[date.getUTCMonth()]} ${date.getUTCDate()}, ${date.getUTCFullYear()}`;
    return { headline, text: `${headline}\n${dateLine}\n\n${body.join('\n\n')}\n` };
  }

  /** One person's quote in one of the attribution forms news uses; sometimes over two paragraphs. */
  private quoteParagraphs(person: Person, fill: (template: string) => string): string[] {
    const q = () => Array.from({ length: this.int(1, 3) }, () => fill(this.pickNew(QUOTES))).join(' ');
    const quote = (text: string, end: ',' | '.') => `${this.open}${end === ',' ? text.replace(/\.$/, ',') : text}${this.close}`;
    if (!this.introduced.has(person)) {
      const role = () => this.roleOf(person);
      const forms = [
        () => [`${this.introduce(person)}${person.title ? '' : ','} said, ${quote(q(), '.')}`],
        () => [`${quote(q(), ',')} said ${this.introduce(person)}.`],
        () => [`${person.full}, ${role()}, said ${fill(this.pickNew(PARAPHRASES))}.`, `${quote(q(), ',')} ${person.last} said. ${quote(q(), '.')}`],
      ];
      return this.pick(forms)();
    }
    const forms = [
      () => [`${quote(q(), ',')} ${person.last} said. ${quote(q(), '.')}`],
      () => [`${person.last} said, ${quote(q(), '.')}`],
      () => [`${quote(q(), ',')} said ${person.last}.`],
      // A quote over two paragraphs: the first is left open, the second reopens it.
      () => [`${this.open}${q()} ${q()}`, `${quote(q(), ',')} ${person.last} said.`],
    ];
    return this.pick(forms)();
  }

  private spokespersonQuote(body: Body, fill: (template: string) => string): string[] {
    const who = `a spokesperson for ${this.ref(body)}`;
    const text = fill(this.pickNew(QUOTES));
    if (this.random() < 0.5) return [`${this.open}${text.replace(/\.$/, ',')}${this.close} ${who} said.`];
    return [`${who[0]!.toUpperCase()}${who.slice(1)} said in a statement that ${fill(this.pickNew(PARAPHRASES))}.`];
  }

  /** A person's first mention: "Police Chief Marisol Teague", "DCR Director Priya Lindqvist", "Hal Bergqvist, a resident of Ferrow Bay". */
  private introduce(person: Person): string {
    if (!person.title) return `${person.full}, ${this.roleOf(person)}`;
    this.introduced.add(person);
    const body = person.body;
    if (body?.acronym && this.introduced.has(body) && this.random() < 0.5) return `${body.acronym} ${person.title} ${person.full}`;
    return `${person.title} ${person.full}`;
  }

  private roleOf(person: Person): string {
    this.introduced.add(person);
    return person.body ? person.role.replace('#', this.ref(person.body)) : person.role;
  }

  /** An agency or group: its full name and acronym the first time, the acronym after. */
  private ref(body: Body): string {
    const the = body.definite ? 'the ' : '';
    if (this.introduced.has(body)) return body.acronym ? `${the}${body.acronym}` : `${the}${body.name}`;
    this.introduced.add(body);
    return body.acronym ? `${the}${body.name} (${body.acronym})` : `${the}${body.name}`;
  }

  private samplePerson(): Person {
    for (;;) {
      const person = this.world.people[this.samplers.person(this.random)]!;
      if (this.surnames.has(person.last)) continue;
      this.surnames.add(person.last);
      return person;
    }
  }

  private fill(template: string, slots: Slots): string {
    const { lead, other, org, place, topic, date, total } = slots;
    const sentence = template.replace(/\{(\w+)\}/g, (whole, name: string) => {
      switch (name) {
        case 'lead': return this.ref(lead);
        case 'other': return this.ref(other);
        case 'org': return this.ref(org);
        case 'leadShort': return lead.acronym ?? lead.name;
        case 'place': return place;
        case 'state': return this.world.state;
        case 'project': return topic.project.replace('{place}', place);
        case 'short': return topic.short;
        case 'issue': return topic.issue;
        case 'day': return WEEKDAYS[date.getUTCDay()]!;
        case 'month': return MONTHS[(date.getUTCMonth() + this.int(1, 5)) % 12]!;
        case 'amount': return `$${this.int(2, 480)}`;
        case 'total': return total;
        case 'n': return String(this.int(2, 40));
        default: return whole;
      }
    });
    return sentence;
  }

  private withDetails(paragraph: string, min: number, max: number, fill: (template: string) => string): string {
    const details = Array.from({ length: this.int(min, max) }, () => fill(this.pickNew(DETAILS)));
    return [paragraph, ...details].join(' ');
  }

  /** A template not used yet in this article, if a few tries find one. */
  private pickNew(items: readonly string[]): string {
    let item = this.pick(items);
    for (let tries = 0; this.used.has(item) && tries < 8; tries++) item = this.pick(items);
    this.used.add(item);
    return item;
  }

  private pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.random() * items.length)]!;
  }

  private int(min: number, max: number): number {
    return min + Math.floor(this.random() * (max - min + 1));
  }
}
