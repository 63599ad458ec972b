/**
 * `pab diff --breaking --against <baseline>` as a user runs it: against a git
 * revision (tag, branch; the spec and its imports read at that revision) or
 * a spec file; exit codes, spans in the current spec, approvals, and the
 * errors for a baseline that cannot be used.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runPab } from '../helpers/cli.js';

const MAIN = `import "catalog.pab"

backend Shop {
  version  "1.0.0"
  database sqlite
}

resource books {
  entity Book
}
`;
const CATALOG = `entity Book {
  title string @maxLength(200)
  note  text?
}
`;

let dir: string;
const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, stdio: 'pipe' }).toString();
const write = (name: string, text: string) => writeFileSync(join(dir, name), text);
const pab = (...argv: string[]) => runPab(argv, { cwd: dir });
const spec = () => join(dir, 'backend.pab');

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'pab-breaking-'));
  write('backend.pab', MAIN);
  write('catalog.pab', CATALOG);
  git('init', '-q');
  git('add', '.');
  git('-c', 'user.email=t@example.com', '-c', 'user.name=t', 'commit', '-qm', 'v1');
  git('tag', 'v1');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('pab diff --breaking', () => {
  it('passes when nothing broke, and for a non-breaking change', () => {
    const same = pab('diff', '--breaking', '--against', 'v1', spec());
    expect(same.code).toBe(0);
    expect(same.stderr).toContain('no breaking changes against v1');
    write('catalog.pab', CATALOG.replace('  note  text?\n', '  note  text?\n  isbn  string?\n'));
    expect(pab('diff', '--breaking', '--against', 'v1', spec()).code).toBe(0);
  });

  it('reports a change in an imported file at its line in the current spec, with the baseline place alongside', () => {
    write('catalog.pab', CATALOG.replace('  note  text?\n', ''));
    const r = pab('diff', '--breaking', '--against', 'v1', spec());
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('catalog.pab:1:1 - error breaking-field-removed: The field `Book.note` of entity `Book` is gone');
    expect(r.stderr).toContain('v1:catalog.pab:3:3: In the baseline (`v1`) it was here.');
    expect(r.stderr).toContain('error breaking-schema-change');
    expect(r.stderr).toContain('allow removeField(Book.note)');
    expect(r.stderr).toContain('2 breaking changes against v1');
  });

  it('passes once the spec approves the changes for its release, and warns about a stale approval later', () => {
    write('catalog.pab', CATALOG.replace('  note  text?\n', ''));
    const approved = `${MAIN.replace('"1.0.0"', '"2.0.0"')}\ncompatibility {\n  version "2.0.0"\n  allow removeField(Book.note), dropColumn(books.note)\n}\n`;
    write('backend.pab', approved);
    const r = pab('diff', '--breaking', '--against', 'v1', spec());
    expect(r.stderr).toBe(`${spec()}: no breaking changes against v1 (0 errors, 0 warnings).\n`);
    expect(r.code).toBe(0);

    // Release 2.0.0 ships; the next release moves the version on: the approvals are stale.
    git('add', '.');
    git('-c', 'user.email=t@example.com', '-c', 'user.name=t', 'commit', '-qm', 'v2');
    git('tag', 'v2');
    write('backend.pab', approved.replace('version  "2.0.0"', 'version  "2.1.0"'));
    const later = pab('diff', '--breaking', '--against', 'v2', spec());
    expect(later.code).toBe(0);
    expect(later.stderr).toContain('warning breaking-approvals-stale');
    expect(pab('validate', spec()).stderr).toContain('warning breaking-approvals-stale');
    // Against the new baseline, approvals still for this release but matching nothing are reported.
    write('backend.pab', approved);
    const unused = pab('diff', '--breaking', '--against', 'v2', spec());
    expect(unused.stderr).toContain('warning breaking-approval-unused: The approval `removeField(Book.note)` matches no breaking change against `v2`');
  });

  it('takes a spec file as the baseline', () => {
    write('old.pab', MAIN.replace('import "catalog.pab"', 'import "catalog.pab"').replace('resource books {\n  entity Book\n}\n', 'resource books {\n  entity Book\n}\n\nresource allBooks {\n  entity Book\n  path "/all"\n  operations list\n}\n'));
    const r = pab('diff', '--breaking', '--against', join(dir, 'old.pab'), spec());
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('error breaking-operation-removed: The operation `allBooks.list` (GET /all) is gone.');
  });

  it('prints JSON diagnostics with --reporter json', () => {
    write('catalog.pab', CATALOG.replace('@maxLength(200)', '@maxLength(100)'));
    const r = pab('diff', '--breaking', '--against', 'v1', '--reporter', 'json', spec());
    expect(r.code).toBe(1);
    const codes = (JSON.parse(r.stdout) as { code: string }[]).map((d) => d.code);
    expect(codes.sort()).toEqual(['breaking-field-narrowed', 'breaking-schema-change']);
  });

  it('refuses a baseline that is neither a file nor a revision, or where the spec did not exist', () => {
    const none = pab('diff', '--breaking', '--against', 'no-such-tag', spec());
    expect(none.code).toBe(1);
    expect(none.stderr).toContain('error breaking-baseline-unreadable: The baseline `no-such-tag` cannot be used: it is neither a spec file nor a git revision');
    write('other.pab', MAIN);
    const missing = pab('diff', '--breaking', '--against', 'v1', join(dir, 'other.pab'));
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('the spec did not exist at `v1:other.pab`');
  });

  it('reports a baseline with errors as unusable, showing its errors', () => {
    write('bad.pab', 'backend X {\n  database nosuchdb\n}\n');
    const r = pab('diff', '--breaking', '--against', join(dir, 'bad.pab'), spec());
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('bad.pab:2:');
    expect(r.stderr).toContain('breaking-baseline-unreadable');
  });

  it('needs --against with --breaking, and --against only with --breaking', () => {
    expect(pab('diff', '--breaking', spec()).code).toBe(2);
    expect(pab('diff', '--against', 'v1', spec()).code).toBe(2);
  });

  it('reports protobuf fields whose numbers change, from the committed field-number snapshots', () => {
    const grpc = MAIN.replace('database sqlite', 'database sqlite\n  api      grpc\n  targets  proto\n  output   "out"');
    write('backend.pab', grpc);
    expect(pab('compile', spec()).code).toBe(0);
    git('add', '.');
    git('-c', 'user.email=t@example.com', '-c', 'user.name=t', 'commit', '-qm', 'grpc');
    git('tag', 'g1');
    // A field added in the middle keeps every other number: not breaking.
    write('catalog.pab', CATALOG.replace('  note  text?\n', '  isbn  string?\n  note  text?\n'));
    expect(pab('compile', spec()).code).toBe(0);
    const added = pab('diff', '--breaking', '--against', 'g1', spec());
    expect(added.stderr).not.toContain('breaking-field-number-changed');
    expect(added.code).toBe(0);
    // The snapshot lost: a fresh numbering would move `note`.
    rmSync(join(dir, 'out', 'proto', 'proto-fields.json'));
    const lost = pab('diff', '--breaking', '--against', 'g1', spec());
    expect(lost.code).toBe(1);
    expect(lost.stderr).toMatch(/error breaking-field-number-changed: The protobuf field `Book\.note` is now number \d+ \(was \d+\)/);
    expect(lost.stderr).toContain('allow renumberField(Book.note)');
  });
});
