/**
 * Diagnostics of the `.pab` front end: lexing, parsing and the mapping of
 * statements onto the spec document.
 */
import { createDiagnosticFactory, defineDiagnostics, type DiagnosticDef } from '../diagnostic.js';

export const pabDiagnostics = defineDiagnostics({
  'unexpected-character': {
    severity: 'error',
    summary: 'A character that no .pab token starts with.',
    example: 'entity User { name string # a comment }',
    fix: 'Remove the character; comments start with `//`, strings use double quotes.',
    message: (p: { text: string }) => `Unexpected character ${p.text}.`,
  } satisfies DiagnosticDef<{ text: string }>,
  'too-many-errors': {
    severity: 'error',
    summary: 'Reporting stopped after many errors in one file.',
    example: '(a binary file passed as a spec)',
    fix: 'Check that the file is a .pab spec; fix the first errors and run again.',
    message: (p: { count: number }) => `${p.count} more errors in this file were not reported; fix the ones above first (is this really a .pab file?).`,
  } satisfies DiagnosticDef<{ count: number }>,
  'parser-gave-up': {
    severity: 'error',
    summary: 'So many syntax errors in a row that the parser stopped looking for more.',
    example: 'x} x} x} x} ... (thousands of times)',
    fix: 'Fix the errors reported before this one and run again.',
    message: () => 'Too many syntax errors; stopped parsing here.',
  } satisfies DiagnosticDef<Record<string, never>>,
  'syntax-error': {
    severity: 'error',
    summary: 'The statement does not follow the .pab grammar.',
    example: 'entity User {\n  name string,\n}',
    fix: 'Write one statement per line: `name value @attributes { block }`.',
    message: (p: { text: string }) => p.text,
  } satisfies DiagnosticDef<{ text: string }>,
  'nesting-too-deep': {
    severity: 'error',
    summary: 'Blocks, parentheses or prefix operators nested more than 64 levels deep.',
    example: 'a { a { a { ... } } }',
    fix: 'Flatten the spec; real specs nest a few levels at most.',
    message: (p: { limit: number }) => `Nesting is deeper than ${p.limit} levels.`,
  } satisfies DiagnosticDef<{ limit: number }>,
  'unknown-statement': {
    severity: 'error',
    summary: 'A statement name that the enclosing block does not have.',
    example: 'entiy User { }',
    fix: 'Use one of the statements the block accepts (see the language reference).',
    message: (p: { name: string; where: string }) => `Unknown statement \`${p.name}\` in ${p.where}.`,
  } satisfies DiagnosticDef<{ name: string; where: string }>,
  'missing-name': {
    severity: 'error',
    summary: 'A declaration that needs a name has none.',
    example: 'entity { }',
    fix: 'Name it: `entity User { ... }`.',
    message: (p: { keyword: string }) => `\`${p.keyword}\` needs a name, as in \`${p.keyword} Name { ... }\`.`,
  } satisfies DiagnosticDef<{ keyword: string }>,
  'missing-block': {
    severity: 'error',
    summary: 'A statement that needs a `{ ... }` block has none.',
    example: 'entity User',
    fix: 'Add the block, even if empty: `entity User { }`.',
    message: (p: { keyword: string }) => `\`${p.keyword}\` needs a \`{ ... }\` block.`,
  } satisfies DiagnosticDef<{ keyword: string }>,
  'unexpected-block': {
    severity: 'error',
    summary: 'A `{ ... }` block where the statement takes a value.',
    example: 'version { }',
    fix: 'Write the value after the name: `version "1.0.0"`.',
    message: (p: { keyword: string }) => `\`${p.keyword}\` takes a value, not a block.`,
  } satisfies DiagnosticDef<{ keyword: string }>,
  'missing-value': {
    severity: 'error',
    summary: 'A property or field without a value or type.',
    example: 'database',
    fix: 'Write the value after the name, e.g. `database postgres` or `email email`.',
    message: (p: { keyword: string; what: string }) => `\`${p.keyword}\` needs ${p.what}.`,
  } satisfies DiagnosticDef<{ keyword: string; what: string }>,
  'unexpected-value': {
    severity: 'error',
    summary: 'A value where the statement takes none, or several values where it takes one.',
    example: 'timestamps yes',
    fix: 'Remove the extra value.',
    message: (p: { keyword: string; text: string }) => `\`${p.keyword}\` ${p.text}.`,
  } satisfies DiagnosticDef<{ keyword: string; text: string }>,
  'unexpected-attribute': {
    severity: 'error',
    summary: 'An `@attribute` on something that is not a field, or one that fields do not have.',
    example: 'email email @uniqe',
    fix: 'Use a field attribute from the language reference, on a field.',
    message: (p: { name: string; where: string }) => `\`@${p.name}\` is not allowed ${p.where}.`,
  } satisfies DiagnosticDef<{ name: string; where: string }>,
  'invalid-argument': {
    severity: 'error',
    summary: 'Arguments of an attribute or directive that do not fit it.',
    example: '@relation(cascade)',
    fix: 'Name the arguments: `@relation(onDelete: cascade)`.',
    message: (p: { text: string }) => p.text,
  } satisfies DiagnosticDef<{ text: string }>,
  'duplicate-statement': {
    severity: 'error',
    summary: 'The same property, field or declaration twice in one block.',
    example: 'entity User {\n  name string\n  name text\n}',
    fix: 'Keep one of them.',
    message: (p: { name: string; where: string }) =>
      p.name.includes('`') ? `\`${p.name}\` are both declared in ${p.where}.` : `\`${p.name}\` is declared twice in ${p.where}.`,
  } satisfies DiagnosticDef<{ name: string; where: string }>,
  'doc-statement': {
    severity: 'error',
    summary: 'A `doc` statement: .pab writes documentation as `///` comments.',
    example: 'entity User {\n  doc "A user"\n}',
    fix: 'Write `/// A user` on the line before the declaration.',
    message: () => 'Documentation is written as a `///` comment on the line before, not as a `doc` statement.',
  } satisfies DiagnosticDef<Record<string, never>>,
  'doc-comment-ignored': {
    severity: 'warning',
    summary: 'A `///` doc comment before something that cannot carry documentation.',
    example: '/// The version\nversion "1.0.0"',
    fix: 'Use a plain `//` comment, or move the doc comment before a declaration, field or enum value.',
    message: () => 'This doc comment documents nothing: only declarations, fields, enum values and named blocks carry `///` docs.',
  } satisfies DiagnosticDef<Record<string, never>>,
});

export const diag = createDiagnosticFactory(pabDiagnostics);
