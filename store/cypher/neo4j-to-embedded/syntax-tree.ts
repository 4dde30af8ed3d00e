import { CypherQueryError } from '../../../model/errors.ts';

/** A token as Neo4j's parser reports it: `start` and `stop` are inclusive offsets into the query. */
export interface CstToken {
  text?: string | null;
  type: number;
  start: number;
  stop: number;
  line: number;
  column: number;
  tokenIndex: number;
}

/** A node of the parse tree: a rule with children, or a terminal holding one token. */
export interface CstNode {
  ruleIndex?: number;
  children?: CstNode[] | null;
  symbol?: CstToken;
  start?: CstToken | null;
  stop?: CstToken | null;
  parent?: CstNode | null;
}

/** The parse of one statement, with the names of the parser's rules. */
export interface ParsedCypher {
  query: string;
  tree: CstNode;
  ruleNames: readonly string[];
}

/** The rule's name (`matchClause`), or `#` followed by the token's text for a terminal. */
export function ruleOf(parsed: ParsedCypher, node: CstNode): string {
  if (node.symbol) return `#${(node.symbol.text ?? '').toUpperCase()}`;
  return parsed.ruleNames[node.ruleIndex ?? -1] ?? '';
}

/** The labelled alternative's class name, e.g. `LabelNameContext`, for rules with several shapes. */
export function alternativeOf(node: CstNode): string {
  return node.constructor.name;
}

/** The first and one-past-last offsets the node covers, or null for a rule that matched nothing. */
export function spanOf(node: CstNode): { start: number; end: number } | null {
  if (node.symbol) return node.symbol.type === -1 ? null : { start: node.symbol.start, end: node.symbol.stop + 1 };
  const { start, stop } = node;
  if (!start || !stop || stop.tokenIndex < start.tokenIndex || start.type === -1) return null;
  return { start: start.start, end: stop.stop + 1 };
}

/** The query text a node covers, comments and spacing inside it included. */
export function textOf(parsed: ParsedCypher, node: CstNode): string {
  const span = spanOf(node);
  return span ? parsed.query.slice(span.start, span.end) : '';
}

/** Children of a node, an empty list for terminals. */
export function childrenOf(node: CstNode): CstNode[] {
  return node.children ?? [];
}

/** The direct children that are the named rule (or `#TOKEN`). */
export function childrenNamed(parsed: ParsedCypher, node: CstNode, name: string): CstNode[] {
  return childrenOf(node).filter((child) => ruleOf(parsed, child) === name);
}

/** The first direct child that is the named rule (or `#TOKEN`). */
export function childNamed(parsed: ParsedCypher, node: CstNode, name: string): CstNode | undefined {
  return childrenOf(node).find((child) => ruleOf(parsed, child) === name);
}

/** Every node under `node` (itself included) that is the named rule, in query order. */
export function descendantsNamed(parsed: ParsedCypher, node: CstNode, name: string): CstNode[] {
  const found: CstNode[] = [];
  const visit = (each: CstNode): void => {
    if (ruleOf(parsed, each) === name) found.push(each);
    childrenOf(each).forEach(visit);
  };
  visit(node);
  return found;
}

/** "line 2, column 7" (both from 1) for where the node starts. */
export function positionOf(node: CstNode): string {
  const token = node.symbol ?? node.start;
  return token ? `line ${token.line}, column ${token.column + 1}` : 'the end of the query';
}

/** Throws CYPHER_UNSUPPORTED naming the form, how to write it for the embedded store, and where it is. */
export function refuse(node: CstNode, form: string, advice: string): never {
  throw new CypherQueryError(
    `${form} at ${positionOf(node)} is not supported on the embedded store. ${advice}`,
    'CYPHER_UNSUPPORTED',
  );
}
