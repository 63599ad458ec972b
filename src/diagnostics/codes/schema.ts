/**
 * Diagnostics of structural validation against `schema/backend.schema.json`
 * (see `syntax/validate.ts`). Every message is one sentence in the spec's own
 * vocabulary: `where`/`subject` parameters are already phrased ("field `email`
 * of entity `User`", "`timeout` of service `payments`") and names are in
 * backticks. Codes are stable; never rename or reuse one.
 */
import { createDiagnosticFactory, defineDiagnostics } from '../diagnostic.js';

/** Capitalizes a phrase that starts a sentence ("field `x`…" → "Field `x`…"). */
function sentence(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** `a`, `b` or `c` (the names are backticked here). */
export function listNames(names: readonly string[], conjunction: 'or' | 'and'): string {
  const quoted = names.map((n) => `\`${n}\``);
  if (quoted.length <= 1) return quoted.join('');
  return `${quoted.slice(0, -1).join(', ')} ${conjunction} ${quoted[quoted.length - 1]}`;
}

export const schemaDiagnostics = defineDiagnostics({
  'unknown-property': {
    severity: 'error',
    summary: 'A property that this place in the spec does not have.',
    example: 'entities:\n  User:\n    fields:\n      email: { type: email, uniqe: true }',
    fix: 'Correct the spelling, or move the property to where it belongs.',
    message: (p: { name: string; where: string }) => `Unknown property \`${p.name}\` in ${p.where}.`,
  },
  'missing-property': {
    severity: 'error',
    summary: 'A required property is missing, or none of a set of alternatives is given.',
    example: 'entities:\n  User:\n    doc: A person.',
    fix: 'Add the missing property.',
    message: (p: { where: string; names: readonly string[]; oneOf?: boolean }) =>
      p.oneOf
        ? `${sentence(p.where)} needs one of ${listNames(p.names, 'or')}.`
        : `${sentence(p.where)} is missing ${listNames(p.names, 'and')}.`,
  },
  'conflicting-properties': {
    severity: 'error',
    summary: 'Properties that exclude each other are given together.',
    example: 'mcp:\n  Shop:\n    transport: stdio\n    tools:\n      find: { query: byCustomer, command: Cancel }',
    fix: 'Keep exactly one of the alternatives.',
    message: (p: { where: string; names: readonly string[]; found: readonly string[] }) =>
      `${sentence(p.where)} must have only one of ${listNames(p.names, 'or')}; found ${listNames(p.found, 'and')}.`,
  },
  'wrong-type': {
    severity: 'error',
    summary: 'A value of the wrong kind: text where a number is expected, a list where a block is expected, and so on.',
    example: 'queries:\n  recent: { entity: Order, limit: ten }',
    fix: 'Write a value of the expected kind.',
    message: (p: { subject: string; expected: string; found: string }) =>
      `${sentence(p.subject)} must be ${p.expected}; found ${p.found}.`,
  },
  'invalid-value': {
    severity: 'error',
    summary: 'A value outside a closed set of choices.',
    example: 'backend: { name: Shop, database: postgress }',
    fix: 'Use one of the listed values.',
    message: (p: { subject: string; allowed: readonly string[]; found: string }) =>
      `${sentence(p.subject)} must be one of ${p.allowed.map((v) => `\`${v}\``).join(', ')}; found \`${p.found}\`.`,
  },
  'invalid-format': {
    severity: 'error',
    summary: 'A text value in the wrong format: a duration, a rate, a name, a path.',
    example: 'services:\n  payments: { url: env(PAYMENTS_URL), timeout: 5 minutes }',
    fix: 'Write the value in the format the message shows.',
    message: (p: { subject: string; format: string; found: string }) =>
      `${sentence(p.subject)} must be ${p.format}; found \`${p.found}\`.`,
  },
  'invalid-name': {
    severity: 'error',
    summary: 'A declared name that is not a valid name.',
    example: 'entities:\n  order-item:\n    fields: { qty: int }',
    fix: 'Use letters, digits and `_`, not starting with a digit.',
    message: (p: { noun: string; name: string }) => `\`${p.name}\` is not a valid ${p.noun} name.`,
  },
  'out-of-range': {
    severity: 'error',
    summary: 'A number, text or list that is too small or too large.',
    example: 'resources:\n  orders: { entity: Order, pagination: { style: cursor, max: 0 } }',
    fix: 'Use a value within the stated limit.',
    message: (p: { subject: string; requirement: string; found?: string }) =>
      `${sentence(p.subject)} must ${p.requirement}${p.found === undefined ? '' : `; found ${p.found}`}.`,
  },
  'duplicate-item': {
    severity: 'error',
    summary: 'A list that names the same item twice.',
    example: 'resources:\n  orders: { entity: Order, operations: [list, get, list] }',
    fix: 'Remove the repeated item.',
    message: (p: { subject: string; item: string }) => `${sentence(p.subject)} lists \`${p.item}\` more than once.`,
  },
  'schema-violation': {
    severity: 'error',
    summary: 'Any other structural problem (a fallback for schema rules without a dedicated code).',
    example: '# No rule of the current schema falls back to this code.',
    fix: 'Compare the value with the spec reference.',
    message: (p: { subject: string }) => `${sentence(p.subject)} is not valid here.`,
  },
});

export type SchemaDiagnosticCode = keyof typeof schemaDiagnostics;

export const diag = createDiagnosticFactory(schemaDiagnostics);
