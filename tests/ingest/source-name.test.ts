import { describe, expect, it } from 'vitest';
import { toFileSource, toUploadSource } from '../../ingest/source-name.ts';

describe('toUploadSource', () => {
  it.each([
    ['ferry.txt', 'ferry.txt'],
    ['world/2024/ferry.txt', 'world/2024/ferry.txt'],
    ['world\\ferry.txt', 'world/ferry.txt'],
    ['./ferry.txt', 'ferry.txt'],
    ['/home/ana/news/ferry.txt', 'ferry.txt'],
    ['C:\\Users\\ana\\news\\ferry.txt', 'ferry.txt'],
    ['\\\\fileserver\\share\\ferry.txt', 'ferry.txt'],
    ['~/news/ferry.txt', 'ferry.txt'],
    ['file:///home/ana/ferry.txt', 'ferry.txt'],
    ['news/../../etc/ferry.txt', 'ferry.txt'],
    ['50% off.txt', '50% off.txt'],
  ])('stores "%s" as "%s"', (name, source) => {
    expect(toUploadSource(name)).toBe(source);
  });
});

describe('toFileSource', () => {
  it.each([
    ['samples/ferry.txt', 'samples', '/work/app', 'samples/ferry.txt'],
    ['/work/app/samples/ferry.txt', '/work/app/samples', '/work/app', 'samples/ferry.txt'],
    ['/home/ana/news/2024/ferry.txt', '/home/ana/news', '/work/app', 'news/2024/ferry.txt'],
    ['/home/ana/news/2024/ferry.txt', '/home/ana/news/', '/work/app', 'news/2024/ferry.txt'],
    ['/home/ana/ferry.txt', '/home/ana/ferry.txt', '/work/app', 'ferry.txt'],
    ['../news/ferry.txt', '../news', '/work/app', 'news/ferry.txt'],
  ])('stores %s, found under %s from %s, as "%s"', (file, foundUnder, cwd, source) => {
    expect(toFileSource(file, foundUnder, cwd)).toBe(source);
  });
});
