import { z } from 'zod';
import { StoreRowError } from '../../model/errors.ts';

/** The columns of one query's rows, each with the kind of value it holds. */
export type RowColumns = z.ZodRawShape;

/** A row of those columns, as the code reading it sees it. */
export type DecodedRow<Columns extends RowColumns> = z.infer<z.ZodObject<Columns>>;

/** Checks and types the rows of one named query. */
export type RowDecoder<Columns extends RowColumns> = (rows: readonly Record<string, unknown>[]) => DecodedRow<Columns>[];

/**
 * Returns the decoder of one named query's rows: each row must have every column, with a value of its
 * kind, or a StoreRowError names the query and the column. A column renamed on one side then fails
 * at once instead of reading as '' or 0.
 * @example const decode = toRowDecoder('documentsById', { id: z.string() }); decode(rows)[0]?.id
 */
export function toRowDecoder<Columns extends RowColumns>(query: string, columns: Columns): RowDecoder<Columns> {
  const schema = z.object(columns);
  const names = Object.keys(columns);
  return (rows) =>
    rows.map((row) => {
      const missing = names.find((name) => !(name in row));
      if (missing !== undefined) {
        throw new StoreRowError(
          `The query "${query}" returned a row without the column "${missing}" (it has: ${Object.keys(row).join(', ') || 'no columns'}).`,
        );
      }
      const parsed = schema.safeParse(row);
      if (parsed.success) return parsed.data;
      const issue = parsed.error.issues[0]!;
      const column = String(issue.path[0]);
      throw new StoreRowError(
        `The query "${query}" returned ${describeValue(row[column])} in the column "${column}": ${issue.message}.`,
      );
    });
}

/** One decoder per query of a table of columns, each named after its key. */
export function toRowDecoders<Table extends Record<string, RowColumns>>(table: Table): { [Name in keyof Table]: RowDecoder<Table[Name]> } {
  return Object.fromEntries(Object.entries(table).map(([name, columns]) => [name, toRowDecoder(name, columns)])) as {
    [Name in keyof Table]: RowDecoder<Table[Name]>;
  };
}

/** A value as an error message shows it: JSON, cut short. */
function describeValue(value: unknown): string {
  const shown = JSON.stringify(value) ?? String(value);
  return shown.length > 60 ? `${shown.slice(0, 57)}…` : shown;
}
