import { CypherQueryError } from '../../../model/errors.ts';
import { childNamed, childrenNamed, positionOf, ruleOf, textOf, type CstNode, type ParsedCypher } from '../neo4j-to-embedded/syntax-tree.ts';
import { formatCount, toConstantInteger } from './constant-integer.ts';
import { QUERY_LIMITS } from './query-limits.ts';

const PAGE_ON_THE_KEY =
  'To read further, page on the sort key (WHERE n.name > $last … ORDER BY n.name LIMIT 100) or ask for more rows at once.';

/**
 * SKIP and LIMIT take a whole number or a parameter holding one; SKIP at most QUERY_LIMITS.maxSkip
 * and ORDER BY at most QUERY_LIMITS.maxOrderKeys keys (together they keep the engine's sort in bounds).
 */
export function checkPaging(parsed: ParsedCypher, node: CstNode, params?: Readonly<Record<string, unknown>>): void {
  const rule = ruleOf(parsed, node);
  if (rule === 'orderBy') {
    const keys = childrenNamed(parsed, node, 'orderItem').length;
    if (keys > QUERY_LIMITS.maxOrderKeys) {
      throw new CypherQueryError(
        `ORDER BY at ${positionOf(node)} has ${keys} sort keys; at most ${QUERY_LIMITS.maxOrderKeys} are allowed.`,
        'CYPHER_TOO_LARGE',
      );
    }
    return;
  }
  if (rule !== 'skip' && rule !== 'limit') return;
  const word = rule === 'skip' ? 'SKIP' : 'LIMIT';
  const expression = childNamed(parsed, node, 'expression');
  if (!expression) return;
  const count = toConstantInteger(parsed, expression, params);
  if (count.kind === 'unknown') return;
  if (count.kind === 'other') {
    const given = textOf(parsed, expression).trim();
    throw new CypherQueryError(
      `${word} ${given.length > 40 ? `${given.slice(0, 40)}…` : given} at ${positionOf(node)} is not a number written out: ` +
        `${word} takes a whole number from 0 or a parameter holding one, e.g. ${word} 20 or ${word} $${rule === 'skip' ? 'offset' : 'count'}.`,
      'CYPHER_INVALID',
    );
  }
  if (count.value < 0n) {
    throw new CypherQueryError(`${word} ${count.value} at ${positionOf(node)} is negative: ${word} takes a whole number from 0.`, 'CYPHER_INVALID');
  }
  const max = rule === 'skip' ? QUERY_LIMITS.maxSkip : QUERY_LIMITS.maxLimit;
  if (count.value > BigInt(max)) {
    throw new CypherQueryError(
      `${word} ${formatCount(count.value)} at ${positionOf(node)} is more than the ${formatCount(max)} allowed.` +
        (rule === 'skip' ? ` ${PAGE_ON_THE_KEY}` : ''),
      'CYPHER_TOO_LARGE',
    );
  }
}
