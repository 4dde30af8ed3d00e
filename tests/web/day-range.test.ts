import { describe, expect, it } from 'vitest';
import { toDayRange } from '../../web/explorer-navigation.ts';

describe('toDayRange', () => {
  it.each([
    ['no dates: the whole archive', {}, {}],
    ['a range alone', { from: '2016-01-01', to: '2016-02-01' }, { from: '2016-01-01', to: '2016-02-01' }],
    ['"as of" alone ends the range there', { asof: '2016-03-01' }, { to: '2016-03-01' }],
    ['"as of" before the range ends: it wins', { from: '2016-01-01', to: '2016-05-01', asof: '2016-03-01' }, { from: '2016-01-01', to: '2016-03-01' }],
    ['"as of" after the range ends: the range wins', { to: '2016-02-01', asof: '2016-03-01' }, { to: '2016-02-01' }],
  ])('%s', (_, state, range) => {
    expect(toDayRange(state)).toEqual(range);
  });
});
