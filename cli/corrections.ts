import { realpathSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { Command } from 'commander';
import { z } from 'zod';
import { undoCorrection } from '../ingest/corrections.ts';
import { correctionSchema, type Correction } from '../model/corrections.ts';
import { ValidationError } from '../model/errors.ts';
import { createGraphStore } from '../store/create-graph-store.ts';
import type { GraphStore } from '../store/graph-store.ts';
import { loadStoreConfig } from '../store/store-config.ts';

/** The file both commands speak: the log, newest first, as GET /api/corrections answers it (stale is ignored on import). */
const correctionFileSchema = z.object({ corrections: z.array(correctionSchema.extend({ stale: z.boolean().optional() })) });

/** Parses an export file; a ValidationError names the file and the field. */
export function parseCorrectionFile(text: string, file: string): Correction[] {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new ValidationError(`${file} is not JSON: ${(error as Error).message}`);
  }
  const parsed = correctionFileSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new ValidationError(`${file}: field "${issue.path.join('.')}": ${issue.message}`);
  }
  return parsed.data.corrections.map(({ stale: _, ...correction }) => correction);
}

export async function exportCorrections(store: GraphStore, file: string): Promise<number> {
  const corrections = (await store.listCorrections()).map(({ stale: _, ...correction }) => correction);
  await writeFile(file, `${JSON.stringify({ corrections }, null, 2)}\n`);
  return corrections.length;
}

export async function importCorrections(store: GraphStore, file: string): Promise<{ read: number; imported: number }> {
  const corrections = parseCorrectionFile(await readFile(file, 'utf8'), file);
  return { read: corrections.length, imported: await store.importCorrections(corrections) };
}

async function withStore<T>(work: (store: GraphStore) => Promise<T>): Promise<T> {
  const store = await createGraphStore(loadStoreConfig());
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}

/**
 * `npm run corrections -- export <file>` and `import <file>`: the corrections log as JSON, to move it
 * between stores and backends and to review it in git. Import keeps ids, times and editors, skips ids
 * already in the log, and applies the rest. `undo <id>` undoes one while no server holds the store.
 */
async function main(): Promise<void> {
  const program = new Command().name('corrections');
  program
    .command('export <file>')
    .description('write every correction, newest first, to a JSON file')
    .action(async (file: string) => {
      const count = await withStore((store) => exportCorrections(store, file));
      console.log(`Exported ${count} corrections to ${file}.`);
    });
  program
    .command('import <file>')
    .description('record and apply the corrections of a JSON file written by export')
    .action(async (file: string) => {
      const { read, imported } = await withStore((store) => {
        console.log(`Importing ${file}: each correction is recorded and applied in a transaction of its own…`);
        return importCorrections(store, file);
      });
      console.log(`Imported ${imported} of ${read} corrections from ${file} (${read - imported} already in the log).`);
    });
  program
    .command('undo <id>')
    .description('undo a correction: the documents it touched are derived again from their text, in one transaction')
    .action(async (id: string) => {
      const { rederived } = await withStore((store) =>
        undoCorrection(store, id, { onExtracted: (count) => console.log(`Extracted ${count} documents again; undoing ${id} in one transaction…`) }),
      );
      console.log(`Undid ${id}: ${rederived} documents derived again.`);
    });
  await program.parseAsync();
}

// run as a command, not when a test imports the functions above
if (process.argv[1] && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    console.error(`corrections: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  });
}
