import { decodeRows, type ReadQueries } from './cypher/read-queries.ts';
import type { RunRead } from './graph-reads.ts';
import type { DocumentSource } from './graph-store.ts';

/** The store's reads of documents by where they came from, over the queries both dialects share. */
export function createDocumentReads(run: RunRead, queries: ReadQueries) {
  /**
   * The documents ingested as exactly `source`; when there are none, those whose source has the same
   * file name (`flood.txt` finds `news/2024/flood.txt`), which may be several.
   */
  async function findDocumentsBySource(source: string): Promise<DocumentSource[]> {
    const fileName = toFileName(source);
    const found = decodeRows.documentsBySource(
      await run(queries.documentsBySource, { source, fileName, slashFileName: `/${fileName}` }),
    );
    const exact = found.filter((document) => document.source === source);
    return exact.length > 0 ? exact : found.filter((document) => toFileName(document.source) === fileName);
  }

  /** How many documents there are, or only those whose source starts with `sourcePrefix`. */
  async function countDocuments(sourcePrefix?: string): Promise<number> {
    const rows = sourcePrefix === undefined
      ? decodeRows.countNodes(await run(queries.countNodes('Document')))
      : decodeRows.countDocumentsUnder(await run(queries.countDocumentsUnder, { prefix: sourcePrefix }));
    return rows[0]?.count ?? 0;
  }

  return { findDocumentsBySource, countDocuments };
}

/** The last segment of a path written with either slash: sources always use `/`, users on Windows type `\`. */
function toFileName(path: string): string {
  return path.split(/[\\/]/).at(-1) ?? path;
}
