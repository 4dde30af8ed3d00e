import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

/** The repository's root, where the top-level folders are. */
export const ROOT = resolve(import.meta.dirname, '../..');

/** One import of a source file: `import … from`, `export … from`, `import('…')` or `import '…'`. */
export interface SourceImport {
  /** The importing file, from the root: `store/graph-reads.ts`. */
  file: string;
  line: number;
  /** As written: `./graph-store.ts`. */
  specifier: string;
  /** The imported file from the root; null for a package. */
  target: string | null;
}

/** The .ts files under some top-level folders, as paths from the root, sorted. */
export function listSourceFiles(folders: readonly string[]): string[] {
  const walk = (folder: string): string[] =>
    readdirSync(join(ROOT, folder), { withFileTypes: true }).flatMap((entry) => {
      const path = `${folder}/${entry.name}`;
      if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : walk(path);
      return entry.name.endsWith('.ts') ? [path] : [];
    });
  return folders.flatMap((folder) => (existsSync(join(ROOT, folder)) ? walk(folder) : [])).sort();
}

/** Every import in a file's text, static, re-exported and dynamic, found by the TypeScript scanner (not in comments or strings). */
export function findImports(file: string, text: string): SourceImport[] {
  return ts.preProcessFile(text, true, true).importedFiles.map(({ fileName, pos }) => ({
    file,
    line: text.slice(0, pos).split('\n').length,
    specifier: fileName,
    target: fileName.startsWith('.') ? toSourcePath(file, fileName) : null,
  }));
}

/** The imports of each file, read from disk. */
export function readImports(files: readonly string[]): SourceImport[] {
  return files.flatMap((file) => findImports(file, readFileSync(join(ROOT, file), 'utf8')));
}

function toSourcePath(file: string, specifier: string): string {
  const path = resolve(ROOT, dirname(file), specifier);
  const found = [path, `${path}.ts`, join(path, 'index.ts')].find((candidate) => existsSync(candidate)) ?? path;
  return relative(ROOT, found).split('\\').join('/');
}

/**
 * The import cycles among the files, one per strongly connected group, each as the imports that close
 * it: `a.ts imports './b.ts'`, `b.ts imports './a.ts'`.
 */
export function findCycles(imports: readonly SourceImport[]): SourceImport[][] {
  const edges = new Map<string, SourceImport[]>();
  for (const edge of imports) if (edge.target) edges.set(edge.file, [...(edges.get(edge.file) ?? []), edge]);
  return findGroups(edges).map((group) => toCycle(group, edges));
}

// Tarjan's strongly connected components, keeping groups of more than one file or a file importing itself
function findGroups(edges: ReadonlyMap<string, SourceImport[]>): Set<string>[] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const groups: Set<string>[] = [];
  const visit = (file: string): void => {
    index.set(file, index.size);
    low.set(file, index.get(file)!);
    stack.push(file);
    for (const { target } of edges.get(file) ?? []) {
      if (!index.has(target!)) {
        visit(target!);
        low.set(file, Math.min(low.get(file)!, low.get(target!)!));
      } else if (stack.includes(target!)) low.set(file, Math.min(low.get(file)!, index.get(target!)!));
    }
    if (low.get(file) !== index.get(file)) return;
    const group = new Set<string>();
    for (let member = stack.pop(); member !== undefined; member = member === file ? undefined : stack.pop()) group.add(member);
    const selfImport = (edges.get(file) ?? []).some((edge) => edge.target === file);
    if (group.size > 1 || selfImport) groups.push(group);
  };
  for (const file of [...edges.keys()].sort()) if (!index.has(file)) visit(file);
  return groups;
}

/** One shortest cycle through the group's first file, as the imports along it. */
function toCycle(group: ReadonlySet<string>, edges: ReadonlyMap<string, SourceImport[]>): SourceImport[] {
  const start = [...group].sort()[0]!;
  const cameBy = new Map<string, SourceImport>();
  const queue = [start];
  for (let at = queue.shift(); at !== undefined; at = queue.shift()) {
    for (const edge of edges.get(at) ?? []) {
      if (!group.has(edge.target!) || cameBy.has(edge.target!)) continue;
      cameBy.set(edge.target!, edge);
      if (edge.target === start) queue.length = 0;
      else queue.push(edge.target!);
    }
  }
  const cycle = [cameBy.get(start)!];
  while (cycle[0]!.file !== start) cycle.unshift(cameBy.get(cycle[0]!.file)!);
  return cycle;
}

/** The string literals of a file's code (not its comments), with their lines. */
export function findStringLiterals(path: string, text: string): { path: string; line: number; value: string }[] {
  const source = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true);
  const found: { path: string; line: number; value: string }[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
      found.push({ path, line: source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1, value: node.text });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** An import as a failure names it: `store/graph-reads.ts:15 imports './graph-store.ts'`. */
export function describeImport({ file, line, specifier }: SourceImport): string {
  return `${file}:${line} imports '${specifier}'`;
}
