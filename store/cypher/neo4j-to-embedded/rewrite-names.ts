import { toKuzuName } from './kuzu-keywords.ts';
import type { Rewrite } from './rewrite-context.ts';
import { childNamed, textOf } from './syntax-tree.ts';

/** Variables and aliases that are Kuzu keywords (`end`, `count`, `order`) are back-quoted. */
export const rewriteVariable: Rewrite = (node, ctx) => toKuzuName(textOf(ctx.parsed, node));

/** Kuzu reads `\u00e9` as the letters "u00e9": the character itself is written instead. */
export const rewriteStringLiteral: Rewrite = (node, ctx) => {
  const text = textOf(ctx.parsed, node);
  const quote = text[0] ?? "'";
  return text.replace(/\\(u[0-9a-fA-F]{4}|[\s\S])/g, (escape, body: string) => {
    if (body.length === 1) return escape;
    const char = String.fromCharCode(parseInt(body.slice(1), 16));
    return char === quote || char === '\\' ? `\\${char}` : char;
  });
};

/** GQL's `OFFSET n` is Cypher's `SKIP n`, the only spelling Kuzu knows. */
export const rewriteSkip: Rewrite = (node, ctx) => {
  const expression = childNamed(ctx.parsed, node, 'expression');
  return expression ? `SKIP ${ctx.render(expression)}` : undefined;
};
