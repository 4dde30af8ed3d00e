import fc from 'fast-check';

/** JSON values as a client may send them for a parameter: every type, mixed lists, deep and odd ones. */
export const paramValues: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => {
  const scalar = fc.oneof(
    fc.constant(null),
    fc.boolean(),
    fc.integer(),
    fc.constantFrom(0, -0, 2.5, 2 ** 53 + 2, -(2 ** 63), 1e308, 5e-324, 1.0),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.string({ maxLength: 8 }),
    fc.constantFrom('', '\u0000', '\ud800', '𝄞', 'é'),
  );
  return {
    value: fc.oneof(
      { depthSize: 'small', maxDepth: 5, withCrossShrink: true },
      scalar,
      fc.array(tie('value'), { maxLength: 4 }),
      fc.array(scalar, { maxLength: 5 }),
      fc.dictionary(fc.constantFrom('a', 'b', '', 'a b', '$', 'end'), tie('value'), { maxKeys: 3 }),
      fc.array(fc.dictionary(fc.constantFrom('a', 'b'), scalar, { maxKeys: 2 }), { maxLength: 3 }),
    ),
  };
}).value;
