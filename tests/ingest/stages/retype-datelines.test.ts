import { describe, expect, it } from 'vitest';
import { runToQuotes } from './helpers.fixtures.ts';

const typeOf = (text: string, name: string) => runToQuotes(text).resolved.entities.find((e) => e.name === name)?.type;

describe('datelines', () => {
  it.each([
    ['a town in capitals before a dash', 'PORT ALDER — The council met on Monday to vote.', 'PORT ALDER'],
    ['a town and its state before a dash', 'BRENMOOR, Ore. — The council met on Monday to vote.', 'BRENMOOR'],
    ['a town on a line with a date', 'Council votes .\nWESTLOW 1996-08-30\nThe council met on Monday .', 'WESTLOW'],
    ['a town and region on a line with a date', 'Council votes .\nWESTLOW , Tessaly 1996-08-30\nThe council met .', 'WESTLOW'],
  ])('types %s as a place', (_case, text, name) => {
    expect(typeOf(text, name)).toBe('Place');
  });

  it('joins the town named again in the body to the dateline, and reads its newspaper as a body', () => {
    const text = 'PORT ALDER — The council voted, the Alder Ledger reported. Residents of Port Alder cheered.';
    const entities = runToQuotes(text).resolved.entities;
    expect(entities.find((e) => e.name === 'PORT ALDER')).toMatchObject({ type: 'Place', aliases: ['Port Alder'] });
    expect(entities.find((e) => e.name === 'Alder Ledger')?.type).toBe('Organization');
  });

  it('reads no dateline in a sports headline', () => {
    const { resolved } = runToQuotes('SOCCER - RESULTS .\nWESTLOW 1996-08-30\nBramfield 2 Ostwick 0');
    expect(resolved.entities.map((e) => e.name)).not.toContain('SOCCER');
  });
});
