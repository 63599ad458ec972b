/**
 * Diagnostics of the expression sub-languages (types, defaults, conditions,
 * access rules, durations, rates, env references, order items). These are
 * syntax errors inside one string of the document; the checker reports them
 * alongside its own (see `diagnostics/codes/check.ts`). Codes are stable.
 */
import { createDiagnosticFactory, defineDiagnostics, type DiagnosticDef } from '../../diagnostics/diagnostic.js';

/** `what` names the expression with its article ("the condition", "the check of `Order`"). */
const sentence = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

export const exprDiagnostics = defineDiagnostics({
  'expr-invalid-character': {
    severity: 'error',
    summary: 'A character that no expression token starts with.',
    example: 'check: "total # 2 > 0"',
    fix: 'Remove the character; strings use double quotes, parameters start with `$`.',
    message: (p: { text: string; what: string }) => `Unexpected character \`${p.text}\` in ${p.what}.`,
  } satisfies DiagnosticDef<{ text: string; what: string }>,
  'expr-unexpected-token': {
    severity: 'error',
    summary: 'A token that does not fit the expression grammar at that place.',
    example: 'where: "status = = PENDING"',
    fix: 'Correct the expression; see the language reference for its grammar.',
    message: (p: { expected: string; found: string; what: string }) =>
      `Expected ${p.expected} in ${p.what}, found \`${p.found}\`.`,
  } satisfies DiagnosticDef<{ expected: string; found: string; what: string }>,
  'expr-unexpected-end': {
    severity: 'error',
    summary: 'An expression that stops before it is complete.',
    example: 'where: "status ="',
    fix: 'Complete the expression.',
    message: (p: { expected: string; what: string }) => `Expected ${p.expected} at the end of ${p.what}.`,
  } satisfies DiagnosticDef<{ expected: string; what: string }>,
  'expr-empty': {
    severity: 'error',
    summary: 'An empty string where an expression is expected.',
    example: 'check: ""',
    fix: 'Write the expression, or remove the property.',
    message: (p: { what: string }) => `${sentence(p.what)} is empty.`,
  } satisfies DiagnosticDef<{ what: string }>,
  'expr-too-deep': {
    severity: 'error',
    summary: 'An expression nested more than 64 levels deep.',
    example: 'check: "((((((((... 65 levels ...))))))))"',
    fix: 'Simplify the expression; real conditions nest a few levels at most.',
    message: (p: { what: string; limit: number }) => `${sentence(p.what)} nests deeper than ${p.limit} levels.`,
  } satisfies DiagnosticDef<{ what: string; limit: number }>,
  'expr-type-arguments': {
    severity: 'error',
    summary: 'Type arguments on a type that takes none, or the wrong number of them.',
    example: 'type: "int(10)"',
    fix: 'Only `decimal(precision, scale)` takes arguments.',
    message: (p: { type: string; text: string }) => `\`${p.type}\` ${p.text}.`,
  } satisfies DiagnosticDef<{ type: string; text: string }>,
  'unknown-default-function': {
    severity: 'error',
    summary: 'A default written as a call that is not one of now(), uuid(), autoincrement().',
    example: 'default: "cuid()"',
    fix: 'Use `now()`, `uuid()` or `autoincrement()`, or write a literal value.',
    message: (p: { name: string }) =>
      `\`${p.name}()\` is not a default function; use \`now()\`, \`uuid()\` or \`autoincrement()\`.`,
  } satisfies DiagnosticDef<{ name: string }>,
  'invalid-duration': {
    severity: 'error',
    summary: 'A duration that is not a whole number followed by ms, s, m, h, d or w.',
    example: 'timeout: "5 seconds"',
    fix: 'Write e.g. `500ms`, `30s`, `15m`, `2h`, `7d` or `1w`.',
    message: (p: { text: string }) =>
      `\`${p.text}\` is not a duration; write a whole number followed by ms, s, m, h, d or w, e.g. \`15m\`.`,
  } satisfies DiagnosticDef<{ text: string }>,
  'invalid-rate': {
    severity: 'error',
    summary: 'A rate that is not `count/unit` with unit second, minute, hour or day.',
    example: 'rateLimit: "100 a minute"',
    fix: 'Write e.g. `100/minute`.',
    message: (p: { text: string }) =>
      `\`${p.text}\` is not a rate; write a whole count, \`/\` and second, minute, hour or day, e.g. \`100/minute\`.`,
  } satisfies DiagnosticDef<{ text: string }>,
  'invalid-env-reference': {
    severity: 'error',
    summary: 'An `env(...)` value that does not name one environment variable.',
    example: 'url: "env(payments url)"',
    fix: 'Write `env(NAME)` with a variable name made of letters, digits and underscores.',
    message: (p: { text: string }) => `\`${p.text}\` is not a valid environment reference; write \`env(NAME)\`.`,
  } satisfies DiagnosticDef<{ text: string }>,
  'access-unknown-term': {
    severity: 'error',
    summary: 'A term in an access rule that has no meaning there.',
    example: 'access: { list: "signedIn" }',
    fix: 'Use public, authenticated, role(...), permission(...), owner(field), policy(name) or a comparison.',
    message: (p: { text: string }) =>
      `\`${p.text}\` is not an access rule; use \`public\`, \`authenticated\`, \`role(...)\`, \`permission(...)\`, \`owner(field)\`, \`policy(name)\` or a comparison.`,
  } satisfies DiagnosticDef<{ text: string }>,
  'access-call-arguments': {
    severity: 'error',
    summary: 'An access rule call with the wrong number or kind of arguments.',
    example: 'access: { list: "owner()" }',
    fix: 'role(A, B) takes role names; permission(x.y), owner(field) and policy(name) take one name.',
    message: (p: { name: string; expected: string }) => `\`${p.name}(...)\` takes ${p.expected}.`,
  } satisfies DiagnosticDef<{ name: string; expected: string }>,
});

export const exprDiag = createDiagnosticFactory(exprDiagnostics);
