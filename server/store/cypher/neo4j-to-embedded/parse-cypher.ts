import { createRequire } from 'node:module';
import type * as LanguageSupport from '@neo4j-cypher/language-support';
import type { CstNode, ParsedCypher } from './syntax-tree.ts';

/** Where and why Neo4j's parser rejected a query. */
export interface CypherSyntaxError {
  line: number;
  column: number;
  message: string;
}

export type ParseOutcome =
  | { ok: true; statements: ParsedCypher[] }
  | { ok: false; error: CypherSyntaxError };

/**
 * Neo4j's parser, loaded at the first query a user sends: it takes some 270 MB, which an ingest or a
 * server nobody asks for Cypher never needs. Its CommonJS build loads synchronously.
 */
let languageSupport: { module: typeof LanguageSupport; service: LanguageSupport.CypherLanguageService } | null = null;
function loadLanguageSupport() {
  if (!languageSupport) {
    const module = createRequire(import.meta.url)('@neo4j-cypher/language-support') as typeof LanguageSupport;
    // Console commands (":param") are Browser features, not Cypher: the parser reports them as errors.
    languageSupport = { module, service: new module.CypherLanguageService({ consoleCommandsEnabled: false }) };
  }
  return languageSupport;
}

/**
 * Parses a query with Neo4j's own grammar; one entry per non-empty statement, or the first syntax error.
 * @example parseCypher('MATCH (n) RETURN n') // { ok: true, statements: [{ query, tree, ruleNames }] }
 */
export function parseCypher(query: string): ParseOutcome {
  // The package keeps its parse tree behind a private method: it is the parse its own linter uses.
  const { service } = loadLanguageSupport();
  const result = service['parse'](query);
  service.clearCache();
  const statements: ParsedCypher[] = [];
  for (const statement of result.statementsParsing) {
    if (!hasContent(statement.tokens)) continue;
    if (statement.syntaxErrors.length > 0 || statement.parser.numberOfSyntaxErrors > 0) {
      return { ok: false, error: toSyntaxError(query) };
    }
    if (statement.command.type === 'cypher') {
      statements.push({ query, tree: statement.ctx as unknown as CstNode, ruleNames: statement.parser.ruleNames });
    }
  }
  return { ok: true, statements };
}

/** The linter's first error, worded as Neo4j words it; the parse alone does not keep a message. */
function toSyntaxError(query: string): CypherSyntaxError {
  const [first] = loadLanguageSupport()
    .module.lintCypherQuery(query, {}, { consoleCommandsEnabled: false }).diagnostics.filter((diagnostic) => diagnostic.severity === 1);
  if (!first) return { line: 1, column: 1, message: 'Invalid Cypher' };
  return { line: first.range.start.line + 1, column: first.range.start.character + 1, message: typeof first.message === 'string' ? first.message : first.message.value };
}

/** False for what follows a final ";": only spaces, comments and the end of input. */
function hasContent(tokens: readonly { type: number; channel: number; text?: string | undefined }[]): boolean {
  return tokens.some((token) => token.type !== -1 && token.channel === 0 && token.text !== ';');
}
