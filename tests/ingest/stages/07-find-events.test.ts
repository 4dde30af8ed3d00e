import { describe, it, expect } from 'vitest';
import { extractArticle } from '../../../ingest/extract-article.ts';

const eventsOf = (text: string) => extractArticle({ source: 'a.txt', format: 'txt', text }).events;

describe('findEvents', () => {
  it.each([
    ['a raid', 'ICE agents raided a plant in Aurora on Tuesday.', 'Raid', ['agency:ice'], ['place:aurora']],
    ['a deployment', 'The Marines were deployed to Los Angeles last spring.', 'Deployment', ['agency:usmc'], ['place:los-angeles']],
    ['a directive', 'Gov. Jonah Corvin issued a directive barring Colorado agencies from helping ICE.', 'Directive', ['person:jonah-corvin', 'agency:ice'], ['place:colorado']],
    ['an operation, not the arrests it made', 'Florida deputies helped ICE in an operation that ended with 300 arrests.', 'Operation', ['agency:ice'], ['place:florida']],
  ])('finds %s with its participants and places', (_case, text, type, participants, places) => {
    const [event] = eventsOf(text);
    expect(event?.type).toBe(type);
    expect(event?.participants).toEqual(expect.arrayContaining(participants));
    expect(event?.places).toEqual(expect.arrayContaining(places));
  });

  it('leaves out the outlet that reported the event', () => {
    const [event] = eventsOf('The New York Times reported that ICE raids would start in Denver.');
    expect(event?.participants).toEqual(['agency:ice']);
  });

  it('tells one happening once when nearby sentences repeat it', () => {
    const text = 'ICE raided homes in Denver on Sunday.\nThe raids by ICE lasted all day.';
    expect(eventsOf(text).filter((e) => e.type === 'Raid')).toHaveLength(1);
  });

  it('finds no event in a quote', () => {
    expect(eventsOf('“We will raid nothing,” ICE said.')).toEqual([]);
  });

  it.each([
    ['a vote', 'The Harbor Workers Union voted to strike in Denver.', 'Vote'],
    ['a hearing', 'Jonah Corvin testified before the Tamsin River Authority.', 'Hearing'],
    ['an investigation', 'The FBI investigation of Jonah Corvin continued.', 'Investigation'],
    ['a hack', 'Hackers hacked the Harbor Workers Union in May.', 'Attack'],
  ])('finds %s', (_case, text, type) => {
    expect(eventsOf(text).map((e) => e.type)).toContain(type);
  });

  it('gives one happening told by two articles of one day the same id', () => {
    const told = (text: string) => extractArticle({ source: 'a.md', format: 'md', text: `---\ndate: 2024-05-02\n---\n${text}` }).events;
    const [first] = told('ICE raided homes in Denver on Sunday.');
    const [second] = told('Residents said ICE raided homes in Denver.');
    expect(first?.id).toBeDefined();
    expect(second?.id).toBe(first?.id);
  });

  it('keeps apart the same kind of event on different days', () => {
    const told = (date: string) => extractArticle({ source: 'a.md', format: 'md', text: `---\ndate: ${date}\n---\nICE raided homes in Denver.` }).events[0]?.id;
    expect(told('2024-05-02')).not.toBe(told('2024-06-09'));
  });

  it('reads a request in "asked the board to", not in a reporter\'s "asked whether"', () => {
    expect(eventsOf('The Harbor Workers Union asked the Tamsin River Authority to reopen the port.').map((e) => e.type)).toContain('Request');
    expect(eventsOf('Reporters asked Jonah Corvin whether the Tamsin River Authority would act.').map((e) => e.type)).not.toContain('Request');
  });

  it.each([
    ['a trigger its clause denies', 'Customers of Harborton Bank got cards they never asked for from the Tamsin River Authority.', 'Request'],
    ['a trigger its clause only supposes', 'It is unclear whether a vote of the Tamsin River Authority will be scheduled.', 'Vote'],
    ['"in order to", which orders nothing', 'Jonah Corvin wrote to the Tamsin River Authority in order to help the port.', 'Directive'],
  ])('finds no event in %s', (_case, text, type) => {
    expect(eventsOf(text).map((e) => e.type)).not.toContain(type);
  });

  it('still finds the event when a denial stands in another clause before it', () => {
    expect(eventsOf('Jonah Corvin, who could not be reached, raided the plant with ICE agents in Aurora.').map((e) => e.type)).toContain('Raid');
  });
});
