/** Kuzu 0.11.3's keywords (kuzu-source/src/antlr4/keywords.txt): a label, type or property with one of these names needs back-quotes there. */
export const KUZU_KEYWORDS: ReadonlySet<string> = new Set([
  'ACYCLIC', 'ADD', 'ALL', 'ALTER', 'AND', 'ANY', 'AS', 'ASC', 'ASCENDING', 'ATTACH', 'BEGIN', 'BY', 'CALL',
  'CASE', 'CAST', 'CHECKPOINT', 'COLUMN', 'COMMENT', 'COMMIT', 'COMMIT_SKIP_CHECKPOINT', 'CONTAINS', 'COPY',
  'COUNT', 'CREATE', 'CYCLE', 'DATABASE', 'DBTYPE', 'DEFAULT', 'DELETE', 'DESC', 'DESCENDING', 'DETACH',
  'DISTINCT', 'DROP', 'ELSE', 'END', 'ENDS', 'EXISTS', 'EXPLAIN', 'EXPORT', 'EXTENSION', 'FALSE', 'FORCE',
  'FROM', 'GLOB', 'GRAPH', 'GROUP', 'HEADERS', 'HINT', 'IF', 'IMPORT', 'IN', 'INCREMENT', 'INSTALL', 'IS',
  'JOIN', 'KEY', 'LIMIT', 'LOAD', 'LOGICAL', 'MACRO', 'MATCH', 'MAXVALUE', 'MERGE', 'MINVALUE', 'MULTI_JOIN',
  'NO', 'NODE', 'NONE', 'NOT', 'NULL', 'ON', 'ONLY', 'OPTIONAL', 'OR', 'ORDER', 'PRIMARY', 'PROFILE',
  'PROJECT', 'READ', 'REL', 'RENAME', 'RETURN', 'ROLLBACK', 'ROLLBACK_SKIP_CHECKPOINT', 'SEQUENCE', 'SET',
  'SHORTEST', 'SINGLE', 'START', 'STARTS', 'STRUCT', 'TABLE', 'THEN', 'TO', 'TRAIL', 'TRANSACTION', 'TRUE',
  'TYPE', 'UNINSTALL', 'UNION', 'UNWIND', 'UPDATE', 'USE', 'USER', 'WHEN', 'WHERE', 'WITH', 'WRITE',
  'WSHORTEST', 'XOR', 'YIELD',
]);

/** The name as Kuzu must read it: back-quoted when it is one of its keywords (`IN`, `END`, `START`…). */
export function toKuzuName(name: string): string {
  if (name.startsWith('`')) return name;
  return KUZU_KEYWORDS.has(name.toUpperCase()) ? `\`${name}\`` : name;
}
