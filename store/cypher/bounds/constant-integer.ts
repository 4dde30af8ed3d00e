import { textOf, type CstNode, type ParsedCypher } from '../neo4j-to-embedded/syntax-tree.ts';

/** A number the query fixes before it runs: a whole number, a parameter not yet given, or anything else. */
export type Constant = { kind: 'integer'; value: bigint } | { kind: 'unknown' } | { kind: 'other' };

const DECIMAL = /^-?\d[\d_]*$/;
const HEX = /^-?0x[\da-f_]+$/i;
const OCTAL = /^-?0o[0-7_]+$/i;
const PARAMETER = /^\$(?:(\w+)|`([^`]+)`)$/;

/**
 * What an expression such as a SKIP count or a range() bound is: a whole-number literal (`12`, `-3`,
 * `0x1F`, `1_000`), a parameter holding one, or something only the running query knows. Without
 * `params` (a check of the text alone) a parameter is `unknown`.
 */
export function toConstantInteger(parsed: ParsedCypher, node: CstNode, params?: Readonly<Record<string, unknown>>): Constant {
  const text = textOf(parsed, node).trim();
  if (DECIMAL.test(text) || HEX.test(text) || OCTAL.test(text)) {
    const negative = text.startsWith('-');
    const digits = (negative ? text.slice(1) : text).replace(/_/g, '').replace(/^0o/i, '0o');
    const value = BigInt(digits);
    return { kind: 'integer', value: negative ? -value : value };
  }
  const parameter = PARAMETER.exec(text);
  if (!parameter) return { kind: 'other' };
  if (!params) return { kind: 'unknown' };
  const value = params[parameter[1] ?? parameter[2] ?? ''];
  return typeof value === 'number' && Number.isSafeInteger(value) ? { kind: 'integer', value: BigInt(value) } : { kind: 'other' };
}

/** 1,234,567 */
export function formatCount(value: bigint | number): string {
  return value.toLocaleString('en-US');
}
