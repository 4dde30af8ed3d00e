/** A literal argument's value, read from its text: only the plain forms (no escapes) are read. */
export type LiteralValue = { value: string | number | boolean | null; integer: boolean };

/** The value of a literal written as a function's argument, or undefined when it is not a plain literal. */
export function readLiteral(text: string): LiteralValue | undefined {
  const trimmed = text.trim();
  if (/^-?\d+$/.test(trimmed)) return { value: Number(trimmed), integer: true };
  if (/^-?(\d+\.\d*|\.\d+|\d+(\.\d*)?[eE][+-]?\d+)$/.test(trimmed)) return { value: Number(trimmed), integer: false };
  if (/^'[^'\\]*'$|^"[^"\\]*"$/.test(trimmed)) return { value: trimmed.slice(1, -1), integer: false };
  if (/^(true|false)$/i.test(trimmed)) return { value: trimmed.toLowerCase() === 'true', integer: false };
  if (/^null$/i.test(trimmed)) return { value: null, integer: false };
  return undefined;
}

/** A value as a literal of the embedded store's Cypher. */
export function toKuzuLiteral(value: string | number | boolean | null, integer = Number.isInteger(value)): string {
  if (value === null) return 'NULL';
  if (typeof value === 'string') return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
  if (typeof value === 'number' && !integer) return Number.isInteger(value) ? `${value}.0` : String(value);
  return String(value);
}

/**
 * A float as Java (and so Neo4j) writes it: `1.5`, `3.0`, `1.0E7`, `1.0E-4`. Decimal between 10^-3
 * and 10^7, otherwise one digit, a point and an exponent.
 */
export function formatJavaDouble(value: number): string {
  if (Number.isNaN(value)) return 'NaN';
  if (!Number.isFinite(value)) return value > 0 ? 'Infinity' : '-Infinity';
  if (value === 0) return Object.is(value, -0) ? '-0.0' : '0.0';
  const magnitude = Math.abs(value);
  if (magnitude >= 1e-3 && magnitude < 1e7) {
    const text = String(value);
    return text.includes('.') ? text : `${text}.0`;
  }
  const [mantissa = '', exponent = ''] = value.toExponential().split('e');
  return `${mantissa.includes('.') ? mantissa : `${mantissa}.0`}E${exponent.replace('+', '')}`;
}

/** Neo4j's toString of a literal. */
export function toNeo4jString(literal: LiteralValue): string | null {
  const { value, integer } = literal;
  if (value === null) return null;
  if (typeof value === 'number') return integer ? String(value) : formatJavaDouble(value);
  return String(value);
}

/** Neo4j's toInteger of a literal: numbers truncated, strings read as numbers, null when they are not. */
export function toNeo4jInteger(literal: LiteralValue): number | null {
  const { value } = literal;
  if (typeof value === 'number') return Math.trunc(value);
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (typeof value !== 'string' || !/^\s*[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?\s*$/.test(value)) return null;
  return Math.trunc(Number(value));
}

/** Neo4j's toFloat of a literal: null for a string that is not a number. */
export function toNeo4jFloat(literal: LiteralValue): number | null {
  const { value } = literal;
  if (typeof value === 'number') return value;
  if (typeof value !== 'string' || !/^\s*[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?\s*$/.test(value)) return null;
  return Number(value);
}

/** Neo4j's toBoolean of a literal: 'true' and 'false' in any case, null for other strings; 0 is false. */
export function toNeo4jBoolean(literal: LiteralValue): boolean | null {
  const { value } = literal;
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return value !== 0;
  if (typeof value !== 'string') return null;
  const word = value.trim().toLowerCase();
  return word === 'true' ? true : word === 'false' ? false : null;
}

/**
 * Neo4j's round(value, precision) of literals: the decimal Java writes for the value, rounded half up
 * (2.675 to 2 places is 2.68, though the double is just below). Undefined where that could differ
 * from Neo4j: a negative half (its rounding mode there is not one we could check), an exponent, a
 * negative precision.
 */
export function toNeo4jRounded(value: number, precision: number): number | undefined {
  const text = String(Math.abs(value));
  if (!Number.isInteger(precision) || precision < 0 || precision > 15 || /e/i.test(text)) return undefined;
  const [whole = '0', fraction = ''] = text.split('.');
  if (fraction.length <= precision) return value;
  const digit = fraction[precision]!;
  const tie = digit === '5' && /^0*$/.test(fraction.slice(precision + 1));
  if (tie && value < 0) return undefined;
  const kept = BigInt(whole + fraction.slice(0, precision)) + (digit >= '5' ? 1n : 0n);
  const digits = kept.toString().padStart(precision + 1, '0');
  const rounded = Number(precision === 0 ? digits : `${digits.slice(0, -precision)}.${digits.slice(-precision)}`);
  return value < 0 ? -rounded : rounded;
}
