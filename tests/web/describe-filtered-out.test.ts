import { describe, expect, it } from 'vitest';
import { describeFilteredOut } from '../../web/graph/describe-filtered-out.ts';
import type { DocumentInfo } from '../../web/graph/evidence-filter.ts';

const documents = new Map<string, DocumentInfo>([
  ['d1', { id: 'd1', title: 'One', date: '2016-03-02' }],
  ['d2', { id: 'd2', title: 'Two', date: '2016-05-20' }],
  ['d3', { id: 'd3', title: 'Three', date: null }],
]);

describe('describeFilteredOut', () => {
  it('says nothing while the filter leaves something drawn', () => {
    expect(describeFilteredOut({ from: '2016-01-01' }, { shown: 3, drawn: 60 }, documents)).toBeUndefined();
  });

  it('says which dates hid everything, how many articles they hold, the undated ones, and how to show the graph again', () => {
    const message = describeFilteredOut({ from: '2016-03-01', to: '2016-03-31' }, { shown: 0, drawn: 60 }, documents);
    expect(message).toContain('None of the 60 nodes drawn comes from an article dated from 1 Mar 2016 to 31 Mar 2016.');
    expect(message).toContain('1 of the 3 articles are dated then, and 1 have no date');
    expect(message).toContain('Clear the filter in the sidebar');
  });

  it('names the article when the article filter hid everything', () => {
    expect(describeFilteredOut({ document: 'd2' }, { shown: 0, drawn: 5 }, documents)).toMatch(/^None of the 5 nodes drawn comes from the chosen article\./);
  });
});
