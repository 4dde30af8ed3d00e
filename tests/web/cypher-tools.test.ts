import { describe, expect, it } from 'vitest';
import { parseParams } from '../../web/cypher/parse-params.ts';
import { createQueryHistory } from '../../web/cypher/query-history.ts';
import { toCsv } from '../../web/export/to-csv.ts';

describe('toCsv', () => {
  it('writes a header of the columns and quotes fields with commas, quotes or line breaks', () => {
    const csv = toCsv({
      columns: ['speaker', 'quote'],
      rows: [
        { speaker: 'Imogen Halvorsen', quote: 'A wall, not a patch' },
        { speaker: 'Theo "T" Castellane', quote: 'line one\nline two' },
        { speaker: null, quote: 42 },
      ],
    });

    expect(csv).toBe('speaker,quote\r\nImogen Halvorsen,"A wall, not a patch"\r\n"Theo ""T"" Castellane","line one\nline two"\r\n,42\r\n');
  });

  it('names nodes as the table does but never cuts long text', () => {
    const text = 'word '.repeat(100).trim();
    const csv = toCsv({ columns: ['q'], rows: [{ q: { id: 'q1', labels: ['Quote'], properties: { text } } }] });

    expect(csv).toBe(`q\r\n${text} (Quote)\r\n`);
  });
});

describe('parseParams', () => {
  it.each([
    ['blank text, as no parameters', '  ', { ok: true, value: undefined }],
    ['a JSON object', '{"name": "Hollis Brandvold", "limit": 5}', { ok: true, value: { name: 'Hollis Brandvold', limit: 5 } }],
  ])('reads %s', (_case, text, expected) => {
    expect(parseParams(text)).toEqual(expected);
  });

  it.each([
    ['text that is not JSON', '{name: x}', /not valid JSON/],
    ['a JSON array', '[1, 2]', /must be a JSON object/],
    ['a JSON string', '"name"', /must be a JSON object/],
  ])('rejects %s with a message that says what to type', (_case, text, message) => {
    const parsed = parseParams(text);

    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toMatch(message);
  });
});

describe('createQueryHistory', () => {
  const fakeStorage = () => {
    const items = new Map<string, string>();
    return { getItem: (key: string) => items.get(key) ?? null, setItem: (key: string, value: string) => void items.set(key, value) };
  };

  it('lists the latest query first, each once', () => {
    const history = createQueryHistory(fakeStorage());
    history.add('A');
    history.add('B');
    history.add('A');

    expect(history.list()).toEqual(['A', 'B']);
  });

  it('keeps the twenty latest', () => {
    const history = createQueryHistory(fakeStorage());
    for (let index = 0; index < 25; index++) history.add(`Q${index}`);

    expect(history.list()).toHaveLength(20);
    expect(history.list()[0]).toBe('Q24');
  });

  it('starts empty when the stored history is not readable, and works with no storage at all', () => {
    const storage = fakeStorage();
    storage.setItem('newsgraph.cypher-history', '{broken');

    expect(createQueryHistory(storage).list()).toEqual([]);
    expect(createQueryHistory(undefined).add('A')).toEqual(['A']);
  });
});
