// Bounds on how deep a program may nest, checked once by the checker (parameter ranges: value-range.ts).

/**
 * Later passes (code generation above all) recurse once per level of the dataflow graph: a value computed
 * through a longer chain of operations (2,000 lets each using the last) is refused where the chain gets too
 * long; the stdlib's deepest value is about 45 levels. Inlined functions nest at most MAX_CALL_DEPTH deep.
 */
export const MAX_VALUE_DEPTH = 400;
export const MAX_CALL_DEPTH = 64;
