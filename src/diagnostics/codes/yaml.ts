/**
 * Diagnostics of the `backend.yaml` front end (src/syntax/yaml/parse.ts):
 * YAML syntax problems and YAML features a spec may not use (several
 * documents, custom tags, alias bombs, non-string keys, deep nesting).
 * Codes are stable; the message is one sentence, the hint says what to do.
 */
import { createDiagnosticFactory, defineDiagnostics } from '../diagnostic.js';

export const yamlDiagnostics = defineDiagnostics({
  'yaml-syntax': {
    severity: 'error',
    summary: 'The file is not valid YAML.',
    example: 'entities:\n  User: { fields: { email: email }',
    fix: 'Correct the YAML at the reported position (close brackets and quotes, line up keys).',
    message: (p: { problem: string }) => `This is not valid YAML: ${p.problem}.`,
  },
  'yaml-tab-indent': {
    severity: 'error',
    summary: 'A line is indented with a tab character.',
    example: 'backend:\n\tname: Shop',
    fix: 'Indent with spaces (two per level).',
    message: () => 'This line is indented with a tab.',
  },
  'yaml-duplicate-key': {
    severity: 'error',
    summary: 'The same key appears twice in one mapping.',
    example: 'backend:\n  name: Shop\n  name: Store',
    fix: 'Remove or rename one of the two entries.',
    message: (p: { key: string }) => `The key \`${p.key}\` appears more than once in this mapping.`,
  },
  'yaml-alias-limit': {
    severity: 'error',
    summary: 'Aliases (`*name`) expand to too many values, as in an alias bomb.',
    example: 'a: &a [x, x]\nb: &b [*a, *a]\nc: [*b, *b, *b]  # ...and so on',
    fix: 'Write the values out instead of repeating them through many aliases.',
    message: (p: { limit: number }) => `The aliases in this file expand to more than ${p.limit} values, so pab stops here to guard against alias bombs.`,
  },
  'yaml-alias-cycle': {
    severity: 'error',
    summary: 'An alias refers to a value that contains the alias itself.',
    example: 'a: &a [*a]',
    fix: 'Remove the alias from inside the value it refers to.',
    message: (p: { name: string }) => `The alias \`*${p.name}\` refers to a value that contains itself.`,
  },
  'yaml-unknown-anchor': {
    severity: 'error',
    summary: 'An alias names an anchor that is not defined before it.',
    example: 'a: *missing',
    fix: 'Define the anchor (`&name`) before the alias, or fix the spelling.',
    message: (p: { name: string }) => `There is no anchor \`&${p.name}\` before the alias \`*${p.name}\`.`,
  },
  'yaml-not-a-mapping': {
    severity: 'error',
    summary: 'The top level of the file is not a mapping of sections.',
    example: '- backend\n- entities',
    fix: 'Write the spec as a mapping with sections such as `backend:` and `entities:`.',
    message: (p: { found: string }) =>
      `The top level of a spec must be a mapping of sections such as \`backend:\` and \`entities:\`, but this file holds ${p.found}.`,
  },
  'yaml-empty': {
    severity: 'error',
    summary: 'The file holds no spec at all.',
    example: '# nothing here yet',
    fix: 'Add at least a `backend:` section with a `name:`.',
    message: (p: { onlyComments: boolean }) =>
      p.onlyComments ? 'The spec is empty: this file holds only comments.' : 'The spec is empty.',
  },
  'yaml-multiple-documents': {
    severity: 'error',
    summary: 'The file holds several YAML documents separated by `---`.',
    example: 'backend: { name: A }\n---\nbackend: { name: B }',
    fix: 'Keep one document per file; use `imports:` to split a spec over several files.',
    message: () => 'A spec file holds one YAML document, but a second one starts here.',
  },
  'yaml-unsupported-tag': {
    severity: 'error',
    summary: 'A value carries a YAML tag such as `!!binary` or `!custom`.',
    example: 'backend:\n  name: !!binary U2hvcA==',
    fix: 'Remove the tag and write the value as plain text, a number, a boolean, a list or a mapping.',
    message: (p: { tag: string }) => `The YAML tag \`${p.tag}\` is not supported in a spec.`,
  },
  'yaml-unsupported-version': {
    severity: 'error',
    summary: 'A `%YAML` directive asks for a YAML version other than 1.2.',
    example: '%YAML 1.1\n---\nbackend: { name: Shop }',
    fix: 'Remove the `%YAML` line; pab reads YAML 1.2.',
    message: (p: { version: string }) => `pab reads YAML 1.2, but this file asks for YAML ${p.version}.`,
  },
  'yaml-non-string-key': {
    severity: 'error',
    summary: 'A mapping key is a number, boolean, null, list or mapping instead of a name.',
    example: 'enums:\n  1: [A, B]',
    fix: 'Use a name as the key, or quote it to make it text.',
    message: (p: { key: string }) => `The key \`${p.key}\` is not a name; keys in a spec must be text.`,
  },
  'yaml-unsupported-value': {
    severity: 'error',
    summary: 'A value has no JSON equivalent (such as `.inf` or `.nan`).',
    example: 'deploy:\n  docker: { port: .inf }',
    fix: 'Write a finite number, or quote the value to make it text.',
    message: (p: { value: string }) => `The value \`${p.value}\` cannot be used in a spec; only text, finite numbers, booleans, null, lists and mappings can.`,
  },
  'yaml-too-deep': {
    severity: 'error',
    summary: 'Lists and mappings are nested too deeply.',
    example: 'a: [[[[[[[[ ... ]]]]]]]]',
    fix: 'Flatten the structure; a spec never needs this much nesting.',
    message: (p: { limit: number }) => `Lists and mappings are nested more than ${p.limit} levels deep here.`,
  },
  'yaml-internal': {
    severity: 'error',
    summary: 'The YAML reader failed unexpectedly (a bug in pab).',
    example: '(none)',
    fix: 'Report the bug with the file that triggers it.',
    message: (p: { detail: string }) => `pab could not read this YAML file because of an internal error: ${p.detail}`,
  },
} as const);

export type YamlDiagnosticCode = keyof typeof yamlDiagnostics;

export const diag = createDiagnosticFactory(yamlDiagnostics);
