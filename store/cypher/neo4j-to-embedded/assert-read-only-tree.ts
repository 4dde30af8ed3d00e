import { ReadOnlyViolationError } from '../../../model/errors.ts';
import { childrenOf, positionOf, ruleOf, textOf, type CstNode, type ParsedCypher } from './syntax-tree.ts';

/** Parse-tree rules that write, load files, switch graphs or run in their own transactions. */
const WRITING_RULES = new Map<string, string>([
  ['createClause', 'CREATE'],
  ['insertClause', 'INSERT'],
  ['mergeClause', 'MERGE'],
  ['setClause', 'SET'],
  ['removeClause', 'REMOVE'],
  ['deleteClause', 'DELETE'],
  ['foreachClause', 'FOREACH'],
  ['loadCSVClause', 'LOAD CSV'],
  ['useClause', 'USE'],
  ['subqueryInTransactionsParameters', 'CALL { … } IN TRANSACTIONS'],
  ['command', 'an administration or schema command'],
  ['composableCommandClauses', 'a SHOW or TERMINATE command'],
]);

/** SHOW commands that list the schema or what the database offers: read-only, and answered on both backends. */
const LISTING_SHOW_RULES = new Set(['showIndexCommand', 'showConstraintCommand', 'showProcedures', 'showFunctions']);

function isListingShow(parsed: ParsedCypher, node: CstNode): boolean {
  const [show] = childrenOf(node).filter((child) => ruleOf(parsed, child) === 'composableShowCommandClauses');
  return Boolean(show && childrenOf(show).some((child) => LISTING_SHOW_RULES.has(ruleOf(parsed, child))));
}

/**
 * Throws ReadOnlyViolationError when the parsed statement has an updating clause, a schema or
 * administration command (SHOW INDEXES, CONSTRAINTS, PROCEDURES and FUNCTIONS list and pass), or a CALL of a procedure outside `readOnlyProcedures`.
 */
export function assertReadOnlyTree(parsed: ParsedCypher, readOnlyProcedures: ReadonlySet<string>): void {
  const visit = (node: CstNode): void => {
    const rule = ruleOf(parsed, node);
    const form = WRITING_RULES.get(rule);
    if (form && !(rule === 'composableCommandClauses' && isListingShow(parsed, node))) {
      throw new ReadOnlyViolationError(
        `The Cypher endpoint is read-only: ${form} at ${positionOf(node)} ${rule.endsWith('Clause') ? 'would change the graph or the database' : 'is not a read query'}. ` +
          'Use MATCH, OPTIONAL MATCH, WITH, UNWIND and RETURN.',
      );
    }
    if (rule === 'callClause') assertReadOnlyCall(parsed, node, readOnlyProcedures);
    childrenOf(node).forEach(visit);
  };
  visit(parsed.tree);
}

function assertReadOnlyCall(parsed: ParsedCypher, call: CstNode, readOnlyProcedures: ReadonlySet<string>): void {
  const nameNode = childrenOf(call).find((child) => ruleOf(parsed, child) === 'procedureName');
  const name = nameNode ? textOf(parsed, nameNode).replace(/\s+/g, '') : '';
  if (!readOnlyProcedures.has(name.toLowerCase())) {
    throw new ReadOnlyViolationError(
      `The Cypher endpoint may call only read-only procedures (${[...readOnlyProcedures].join(', ')}); ` +
        `"CALL ${name}" at ${positionOf(call)} is not one of them.`,
    );
  }
}
