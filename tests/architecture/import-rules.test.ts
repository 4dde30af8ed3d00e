import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RELATION_TYPES } from '../../model/graph-model.ts';
import { ROOT, describeImport, findCycles, findImports, findStringLiterals, listSourceFiles, readImports, type SourceImport } from './source-imports.ts';

const FOLDERS = ['model', 'contract', 'store', 'ingest', 'export', 'server', 'cli', 'web'] as const;
type Folder = (typeof FOLDERS)[number];

/** The top-level folders each folder may import besides itself: model at the bottom, the entry points at the top. */
const ALLOWED: Record<Folder, readonly Folder[]> = {
  model: [],
  contract: ['model'],
  store: ['model', 'contract'],
  ingest: ['model', 'store'],
  export: ['model', 'store'],
  server: ['model', 'contract', 'store', 'ingest'],
  cli: ['model', 'store', 'ingest', 'export'],
  web: ['model', 'contract'],
};

/** Where relation types may be written out: the model that defines them and the ingest rules that produce them. */
const RELATION_TYPE_HOMES: readonly Folder[] = ['model', 'ingest'];

const files = listSourceFiles(FOLDERS);
const imports = readImports(files);

const folderOf = (path: string) => path.slice(0, path.indexOf('/'));

/** The imports that cross into a folder their own folder may not import, each described with the rule. */
function findForbiddenImports(all: readonly SourceImport[]): string[] {
  return all.flatMap((edge) => {
    const from = folderOf(edge.file) as Folder;
    const to = edge.target ? folderOf(edge.target) : null;
    if (to === null || to === from || ALLOWED[from].includes(to as Folder)) return [];
    const allowed = ALLOWED[from].length > 0 ? ALLOWED[from].join(', ') : 'none of the other folders';
    return [`${describeImport(edge)} (${edge.target}): ${from} may import ${allowed}`];
  });
}

/** Each string literal that is exactly a relation type (`'COOPERATES_WITH'`), in a file outside the types' homes; comments are prose. */
function findRelationTypeLiterals(paths: readonly string[]): string[] {
  const types = new Set<string>(RELATION_TYPES);
  return paths
    .filter((path) => !RELATION_TYPE_HOMES.includes(folderOf(path) as Folder))
    .map((path) => ({ path, text: readFileSync(join(ROOT, path), 'utf8') }))
    // parsing is the slow part: only files that name a type somewhere
    .filter(({ text }) => RELATION_TYPES.some((type) => text.includes(type)))
    .flatMap(({ path, text }) => findStringLiterals(path, text))
    .filter(({ value }) => types.has(value))
    .map(({ path, line, value }) => `${path}:${line} spells out '${value}'`);
}

describe('import rules', () => {
  it('finds static, type-only, re-exported and dynamic imports, and none in comments or strings', () => {
    const text = [
      "import type { A } from './a.ts';",
      "export { B } from '../store/b.ts';",
      "const c = await import('./c.ts');",
      "// import { D } from './d.ts';",
      "const e = \"import { E } from './e.ts'\";",
      "import { z } from 'zod';",
    ].join('\n');
    expect(findImports('web/x.ts', text).map(({ line, specifier, target }) => [line, specifier, target])).toEqual([
      [1, './a.ts', 'web/a.ts'],
      [2, '../store/b.ts', 'store/b.ts'],
      [3, './c.ts', 'web/c.ts'],
      [6, 'zod', null],
    ]);
  });

  it('reports a cycle as the imports that close it', () => {
    const edge = (file: string, target: string): SourceImport => ({ file, line: 1, specifier: `./${target}`, target });
    const cycles = findCycles([edge('a.ts', 'b.ts'), edge('b.ts', 'c.ts'), edge('c.ts', 'a.ts'), edge('c.ts', 'd.ts')]);
    expect(cycles.map((cycle) => cycle.map(describeImport))).toEqual([
      ["a.ts:1 imports './b.ts'", "b.ts:1 imports './c.ts'", "c.ts:1 imports './a.ts'"],
    ]);
  });

  it('reads the imports of every source folder', () => {
    for (const folder of FOLDERS) expect(files.some((file) => file.startsWith(`${folder}/`)), folder).toBe(true);
    expect(imports.length).toBeGreaterThan(files.length);
  });

  it('has no import cycles', () => {
    expect(findCycles(imports).map((cycle) => cycle.map(describeImport).join(' → '))).toEqual([]);
  });

  it('lets each folder import only the folders below it', () => {
    expect(findForbiddenImports(imports)).toEqual([]);
  });

  it('spells relation types out only in the model and the ingest rules', () => {
    expect(findRelationTypeLiterals(files)).toEqual([]);
  });
});
