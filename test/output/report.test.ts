/**
 * Rendering plans: the `pab check` list with the ways forward, and the
 * unified diff, with and without colour.
 */
import { describe, expect, it } from 'vitest';
import { createMemoryOutputFs } from '../../src/output/fs.js';
import { planOutput } from '../../src/output/plan.js';
import { renderPlanReport, renderUnifiedDiff } from '../../src/output/report.js';
import { gen, immutable, run } from './harness.js';

const V1 = [gen('docs/README.md', '# title\nline\n'), gen('docs/old.md', 'old\n'), gen('ir/model.json', '{}\n', 'ir')];
const V2 = [gen('docs/README.md', '# title\nchanged\n'), gen('docs/new.md', 'new\n'), gen('ir/model.json', '{}\n', 'ir')];

function compiled(files = V1) {
  const fs = createMemoryOutputFs();
  run(fs, files);
  return fs;
}

describe('renderPlanReport', () => {
  it('says when the output is up to date', () => {
    const fs = compiled();
    expect(renderPlanReport(planOutput(V1, fs, { force: false }), { color: false })).toBe('Output is up to date (3 files).\n');
  });

  it('lists added, changed, removed and missing files, sorted by path', () => {
    const fs = compiled();
    fs.remove('ir/model.json');
    const report = renderPlanReport(planOutput(V2, fs, { force: false }), { color: false });
    expect(report).toBe(
      [
        'Output differs from what compile would write:',
        '  changed      docs/README.md',
        '  added        docs/new.md',
        '  removed      docs/old.md  (the spec no longer produces it)',
        '  missing      ir/model.json  (deleted on disk; compile restores it)',
        '',
      ].join('\n'),
    );
  });

  it('names a hand-edited file and the ways forward', () => {
    const fs = compiled();
    fs.write('docs/README.md', 'mine\n');
    const report = renderPlanReport(planOutput(V1, fs, { force: false }), { color: false });
    expect(report).toContain('  hand-edited  docs/README.md  (edited since pab wrote it; compile will not overwrite it)');
    expect(report).toContain('put the change in the spec');
    expect(report).toContain('template override');
    expect(report).toContain('scaffold file');
    expect(report).toContain('--force');
  });

  it('says --force overwrites, without the advice, on a forced plan', () => {
    const fs = compiled();
    fs.write('docs/README.md', 'mine\n');
    const report = renderPlanReport(planOutput(V1, fs, { force: true }), { color: false });
    expect(report).toContain('hand-edited  docs/README.md  (edited since pab wrote it; --force overwrites it)');
    expect(report).not.toContain('changed ');
    expect(report).not.toContain('Ways forward');
  });

  it('explains conflicts, errors and edited immutable files', () => {
    const fs = createMemoryOutputFs({ 'docs/README.md': 'mine\n' });
    run(fs, [immutable('sql/0001.sql', 'a;\n')]);
    fs.write('sql/0001.sql', 'b;\n');
    const plan = planOutput([...V1, gen('../x', ''), immutable('sql/0001.sql', 'a;\n')], fs, { force: false });
    const report = renderPlanReport(plan, { color: false });
    expect(report).toContain('  error        ../x  (the output path `../x` contains `..`');
    expect(report).toContain('  conflict     docs/README.md  (a file pab did not generate is in the way of `docs/README.md`)');
    expect(report).toContain('  immutable    sql/0001.sql  (edited by hand; pab never rewrites it)');
    expect(report).toContain('not even with --force');
    expect(report).toContain('Immutable files');
  });

  it('reports a manifest that alone is out of date', () => {
    const fs = createMemoryOutputFs({ 'docs/README.md': '# title\nline\n' });
    const report = renderPlanReport(planOutput([V1[0]], fs, { force: false }), { color: false });
    expect(report).toContain('the manifest .pab-manifest.json is not');
  });

  it('colours labels only when asked', () => {
    const fs = compiled();
    const plan = planOutput(V2, fs, { force: false });
    expect(renderPlanReport(plan, { color: false })).not.toContain('\u001b[');
    expect(renderPlanReport(plan, { color: true })).toContain('\u001b[32madded');
  });
});

describe('renderUnifiedDiff', () => {
  it('shows changed, created and removed files with a/ and b/ prefixes', () => {
    const fs = compiled();
    const diff = renderUnifiedDiff(planOutput(V2, fs, { force: false }), fs, { color: false });
    expect(diff).toBe(
      [
        '--- a/docs/README.md',
        '+++ b/docs/README.md',
        '@@ -1,2 +1,2 @@',
        ' # title',
        '-line',
        '+changed',
        '--- /dev/null',
        '+++ b/docs/new.md',
        '@@ -0,0 +1,1 @@',
        '+new',
        '--- a/docs/old.md',
        '+++ /dev/null',
        '@@ -1,1 +0,0 @@',
        '-old',
        '',
      ].join('\n'),
    );
  });

  it('shows a restored file as created, and a hand edit as --force would undo it', () => {
    const fs = compiled();
    fs.remove('ir/model.json');
    fs.write('docs/README.md', '# title\nmine\n');
    const diff = renderUnifiedDiff(planOutput(V1, fs, { force: false }), fs, { color: false });
    expect(diff).toContain('--- /dev/null\n+++ b/ir/model.json\n@@ -0,0 +1,1 @@\n+{}\n');
    expect(diff).toContain('--- a/docs/README.md\n+++ b/docs/README.md\n@@ -1,2 +1,2 @@\n # title\n-mine\n+line\n');
  });

  it('is empty when compile would write nothing', () => {
    const fs = compiled();
    expect(renderUnifiedDiff(planOutput(V1, fs, { force: false }), fs, { color: true })).toBe('');
  });

  it('colours hunks red, green and cyan on request', () => {
    const fs = compiled();
    const diff = renderUnifiedDiff(planOutput(V2, fs, { force: false }), fs, { color: true });
    expect(diff).toContain('\u001b[36m@@ -1,2 +1,2 @@\u001b[39m');
    expect(diff).toContain('\u001b[31m-line\u001b[39m');
    expect(diff).toContain('\u001b[32m+changed\u001b[39m');
  });
});
