import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');
export const SERVER_SCRIPT = join(ROOT, 'fuzz', 'sample-server.ts');

/** What the template depends on: the sample articles and the code that extracts and writes them. */
function templateKey(): string {
  const hash = createHash('sha256');
  const files = [
    ...['samples', 'ingest', 'model', 'store/embedded'].flatMap((folder) => listFiles(join(ROOT, folder))),
    ...listFiles(join(ROOT, 'store')).filter((file) => /store[\\/][^\\/]+\.ts$/.test(file)),
    join(ROOT, 'store', 'cypher', 'write-queries.ts'),
  ];
  for (const file of files) hash.update(file).update(readFileSync(file));
  return hash.digest('hex').slice(0, 16);
}

function listFiles(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { withFileTypes: true })
    .flatMap((entry) => (entry.isDirectory() ? listFiles(join(folder, entry.name)) : [join(folder, entry.name)]))
    .sort();
}

/**
 * A store holding the sample articles, built once (~20 s) under .tmp/ and kept while the samples and
 * the code that writes them are unchanged; returns its folder.
 */
export function ensureSampleTemplate(): string {
  const folder = join(ROOT, '.tmp', `fuzz-template-${templateKey()}`);
  if (existsSync(folder)) return folder;
  mkdirSync(join(ROOT, '.tmp'), { recursive: true });
  // templates of earlier code are of no more use
  for (const stale of readdirSync(join(ROOT, '.tmp')).filter((name) => /^fuzz-template-[0-9a-f]+$/.test(name))) {
    rmSync(join(ROOT, '.tmp', stale), { recursive: true, force: true });
  }
  // built aside and renamed into place: test files starting side by side may both build, one wins
  const building = `${folder}.building-${process.pid}`;
  rmSync(building, { recursive: true, force: true });
  mkdirSync(building, { recursive: true });
  const built = spawnSync(TSX, [SERVER_SCRIPT, join(building, 'store'), '--build'], { encoding: 'utf8', timeout: 300_000 });
  if (built.status !== 0) throw new Error(`building the sample store failed: ${built.stderr || built.error?.message}`);
  try {
    renameSync(building, folder);
  } catch (error) {
    if (!existsSync(folder)) throw error;
    rmSync(building, { recursive: true, force: true });
  }
  return folder;
}

/** A fresh copy of the sample store in a temporary folder, for one server process to own. */
export function copySampleStore(template: string): string {
  const folder = mkdtempSync(join(tmpdir(), 'newsgraph-fuzz-'));
  cpSync(join(template, 'store'), folder, { recursive: true });
  return folder;
}
