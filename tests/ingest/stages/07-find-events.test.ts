import { describe, it, expect } from 'vitest';
import { extractArticle } from '../../../ingest/extract-article.ts';

const eventsOf = (text: string) => extractArticle({ source: 'a.txt', format: 'txt', text }).events;

describe('findEvents', () => {
  it.each([
    ['a raid', 'ICE agents raided a plant in Aurora on Tuesday.', 'Raid', ['agency:ice'], ['place:aurora']],
    ['a deployment', 'The Marines were deployed to Los Angeles this summer.', 'Deployment', ['agency:usmc'], ['place:los-angeles']],
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
});
