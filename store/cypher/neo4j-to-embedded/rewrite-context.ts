import type { SchemaFacts } from './schema-facts.ts';
import { childrenOf, spanOf, textOf, type CstNode, type ParsedCypher } from './syntax-tree.ts';

export type VariableKind = 'node' | 'relationship' | 'path';

/** How a variable-length relationship is matched: Neo4j's default never reuses a relationship. */
export type LengthMode = 'TRAIL' | 'SHORTEST' | 'ALL SHORTEST';

/** What the rewriters share while they turn one statement into the embedded store's dialect. */
export interface RewriteContext {
  readonly parsed: ParsedCypher;
  /** The rewritten text of a node: its rule's rewrite, or its own text with its children rewritten. */
  render(node: CstNode): string;
  readonly variableKinds: ReadonlyMap<string, VariableKind>;
  /** Variables bound by a pattern of a MATCH that is not OPTIONAL: never null. */
  readonly alwaysBound: ReadonlySet<string>;
  /** Names given to anonymous relationships that a uniqueness predicate must refer to. */
  readonly relationshipNames: Map<CstNode, string>;
  readonly lengthModes: Map<CstNode, LengthMode>;
  /** Result columns holding `properties(x)`: the adapter keeps only the properties of their values. */
  readonly propertiesColumns: string[];
  /** Neo4j's order of the result's columns, when the rewrite had to return them in another; else empty. */
  readonly columnOrder: string[];
  /** Result columns holding `toString(x)` of a value whose type the text does not show: the adapter writes them as Neo4j does. */
  readonly textColumns: string[];
  /** Result columns holding `n {.*, k: v}`: the adapter spreads n's properties into them (see map-star.ts). */
  readonly mapStarColumns: string[];
  /** `RETURN *` and `WITH *` written out as the variables they stand for. */
  readonly expandedStars: Set<CstNode>;
  /** Clauses to run before a clause (keyed by its `clause` node): what its COLLECT subqueries need. */
  readonly preludes: Map<CstNode, string[]>;
  /** The parameters the user sent, and those the rewritten query reads (renamed copies included). */
  readonly params: Readonly<Record<string, unknown>>;
  readonly embeddedParams: Record<string, unknown>;
  readonly parameterUses: Map<string, number>;
  /** The labels, types and keys the schema procedures list. */
  readonly schemaFacts: SchemaFacts;
  /** A variable name no query of ours uses, for anonymous relationships. */
  freshName(): string;
}

/** A rule's rewrite: the new text, or undefined to keep the text with the children rewritten. */
export type Rewrite = (node: CstNode, ctx: RewriteContext) => string | undefined;

/** The node's text with each child replaced by its rendering; spacing and comments between stay. */
export function renderDefault(node: CstNode, ctx: RewriteContext): string {
  const span = spanOf(node);
  if (!span) return '';
  if (node.symbol) return textOf(ctx.parsed, node);
  let out = '';
  let cursor = span.start;
  for (const child of childrenOf(node)) {
    const childSpan = spanOf(child);
    if (!childSpan) continue;
    out += ctx.parsed.query.slice(cursor, childSpan.start) + ctx.render(child);
    cursor = childSpan.end;
  }
  return out + ctx.parsed.query.slice(cursor, span.end);
}
