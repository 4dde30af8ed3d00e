import { realpathSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Command } from 'commander';
import { extractArticle } from '../ingest/extract-article.ts';
import { listArticleFiles, readArticle } from '../ingest/read-article.ts';

/** The output file for an article: its name with the extension replaced by .json. */
export function toOutputName(path: string): string {
  return `${basename(path, extname(path))}.json`;
}

/** Extracts each article file to `<out>/<name>.json`; returns how many failed. */
export async function extractFiles(paths: string[], out: string): Promise<number> {
  await mkdir(out, { recursive: true });
  let failed = 0;
  for (const path of await listArticleFiles(paths)) {
    const read = await readArticle(path);
    if (!read.ok) {
      console.error(`extract: ${read.error}`);
      failed += 1;
      continue;
    }
    try {
      const extraction = extractArticle(read.article);
      await writeFile(join(out, toOutputName(path)), `${JSON.stringify(extraction, null, 2)}\n`);
    } catch (error) {
      console.error(`extract: ${path}: ${error instanceof Error ? error.message : String(error)}`);
      failed += 1;
    }
  }
  return failed;
}

const program = new Command()
  .name('extract')
  .description('Extract entities, quotes, relations and events from news articles into JSON files')
  .argument('<paths...>', 'article files (.txt, .md, .html) or folders searched recursively')
  .requiredOption('--out <dir>', 'folder to write one <name>.json per article into')
  .action(async (paths: string[], options: { out: string }) => {
    const failed = await extractFiles(paths, options.out);
    if (failed > 0) process.exitCode = 1;
  });

// Parse the command line only when run as a program, so tests may import the functions above.
if (process.argv[1] && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url)) await program.parseAsync();
