/**
 * Error goldens: each folder test/fixtures/errors/error-<case>/ holds one spec
 * with mistakes (`input.pab` or `input.yaml`, plus any file it imports) and
 * `expected.txt`, the exact pretty, uncolored rendering of every diagnostic
 * `validateSpec` reports for it (paths relative to the repository root).
 *
 * To rewrite the goldens after an intended change of messages or spans, run
 *
 *   PAB_UPDATE=1 npx vitest run --dir test test/errors.test.ts
 *
 * (or `npm run test:update`), then read the diff of every `expected.txt`: each
 * message must make sense to a newcomer and its caret must mark the right text.
 *
 * Known bugs in the messages are listed in KNOWN_BUGS: each is an extra
 * assertion of how the message *should* read, run as `it.fails`; the golden
 * itself pins today's text, so fixing the bug turns both red (update the
 * golden and delete the entry).
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createNodeHost, type Host } from '../src/core/host.js';
import { renderDiagnostics } from '../src/diagnostics/render.js';
import { validateSpec, type ValidatedSpec } from '../src/pipeline.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const ERRORS_DIR = 'test/fixtures/errors';
const UPDATE = process.env['PAB_UPDATE'] === '1';

/** A node host that resolves relative paths against the repository root, whatever the working directory. */
function repoHost(): Host {
  const node = createNodeHost();
  return {
    readFile: (path) => node.readFile(isAbsolute(path) ? path : join(ROOT, path)),
    resolvePath: (from, path) => node.resolvePath(from, path),
  };
}

function render(r: ValidatedSpec): string {
  return renderDiagnostics('pretty', r.diagnostics, { files: r.loaded.files, color: false });
}

interface KnownBug {
  readonly reason: string;
  /** Holds once the bug is fixed. */
  readonly check: (r: ValidatedSpec, rendered: string) => void;
}

const KNOWN_BUGS: Readonly<Record<string, KnownBug>> = {
};

function caseNames(): string[] {
  return readdirSync(join(ROOT, ERRORS_DIR))
    .filter((name) => statSync(join(ROOT, ERRORS_DIR, name)).isDirectory())
    .sort();
}

function inputOf(name: string): string {
  const candidates = ['input.pab', 'input.yaml'].filter((f) => existsSync(join(ROOT, ERRORS_DIR, name, f)));
  if (candidates.length !== 1) throw new Error(`${ERRORS_DIR}/${name} needs exactly one of input.pab and input.yaml`);
  return `${ERRORS_DIR}/${name}/${candidates[0]}`;
}

const cases = caseNames();

describe('error goldens', () => {
  it('finds the cases, every one named error-*', () => {
    expect(cases.length).toBeGreaterThanOrEqual(20);
    for (const name of cases) expect(name).toMatch(/^error-[a-z0-9-]+$/);
  });

  for (const name of cases) {
    describe(name, () => {
      const input = inputOf(name);
      const result = validateSpec(repoHost(), input);
      const rendered = render(result);
      const expectedPath = join(ROOT, ERRORS_DIR, name, 'expected.txt');

      it('reports at least one error, and no IR', () => {
        expect(result.diagnostics.some((d) => d.severity === 'error'), rendered).toBe(true);
        expect(result.model).toBeUndefined();
      });

      it('renders exactly expected.txt', () => {
        if (UPDATE) {
          writeFileSync(expectedPath, rendered);
          return;
        }
        expect(existsSync(expectedPath), `missing ${expectedPath}; run with PAB_UPDATE=1`).toBe(true);
        expect(rendered).toBe(readFileSync(expectedPath, 'utf8'));
      });

      const bug = KNOWN_BUGS[name];
      if (bug) {
        it.fails(`BUG: ${bug.reason}`, () => bug.check(result, rendered));
      }
    });
  }
});
