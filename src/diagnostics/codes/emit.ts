/**
 * Diagnostics of running targets (`src/emit/run.ts`): unknown targets and
 * options, template overrides that fail, and output files a target may not
 * produce (paths outside its folder, malformed content). These have no span:
 * target names and options come from the command line as often as from the
 * spec. Codes are stable kebab-case; never rename or reuse one.
 */
import { createDiagnosticFactory, defineDiagnostics, type DiagnosticDef } from '../diagnostic.js';

export const emitDiagnostics = defineDiagnostics({
  'unknown-target': {
    severity: 'error',
    summary: 'A target name that pab does not know.',
    example: 'backend Shop {\n  targets ir, dosc\n}',
    fix: 'Use one of the names `pab targets` lists.',
    message: (p: { name: string; known: string }) => `There is no target \`${p.name}\`; the targets are ${p.known}.`,
  } satisfies DiagnosticDef<{ name: string; known: string }>,
  'unknown-target-option': {
    severity: 'error',
    summary: 'An option that the target does not have.',
    example: '(the option `origin` given to the `ir` target, which has `origins`)',
    fix: 'Use one of the options `pab targets` lists for that target.',
    message: (p: { target: string; option: string; known: string }) =>
      `The target \`${p.target}\` has no option \`${p.option}\`; its options are ${p.known}.`,
  } satisfies DiagnosticDef<{ target: string; option: string; known: string }>,
  'invalid-target-option': {
    severity: 'error',
    summary: 'A target option with a value of the wrong type.',
    example: '(the boolean option `origins` of the `ir` target given the value "yes")',
    fix: 'Give a value of the type `pab targets` lists: true or false for booleans, a number for numbers.',
    message: (p: { target: string; option: string; type: string; value: string }) =>
      `The option \`${p.option}\` of the target \`${p.target}\` takes a ${p.type}, not ${p.value}.`,
  } satisfies DiagnosticDef<{ target: string; option: string; type: string; value: string }>,
  'template-failed': {
    severity: 'error',
    summary: 'A template failed to render, with a template override in use.',
    example: '(templates/docs/readme.md.njk uses `{{ backend.nam }}`, a name the view model does not have)',
    fix: 'Fix the override named in the message (the line and column are in the template), or delete it to use the shipped template.',
    message: (p: { template: string; overrides: string; cause: string }) =>
      `The template \`${p.template}\` failed (overrides in use: ${p.overrides}): ${p.cause}`,
  } satisfies DiagnosticDef<{ template: string; overrides: string; cause: string }>,
  'invalid-output-path': {
    severity: 'error',
    summary: 'A target produced a file path that is not a plain relative path inside its folder.',
    example: '(a name in the spec that a target turns into a path such as `../../etc/passwd`)',
    fix: 'Rename the item in the spec; if the name is ordinary, report a pab bug.',
    message: (p: { target: string; path: string; reason: string }) =>
      `The target \`${p.target}\` produced the file path ${p.path}, which ${p.reason}; the file is not written.`,
  } satisfies DiagnosticDef<{ target: string; path: string; reason: string }>,
  'duplicate-output-path': {
    severity: 'error',
    summary: 'A target produced two files with the same path, or paths that differ only in case.',
    example: '(two entities `Order` and `order` documented in files `order.md` and `Order.md`)',
    fix: 'Rename one of the items in the spec so that their names differ by more than case.',
    message: (p: { target: string; path: string; other: string }) =>
      p.path === p.other
        ? `The target \`${p.target}\` produced the file \`${p.path}\` twice.`
        : `The target \`${p.target}\` produced \`${p.path}\` and \`${p.other}\`, which are the same file on case-insensitive file systems.`,
  } satisfies DiagnosticDef<{ target: string; path: string; other: string }>,
  'invalid-output-content': {
    severity: 'error',
    summary: 'A generated file does not end with a newline or contains carriage returns.',
    example: '(a template override that ends without a newline and is rendered as is)',
    fix: 'Generated files are LF-only and end with "\\n"; fix the template override, or report a pab bug.',
    message: (p: { target: string; path: string; reason: string }) => `The file \`${p.path}\` of the target \`${p.target}\` ${p.reason}.`,
  } satisfies DiagnosticDef<{ target: string; path: string; reason: string }>,
});

export const diag = createDiagnosticFactory(emitDiagnostics);
