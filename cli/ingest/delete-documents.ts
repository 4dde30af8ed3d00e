import { toFileSource } from '../../ingest/source-name.ts';
import type { DocumentSource, GraphStore } from '../../store/graph-store.ts';

/** What `--delete` did with one argument: a document id, a source as ingested, or a file name. */
export type DeleteAnswer =
  | { status: 'deleted'; argument: string; document: DocumentSource | { id: string } }
  | { status: 'not found'; argument: string }
  | { status: 'ambiguous'; argument: string; matches: DocumentSource[] };

/**
 * Deletes the one document an argument names: by id, else by source (exactly, else by file name).
 * A name that several documents share deletes none of them: the answer lists them, to pick by id or path.
 */
export async function deleteNamedDocument(store: GraphStore, argument: string): Promise<DeleteAnswer> {
  if (await store.hasDocument(argument)) {
    return (await store.deleteDocument(argument)) ? { status: 'deleted', argument, document: { id: argument } } : { status: 'not found', argument };
  }
  const matches = await findBySource(store, argument);
  if (matches.length > 1) return { status: 'ambiguous', argument, matches };
  const [document] = matches;
  if (!document || !(await store.deleteDocument(document.id))) return { status: 'not found', argument };
  return { status: 'deleted', argument, document };
}

/**
 * The documents an argument names by source. The ingest CLI stored a file's path from the working folder,
 * so `./news/a.txt` or this folder's absolute path are first tried as that (`news/a.txt`).
 */
async function findBySource(store: GraphStore, argument: string): Promise<DocumentSource[]> {
  const asIngested = toFileSource(argument, argument);
  if (asIngested !== argument) {
    const exact = (await store.findDocumentsBySource(asIngested)).filter((document) => document.source === asIngested);
    if (exact.length > 0) return exact;
  }
  return store.findDocumentsBySource(argument);
}

/** The lines the CLI prints for one answer: `deleted …`, `not found …`, or the documents a name matches. */
export function describeDeleteAnswer(answer: DeleteAnswer): string[] {
  switch (answer.status) {
    case 'deleted':
      return ['source' in answer.document ? `deleted   ${answer.document.source} (${answer.document.id})` : `deleted   ${answer.document.id}`];
    case 'not found':
      return [`not found ${answer.argument}`];
    case 'ambiguous':
      return [
        `ambiguous ${answer.argument}: ${answer.matches.length} documents have this file name; deleted none. Give the path or the id of the one to delete:`,
        ...answer.matches.map((document) => `          ${document.id}  ${document.source}`),
      ];
  }
}
