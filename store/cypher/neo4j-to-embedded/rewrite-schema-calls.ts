import { toKuzuName } from './kuzu-keywords.ts';
import type { Rewrite, RewriteContext } from './rewrite-context.ts';
import { SCHEMA_PROCEDURES, SHOW_COMMANDS, type SchemaCell, type SchemaListing, type SchemaRow } from './schema-procedures.ts';
import { childNamed, childrenNamed, childrenOf, descendantsNamed, refuse, ruleOf, textOf, type CstNode } from './syntax-tree.ts';

const ROW = '__schema_row';

/** The procedure a CALL names, lower case and without spaces: `db.labels`. */
export function procedureNameOf(call: CstNode, ctx: Pick<RewriteContext, 'parsed'>): string {
  const name = childNamed(ctx.parsed, call, 'procedureName');
  return name ? textOf(ctx.parsed, name).replace(/\s+/g, '').toLowerCase() : '';
}

function literalOf(value: SchemaCell): string {
  if (value === null) return 'NULL';
  if (Array.isArray(value)) return `[${value.map(literalOf).join(', ')}]`;
  if (typeof value === 'string') return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
  return String(value);
}

/** A column of the listing as the embedded store reads it: the row's value picked from a literal list. */
function columnOf(rows: SchemaRow[], column: string): string {
  const values = rows.map((row) => row[column] ?? null);
  return values.every((value) => value === null) ? 'NULL' : `[${values.map(literalOf).join(', ')}][${ROW}]`;
}

interface Yielded {
  source: string;
  alias: string;
}

/** The columns a YIELD names (`YIELD label AS l`), or every column for `YIELD *` and no YIELD. */
function yieldedColumns(items: CstNode[], star: boolean, listing: SchemaListing, ctx: RewriteContext): Yielded[] {
  if (star || items.length === 0) {
    const columns = star ? listing.allColumns : listing.columns;
    return columns.map((column) => ({ source: column, alias: column }));
  }
  return items.map((item) => {
    const [source, alias] = childrenNamed(ctx.parsed, item, 'variable').map((variable) => textOf(ctx.parsed, variable));
    if (!source || !listing.allColumns.includes(source)) {
      refuse(item, `YIELD ${textOf(ctx.parsed, item)}`, `Yield one of the columns it has: ${listing.allColumns.join(', ')}.`);
    }
    return { source, alias: alias ?? source };
  });
}

/**
 * The listing as clauses the embedded store runs: `UNWIND range(1, n) AS row WITH [..][row] AS column …`,
 * so a WHERE, ORDER BY or RETURN after it reads the rows as it would read any others. A listing that
 * ends the query returns its columns, as Neo4j does.
 */
function renderListing(node: CstNode, rows: SchemaRow[], yielded: Yielded[], tail: string, ctx: RewriteContext): string {
  const columns = yielded.map(({ source, alias }) => `${columnOf(rows, source)} AS ${toKuzuName(alias)}`);
  const names = yielded.map(({ alias }) => toKuzuName(alias));
  const last = isLastClause(node, ctx);
  if (isFirstClause(node, ctx)) {
    return `UNWIND range(1, ${rows.length}) AS ${ROW} WITH ${columns.join(', ')}${tail}${last ? ` RETURN ${names.join(', ')}` : ''}`;
  }
  // after other clauses each row meets every row of the listing, as Neo4j's CALL does; `*` would show the row counter
  const form = textOf(ctx.parsed, node).split(/\s+/).slice(0, 2).join(' ');
  if (last) refuse(node, `${form} at the end of a longer query`, 'End the query with RETURN, e.g. MATCH (n) CALL db.labels() YIELD label RETURN n.name, label.');
  if (descendantsNamed(ctx.parsed, ctx.parsed.tree, 'returnItems').some((items) => childNamed(ctx.parsed, items, '#*'))) {
    refuse(node, `${form} after other clauses, with RETURN * or WITH *`, 'List the columns to return.');
  }
  return `UNWIND range(1, ${rows.length}) AS ${ROW} WITH *, ${columns.join(', ')}${tail}`;
}

/** The clause holding the node, and the clauses of its query part. */
function clauseAround(node: CstNode, ctx: RewriteContext): { clause: CstNode | undefined; clauses: CstNode[] } {
  let clause: CstNode | null | undefined = node;
  while (clause && ruleOf(ctx.parsed, clause) !== 'clause') clause = clause.parent;
  const query = clause?.parent;
  return { clause: clause ?? undefined, clauses: query ? childrenNamed(ctx.parsed, query, 'clause') : [] };
}

function isLastClause(node: CstNode, ctx: RewriteContext): boolean {
  const { clause, clauses } = clauseAround(node, ctx);
  return clauses[clauses.length - 1] === clause;
}

/** A listing that opens the query keeps only its own columns. */
function isFirstClause(node: CstNode, ctx: RewriteContext): boolean {
  const { clause, clauses } = clauseAround(node, ctx);
  return clauses[0] === clause;
}

/** `CALL db.labels() YIELD label WHERE …`, answered from the model; other procedures were refused by the read-only check. */
export const rewriteCallClause: Rewrite = (node, ctx) => {
  const name = procedureNameOf(node, ctx);
  if (name === 'db.schema.visualization') {
    if (!isVisualizationAlone(node, ctx)) {
      refuse(node, 'CALL db.schema.visualization() inside a longer query', 'Run CALL db.schema.visualization() on its own.');
    }
    return undefined;
  }
  const listing = SCHEMA_PROCEDURES[name];
  if (!listing) return undefined;
  if (childNamed(ctx.parsed, node, '#OPTIONAL')) refuse(node, 'OPTIONAL CALL', `Write CALL ${name}() without OPTIONAL: it always has rows.`);
  const star = Boolean(childNamed(ctx.parsed, node, '#*'));
  const yielded = yieldedColumns(childrenNamed(ctx.parsed, node, 'procedureResultItem'), star, listing, ctx);
  const where = childNamed(ctx.parsed, node, 'whereClause');
  const tail = where ? ` ${ctx.render(where)}` : '';
  return renderListing(node, listing.rows(ctx.schemaFacts, ''), yielded, tail, ctx);
};

/** `CALL db.schema.visualization()` with at most a plain YIELD: the adapter answers it whole. */
export function isVisualizationAlone(call: CstNode, ctx: Pick<RewriteContext, 'parsed'>): boolean {
  const clause = call.parent;
  const query = clause?.parent;
  if (!clause || !query || childrenNamed(ctx.parsed, query, 'clause').length !== 1) return false;
  return !childNamed(ctx.parsed, call, 'whereClause') && !childNamed(ctx.parsed, call, '#OPTIONAL') &&
    childrenNamed(ctx.parsed, call, 'procedureResultItem').every((item) => childrenNamed(ctx.parsed, item, 'variable').length === 1);
}

const SHOW_RULES: Record<string, string> = {
  showIndexCommand: 'indexes',
  showConstraintCommand: 'constraints',
  showProcedures: 'procedures',
  showFunctions: 'functions',
};

/** `SHOW INDEXES`, `SHOW CONSTRAINTS`, `SHOW PROCEDURES`, `SHOW FUNCTIONS`, with YIELD, WHERE, ORDER BY, SKIP, LIMIT. */
export const rewriteShowCommand: Rewrite = (node, ctx) => {
  const { parsed } = ctx;
  const show = childNamed(parsed, node, 'composableShowCommandClauses');
  const command = show && childrenOf(show).find((child) => SHOW_RULES[ruleOf(parsed, child)]);
  if (!show || !command) return refuse(node, textOf(parsed, node).split(/\s+/).slice(0, 2).join(' '), 'Only SHOW INDEXES, SHOW CONSTRAINTS, SHOW PROCEDURES and SHOW FUNCTIONS are answered.');
  const listing = SHOW_COMMANDS[SHOW_RULES[ruleOf(parsed, command)]!]!;
  const yieldWhere = descendantsNamed(parsed, command, 'showCommandYieldWhere')[0];
  const yieldClause = yieldWhere && childNamed(parsed, yieldWhere, 'yieldClause');
  const star = Boolean(yieldClause && childNamed(parsed, yieldClause, '#*'));
  const yielded = yieldedColumns(yieldClause ? childrenNamed(parsed, yieldClause, 'yieldItem') : [], star, listing, ctx);
  const where = (yieldClause && childNamed(parsed, yieldClause, 'whereClause')) ?? (yieldWhere && childNamed(parsed, yieldWhere, 'whereClause'));
  const paging = yieldClause ? ['orderBy', 'yieldSkip', 'yieldLimit'].map((rule) => childNamed(parsed, yieldClause, rule)).filter((each) => each !== undefined) : [];
  if (where && paging.length > 0) refuse(paging[0]!, 'ORDER BY, SKIP or LIMIT beside WHERE in a YIELD', 'Filter with WHERE in the YIELD and order in a RETURN after it.');
  const tail = where ? ` ${ctx.render(where)}` : paging.length > 0 ? ` ${paging.map((each) => pagingOf(each, ctx)).join(' ')}` : '';
  const orderOnly = paging.length > 0 && paging.every((each) => ruleOf(parsed, each) === 'orderBy');
  return renderListing(node, listing.rows(ctx.schemaFacts, kindOf(command, ctx)), yielded, orderOnly ? `${tail} SKIP 0` : tail, ctx);
};

function pagingOf(node: CstNode, ctx: RewriteContext): string {
  if (ruleOf(ctx.parsed, node) === 'orderBy') return ctx.render(node);
  const word = ruleOf(ctx.parsed, node) === 'yieldSkip' ? 'SKIP' : 'LIMIT';
  return `${word} ${textOf(ctx.parsed, childrenOf(node)[childrenOf(node).length - 1]!)}`;
}

/** The kind written before INDEXES or CONSTRAINTS (`RANGE`, `UNIQUE`, `NODE UNIQUE`), without spaces. */
function kindOf(command: CstNode, ctx: RewriteContext): string {
  const words = textOf(ctx.parsed, command).toUpperCase().split(/\s+/);
  const end = words.findIndex((word) => /^(INDEX|INDEXES|CONSTRAINT|CONSTRAINTS|PROCEDURE|PROCEDURES|FUNCTION|FUNCTIONS)$/.test(word));
  return words.slice(0, Math.max(0, end)).join('');
}
