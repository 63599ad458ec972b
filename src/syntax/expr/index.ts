/**
 * The expression sub-languages of the spec document: strings holding types,
 * defaults, conditions, access rules, durations, rates, env references and
 * order items. Each parser takes the string and the spans of the value that
 * holds it, and returns a typed node with spans plus diagnostics; none throws.
 */
export * from './access.js';
export * from './condition.js';
export * from './diagnostics.js';
export * from './lex.js';
export * from './stream.js';
export * from './type-expr.js';
export * from './values.js';
