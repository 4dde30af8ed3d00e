import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type * as Antlr from 'antlr4ng';
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

/** What the error listener of Neo4j's language support records: its messages are Neo4j's own wording. */
interface SyntaxDiagnostic {
  message: string;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
}

interface StatementContext {
  preparsedStatement(): { statement(): unknown } | null;
  consoleCommand(): unknown;
}
type CypherParser = Antlr.Parser & { statementsOrCommands(): CstNode & { statementOrCommand(): StatementContext[] } };

/** The parts of @neo4j-cypher/language-support that parsing needs, and nothing else. */
interface ParserModules {
  antlr: typeof Antlr;
  Lexer: new (input: Antlr.CharStream) => Antlr.Lexer;
  Parser: (new (input: Antlr.TokenStream) => CypherParser) & { ruleNames: string[] };
  splitIntoStatements(tokens: Antlr.CommonTokenStream): Antlr.Token[][];
  ErrorListener: new (tokens: Antlr.Token[], consoleCommandsEnabled: boolean) => Antlr.ANTLRErrorListener & { errors: SyntaxDiagnostic[] };
  ErrorStrategy: new () => Antlr.DefaultErrorStrategy;
}

/**
 * Requires one module of the package's ES build. Its export map names only the CommonJS entry point,
 * which loads everything the package has (its semantic analyser and test data: 290 MB, measured);
 * the ES build beside it lets parsing load the parser alone (~60 MB). ES modules load synchronously
 * with require from Node 20.19 on.
 */
const entryPoint = createRequire(import.meta.url).resolve('@neo4j-cypher/language-support');
const requireFromPackage = createRequire(entryPoint);
const esBuild = pathToFileURL(entryPoint.replace(/dist[\\/]cjs[\\/]index\.cjs$/, 'dist/esm/project/language-support/src/'));
function loadModule<T>(path: string, name: string): T {
  return (requireFromPackage(fileURLToPath(new URL(path, esBuild))) as Record<string, T>)[name]!;
}

/** Neo4j's grammar, loaded at the first query a user sends: an ingest or a server nobody asks for Cypher never needs it. */
let modules: ParserModules | null = null;
function loadParser(): ParserModules {
  modules ??= {
    // the ES build's own antlr4ng: `require('antlr4ng')` would give its CommonJS twin, and the parser checks classes with instanceof
    antlr: requireFromPackage(requireFromPackage.resolve('antlr4ng').replace(/index\.cjs$/, 'index.mjs')) as typeof Antlr,
    Lexer: loadModule('generated-parser/CypherCmdLexer.js', 'CypherCmdLexer'),
    Parser: loadModule('generated-parser/CypherCmdParser.js', 'CypherCmdParser'),
    splitIntoStatements: loadModule('helpers.js', 'splitIntoStatements'),
    ErrorListener: loadModule('syntaxValidation/syntaxValidationHelpers.js', 'SyntaxErrorsListener'),
    ErrorStrategy: loadModule('errorTrackingStrategy.js', 'ErrorTrackingStrategy'),
  };
  return modules;
}

interface Analyser {
  wrappedSemanticAnalysis(query: string, schema: object): { errors: SyntaxDiagnostic[] };
}
let analyser: Analyser | null = null;
function loadAnalyser(): Analyser {
  analyser ??= { wrappedSemanticAnalysis: loadModule('syntaxValidation/semanticAnalysisWrapper.js', 'wrappedSemanticAnalysis') };
  return analyser;
}

/**
 * Parses a query with Neo4j's own grammar; one entry per non-empty statement, or the first syntax error.
 * @example parseCypher('MATCH (n) RETURN n') // { ok: true, statements: [{ query, tree, ruleNames }] }
 */
export function parseCypher(query: string): ParseOutcome {
  const { antlr, Lexer, Parser, splitIntoStatements } = loadParser();
  const chunks = splitIntoStatements(new antlr.CommonTokenStream(new Lexer(antlr.CharStream.fromString(query))));
  const statements: ParsedCypher[] = [];
  for (const tokens of chunks) {
    if (!hasContent(tokens)) continue;
    // SLL prediction first: 10-20 times faster on `NOT (…)` (which could start a call of a function
    // named NOT); it may fail on a valid query, never accept an invalid one, so a failure is parsed again in full LL
    let parsed = parseStatement(tokens, antlr.PredictionMode.SLL);
    if (parsed.failed) parsed = parseStatement(tokens, antlr.PredictionMode.LL);
    const { tree, listener } = parsed;
    if (parsed.failed) return { ok: false, error: toSyntaxError(tokens, listener.errors) };
    // Console commands (":param") are Browser features, not Cypher.
    if (tree.statementOrCommand().some((statement) => !statement.preparsedStatement()?.statement() && statement.consoleCommand())) {
      const first = tokens.find((token) => token.channel === 0);
      return { ok: false, error: { line: first?.line ?? 1, column: (first?.column ?? 0) + 1, message: 'Console commands are unsupported in this environment.' } };
    }
    statements.push({ query, tree, ruleNames: Parser.ruleNames });
  }
  return { ok: true, statements };
}

/** One statement's parse with a prediction mode, and whether it found syntax errors. */
function parseStatement(tokens: Antlr.Token[], mode: number) {
  const { antlr, Parser, ErrorListener, ErrorStrategy } = loadParser();
  const parser = new Parser(new antlr.CommonTokenStream(new antlr.ListTokenSource(tokens)));
  parser.interpreter.predictionMode = mode;
  parser.removeErrorListeners();
  parser.errorHandler = new ErrorStrategy();
  const listener = new ErrorListener(tokens, false);
  parser.addErrorListener(listener);
  const tree = parser.statementsOrCommands();
  return { tree, listener, failed: listener.errors.length > 0 || parser.numberOfSyntaxErrors > 0 };
}

/**
 * The first error of a statement that does not parse, worded as Neo4j words it. The grammar's listener
 * words some errors; the others ("Invalid input 'RETURN': expected …") come from Neo4j's own front end,
 * which the package ships as a 170 MB analyser: it is loaded at the first query that does not parse.
 */
function toSyntaxError(tokens: readonly Antlr.Token[], listed: SyntaxDiagnostic[]): CypherSyntaxError {
  const start = tokens.find((token) => token.channel === 0);
  const stop = tokens.findLast((token) => token.channel === 0 && token.type !== -1);
  const statement = start && stop ? start.inputStream?.getTextFromRange(start.start, stop.stop) ?? '' : '';
  const { wrappedSemanticAnalysis } = loadAnalyser();
  // The analyser counts from the statement's start, whose column shifts the statement's first line only.
  const analysed = wrappedSemanticAnalysis(statement, {}).errors.map((error) => {
    // Neo4j's linter places "Query cannot conclude with …" where the query ends, not where it starts
    const at = error.message.includes('Query cannot conclude with') ? error.range.end : error.range.start;
    return { message: error.message, line: at.line + (start?.line ?? 1), column: at.character + 1 + (at.line === 0 ? (start?.column ?? 0) : 0) };
  });
  const errors = [...listed.map((error) => ({ message: error.message, line: error.range.start.line + 1, column: error.range.start.character + 1 })), ...analysed];
  const [first] = errors.sort((a, b) => a.line - b.line || a.column - b.column);
  return first ?? { line: start?.line ?? 1, column: (start?.column ?? 0) + 1, message: 'Invalid Cypher' };
}

/** False for what follows a final ";": only spaces, comments and the end of input. */
function hasContent(tokens: readonly Antlr.Token[]): boolean {
  return tokens.some((token) => token.type !== -1 && token.channel === 0 && token.text !== ';');
}
