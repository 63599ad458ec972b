/**
 * Diagnostics of loading spec files: reading, decoding, imports and merging.
 */
import { createDiagnosticFactory, defineDiagnostics, type DiagnosticDef } from '../diagnostic.js';

export const loadDiagnostics = defineDiagnostics({
  'file-not-found': {
    severity: 'error',
    summary: 'A spec file or an imported file does not exist.',
    example: 'import "./billing.pab"   (no such file)',
    fix: 'Check the path; imports are relative to the importing file.',
    message: (p: { path: string }) => `Cannot read \`${p.path}\`: no such file.`,
  } satisfies DiagnosticDef<{ path: string }>,
  'unknown-spec-format': {
    severity: 'error',
    summary: 'A spec file whose name does not end in .pab, .yaml or .yml.',
    example: 'import "./billing.txt"',
    fix: 'Name spec files `*.pab` or `*.yaml` / `*.yml`.',
    message: (p: { path: string }) => `\`${p.path}\` is neither a .pab nor a .yaml spec file.`,
  } satisfies DiagnosticDef<{ path: string }>,
  'invalid-utf8': {
    severity: 'error',
    summary: 'The file is not valid UTF-8 text.',
    example: '(a file saved as Latin-1, or a binary file)',
    fix: 'Save the spec as UTF-8.',
    message: () => 'The file is not valid UTF-8 text; this is the first bad byte.',
  } satisfies DiagnosticDef<Record<string, never>>,
  'import-cycle': {
    severity: 'error',
    summary: 'Spec files import each other in a cycle.',
    example: 'a.pab: import "./b.pab"\nb.pab: import "./a.pab"',
    fix: 'Remove one of the imports; move shared declarations to a third file both import.',
    message: (p: { chain: string }) => `Import cycle: ${p.chain}.`,
  } satisfies DiagnosticDef<{ chain: string }>,
  'duplicate-definition': {
    severity: 'error',
    summary: 'The same name is defined in two places (possibly in two files).',
    example: 'entity User { } in shop.pab and in users.pab',
    fix: 'Keep one definition, or rename one of them.',
    message: (p: { kind: string; name: string }) => `${p.kind} \`${p.name}\` is defined more than once.`,
  } satisfies DiagnosticDef<{ kind: string; name: string }>,
  'duplicate-section': {
    severity: 'error',
    summary: 'A section that a backend has once (backend, auth, deploy) appears in two files.',
    example: 'auth { } in both spec files',
    fix: 'Keep the section in one file.',
    message: (p: { section: string }) => `The \`${p.section}\` section is defined in more than one file.`,
  } satisfies DiagnosticDef<{ section: string }>,
});

export const diag = createDiagnosticFactory(loadDiagnostics);
