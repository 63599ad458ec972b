/**
 * Diagnostics of `pab compile` / `check` / `diff` beyond the spec itself:
 * settings and the state of the output folder.
 */
import { createDiagnosticFactory, defineDiagnostics, type DiagnosticDef } from '../diagnostic.js';

export const compileDiagnostics = defineDiagnostics({
  'templates-folder-missing': {
    severity: 'warning',
    summary: 'The template override folder named by the spec or --templates does not exist.',
    example: 'backend Shop {\n  templates "templates"\n}   (no templates/ folder next to the spec)',
    fix: 'Create the folder with your overrides, or remove `templates` from the spec.',
    message: (p: { dir: string }) => `The template folder \`${p.dir}\` does not exist; the built-in templates are used.`,
  } satisfies DiagnosticDef<{ dir: string }>,
  'unused-template-override': {
    severity: 'warning',
    summary: 'A file in the template override folder that replaces no template of any target.',
    example: 'templates/docs/readme.njk   (the shipped template is docs/readme.md.njk)',
    fix: 'Name the file exactly like the template it replaces: `<target>/<template file>` (see src/emit/<target>/templates/).',
    message: (p: { file: string; dir: string }) => `\`${p.file}\` in \`${p.dir}\` replaces no shipped template, so it is not used.`,
  } satisfies DiagnosticDef<{ file: string; dir: string }>,
  'corrupt-manifest': {
    severity: 'error',
    summary: 'The output folder\'s manifest (.pab-manifest.json) cannot be read.',
    example: '(a merge conflict inside generated/.pab-manifest.json)',
    fix: 'Restore the manifest from version control, or delete it and compile again (pab then treats existing files as not its own).',
    message: (p: { dir: string; problem: string }) => `The manifest in \`${p.dir}\` cannot be read: ${p.problem}`,
  } satisfies DiagnosticDef<{ dir: string; problem: string }>,
});

export const diag = createDiagnosticFactory(compileDiagnostics);
