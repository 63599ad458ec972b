/**
 * `pab compile` end to end through the built command (`node bin/pab.js`, from
 * dist/): the README's main command on every example, determinism across time
 * zones, locales and working directories, a compile killed mid-write, template
 * overrides, `--target`, `init` on an existing folder, and `watch` (in-process,
 * on a real folder). Builds dist/ once; spawns run in parallel where they are
 * independent, to keep the file well under a minute.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  utimesSync,
  watch,
  writeFileSync,
  type FSWatcher,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWatch, type WatchHandle } from '../../src/cli/commands/watch.js';
import type { CliIo } from '../../src/cli/io.js';
import { createNodeHost } from '../../src/core/host.js';
import { buildDist, REPO_ROOT, runPab } from '../helpers/cli.js';
import { DEMO_SPEC as SPEC } from '../helpers/specs.js';

const BIN = join(REPO_ROOT, 'bin', 'pab.js');
const MANIFEST = '.pab-manifest.json';
const TEMP_SUFFIX = '.pab-tmp';

/** Every example's root spec, as the README names it: `examples/<name>/backend.*`. */
const EXAMPLES = readdirSync(join(REPO_ROOT, 'examples'))
  .sort()
  .map((name) => {
    const spec = readdirSync(join(REPO_ROOT, 'examples', name)).find((f) => /^backend\.(pab|ya?ml)$/.test(f));
    return { name, spec: `examples/${name}/${spec}` };
  });

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

interface SpawnOptions {
  cwd?: string;
  env?: Record<string, string>;
  /** Called with the child as soon as it is spawned (to kill it). */
  onSpawn?: (child: ChildProcess) => void;
}

/** Runs `node bin/pab.js <argv>` asynchronously (so independent runs overlap). */
function pab(argv: readonly string[], options: SpawnOptions = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...argv], {
      cwd: options.cwd ?? REPO_ROOT,
      env: { ...process.env, NO_COLOR: '1', ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout!.setEncoding('utf8').on('data', (t: string) => (stdout += t));
    child.stderr!.setEncoding('utf8').on('data', (t: string) => (stderr += t));
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
    options.onSpawn?.(child);
  });
}

/** Every file under `root` (relative POSIX paths, sorted) with its bytes. */
function readTree(root: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  const walk = (prefix: string): void => {
    for (const entry of readdirSync(join(root, prefix), { withFileTypes: true })) {
      const rel = prefix === '' ? entry.name : `${prefix}/${entry.name}`;
      if (entry.isDirectory()) walk(rel);
      else files.set(rel, readFileSync(join(root, rel)));
    }
  };
  if (existsSync(root)) walk('');
  return new Map([...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** The paths where two trees differ (missing on one side, or other bytes); [] when byte-identical. */
function treeDifferences(a: Map<string, Buffer>, b: Map<string, Buffer>): string[] {
  const paths = [...new Set([...a.keys(), ...b.keys()])].sort();
  return paths.filter((p) => {
    const x = a.get(p);
    const y = b.get(p);
    return x === undefined || y === undefined || !x.equals(y);
  });
}

const sha256 = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');

function setAllMtimes(root: string, when: Date): void {
  for (const rel of readTree(root).keys()) utimesSync(join(root, rel), when, when);
}

function mtimes(root: string): Record<string, number> {
  return Object.fromEntries([...readTree(root).keys()].map((rel) => [rel, statSync(join(root, rel)).mtimeMs]));
}

/** Polls `condition` every 25 ms until it holds; fails after `timeoutMs` with `what`. */
async function until(what: string, condition: () => boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting until ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));


let root: string;

beforeAll(() => {
  buildDist();
  root = mkdtempSync(join(tmpdir(), 'pab-e2e-'));
}, 120_000);

afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

/** A fresh folder under this file's temp root. */
let folders = 0;
function folder(name: string): string {
  const dir = join(root, `${folders++}-${name}`);
  mkdirSync(dir, { recursive: true });
  return dir;
}

describe('the README main command: pab compile examples/<name>/backend.* --out DIR', () => {
  it('compiles every example (exit 0, files and manifest written); a second run writes nothing and says so', async () => {
    expect(EXAMPLES.length).toBeGreaterThanOrEqual(4);
    const outs = EXAMPLES.map((e) => ({ ...e, out: join(folder(`main-${e.name}`), 'out') }));
    const first = await Promise.all(outs.map((e) => pab(['compile', e.spec, '--out', e.out])));
    const past = new Date('2020-01-01T00:00:00Z');
    outs.forEach((e, i) => {
      const r = first[i]!;
      expect(r.stderr, e.name).toContain('written');
      expect(r.code, `${e.name}: ${r.stderr}`).toBe(0);
      const files = readTree(e.out);
      expect(files.has(MANIFEST), e.name).toBe(true);
      // The manifest lists exactly the files written, with their hashes.
      const manifest = JSON.parse(files.get(MANIFEST)!.toString('utf8')) as { files: Record<string, { sha256: string }> };
      const listed = Object.keys(manifest.files).sort();
      expect(listed, e.name).toEqual([...files.keys()].filter((p) => p !== MANIFEST));
      expect(listed.some((p) => p.startsWith('ir/')) && listed.some((p) => p.startsWith('docs/')), e.name).toBe(true);
      for (const p of listed) expect(sha256(files.get(p)!), `${e.name} ${p}`).toBe(manifest.files[p]!.sha256);
      setAllMtimes(e.out, past);
    });
    const before = outs.map((e) => ({ mtimes: mtimes(e.out), tree: readTree(e.out) }));
    const second = await Promise.all(outs.map((e) => pab(['compile', e.spec, '--out', e.out])));
    outs.forEach((e, i) => {
      const r = second[i]!;
      expect(r.code, `${e.name}: ${r.stderr}`).toBe(0);
      expect(r.stderr, e.name).toMatch(/up to date, nothing written/);
      expect(mtimes(e.out), e.name).toEqual(before[i]!.mtimes);
      expect(treeDifferences(readTree(e.out), before[i]!.tree), e.name).toEqual([]);
    });
  }, 40_000);
});

describe('determinism: the output does not depend on time zone, locale or working directory', () => {
  const BASELINE = { TZ: 'UTC', LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8' };
  // Kiritimati is UTC+14; Turkish maps I/i differently, which breaks naive case mapping.
  const EXOTIC = { TZ: 'Pacific/Kiritimati', LANG: 'de_DE.UTF-8', LC_ALL: 'tr_TR.UTF-8' };

  it('the exotic environment really reaches node (a precondition of the next test)', async () => {
    const probe = await new Promise<string>((resolve, reject) => {
      const child = spawn(
        process.execPath,
        ['-e', 'const o = Intl.DateTimeFormat().resolvedOptions(); process.stdout.write(o.locale + " " + o.timeZone + " " + new Date("2024-01-01T00:00:00Z").getTimezoneOffset())'],
        { env: { ...process.env, ...EXOTIC }, stdio: ['ignore', 'pipe', 'inherit'] },
      );
      let out = '';
      child.stdout.setEncoding('utf8').on('data', (t: string) => (out += t));
      child.on('error', reject);
      child.on('close', () => resolve(out));
    });
    expect(probe).toBe('tr-TR Pacific/Kiritimati -840');
  }, 10_000);

  it('every example compiles byte-identically under TZ=UTC/C.UTF-8, under Kiritimati/tr_TR, and from another folder', async () => {
    const a = folder('env-baseline');
    const b = folder('env-exotic');
    const c = folder('cwd-elsewhere');
    const runs = await Promise.all(
      EXAMPLES.flatMap((e) => [
        // From the repository root with a relative spec path, in the baseline environment.
        pab(['compile', e.spec, '--out', join(a, e.name)], { env: BASELINE }),
        pab(['compile', e.spec, '--out', join(b, e.name)], { env: EXOTIC }),
        // From the temp folder with an absolute spec path (and a relative --out).
        pab(['compile', join(REPO_ROOT, e.spec), '--out', e.name], { cwd: c, env: BASELINE }),
      ]),
    );
    for (const r of runs) expect(r.code, r.stderr).toBe(0);
    for (const e of EXAMPLES) {
      const baseline = readTree(join(a, e.name));
      expect(baseline.size, e.name).toBeGreaterThan(2);
      expect(treeDifferences(readTree(join(b, e.name)), baseline), `${e.name}: TZ/locale`).toEqual([]);
      expect(treeDifferences(readTree(join(c, e.name)), baseline), `${e.name}: working directory`).toEqual([]);
    }
  }, 40_000);
});

describe('a compile killed mid-write', () => {
  /**
   * A spec large enough that writing its output takes a while (the IR is
   * megabytes). The new version changes the IR, the overview and the data
   * model; the other pages stay the same, so they must keep their bytes.
   */
  const SIZE = 300;

  it('leaves every file old or new, never torn; the next compile completes cleanly and check passes', async () => {
    const generateUrl = new URL('../../bench/generate.mjs', import.meta.url).href;
    const { generatePab } = (await import(generateUrl)) as { generatePab: (n: number) => string };
    const oldSpec = generatePab(SIZE);
    const newSpec = oldSpec.replace('version  "1.0.0"', 'version  "2.0.0"').replaceAll('/// Entity number ', '/// Entity no. ');
    expect(newSpec).not.toBe(oldSpec);

    // Full old and new compiles in their own folders, as snapshots (same spec file name: headers name it).
    const oldDir = folder('kill-old');
    const newDir = folder('kill-new');
    writeFileSync(join(oldDir, 'backend.pab'), oldSpec);
    writeFileSync(join(newDir, 'backend.pab'), newSpec);
    const full = await Promise.all([oldDir, newDir].map((d) => pab(['compile', join(d, 'backend.pab'), '--out', join(d, 'out')])));
    for (const r of full) expect(r.code, r.stderr).toBe(0);
    const oldTree = readTree(join(oldDir, 'out'));
    const newTree = readTree(join(newDir, 'out'));
    expect([...newTree.keys()]).toEqual([...oldTree.keys()]);
    const changed = treeDifferences(oldTree, newTree);
    expect(changed).toEqual(expect.arrayContaining([MANIFEST, 'docs/README.md', 'docs/data-model.md', 'ir/ir.json']));

    /**
     * When to kill. A fixed delay after spawning would mostly hit the
     * start-up or the in-memory work, so the delays count from the first
     * temp file the compile creates in a folder (the write phase); "root"
     * is the manifest's folder (it is written last).
     */
    const scenarios = [
      { name: 'first write, at once', folder: 'any', delay: 0 },
      { name: 'writing the IR', folder: 'ir', delay: 0 },
      { name: 'writing the manifest', folder: 'root', delay: 0 },
    ] as const;
    /** One scenario: kill a compile of the new spec over the old output, inspect, then compile and check again. */
    const scenario = async (s: (typeof scenarios)[number]): Promise<void> => {
      const dir = folder(`kill-${s.name.replace(/\W+/g, '-')}`);
      const spec = join(dir, 'backend.pab');
      const out = join(dir, 'out');
      cpSync(join(oldDir, 'out'), out, { recursive: true });
      writeFileSync(spec, newSpec);
      const watchers: FSWatcher[] = [];
      let timer: NodeJS.Timeout | undefined;
      const killed = await pab(['compile', spec, '--out', out], {
        onSpawn: (child) => {
          const trigger = (where: string) => (_event: string, name: string | Buffer | null) => {
            if (timer !== undefined || !String(name ?? '').endsWith(TEMP_SUFFIX)) return;
            if (s.folder !== 'any' && s.folder !== where) return;
            timer = setTimeout(() => child.kill('SIGKILL'), s.delay);
          };
          watchers.push(watch(out, trigger('root')), watch(join(out, 'docs'), trigger('docs')), watch(join(out, 'ir'), trigger('ir')));
        },
      });
      for (const w of watchers) w.close();
      clearTimeout(timer);
      if (killed.signal === null) expect(killed.code, `${s.name}: ${killed.stderr}`).toBe(0); // finished before the kill

      // Every file pab owns is there, each with its whole old or whole new content; at most temp files besides.
      const after = readTree(out);
      const temps = [...after.keys()].filter((p) => p.endsWith(TEMP_SUFFIX));
      expect([...after.keys()].filter((p) => !temps.includes(p)), s.name).toEqual([...oldTree.keys()]);
      let newer = 0;
      for (const [path, bytes] of after) {
        if (temps.includes(path)) continue;
        const isOld = oldTree.get(path)!.equals(bytes);
        const isNew = newTree.get(path)!.equals(bytes);
        expect(isOld || isNew, `${s.name}: ${path} is neither its old nor its new content (torn)`).toBe(true);
        if (isNew && !isOld) newer++;
      }
      const outcome = `${s.name}: ${killed.signal ?? `exit ${killed.code}`}, ${newer}/${changed.length} changed files new, ${temps.length} temp files`;

      // The next compile completes cleanly: exactly the full new output, no temp files; check agrees.
      const next = await pab(['compile', spec, '--out', out]);
      expect(next.code, `${outcome}: ${next.stderr}`).toBe(0);
      const tree = readTree(out);
      expect([...tree.keys()].filter((p) => p.endsWith(TEMP_SUFFIX)), `${outcome}: temp files left`).toEqual([]);
      expect(treeDifferences(tree, newTree), outcome).toEqual([]);
      const check = await pab(['check', spec, '--out', out]);
      expect(check.code, `${outcome}: ${check.stderr}`).toBe(0);
    };
    // Independent folders: the scenarios run side by side.
    await Promise.all(scenarios.map(scenario));
  }, 60_000);

  it('check reports and compile removes temp files of dead writers, keeping those of running ones and files that only look alike (in-process)', async () => {
    const dir = folder('stray-temps');
    const spec = join(dir, 'backend.pab');
    const out = join(dir, 'out');
    writeFileSync(spec, SPEC);
    expect(runPab(['compile', spec, '--out', out]).code).toBe(0);
    // A pid that has exited: a process that ran and ended.
    const dead = await new Promise<number>((resolve, reject) => {
      const child = spawn(process.execPath, ['-e', ''], { stdio: 'ignore' });
      child.on('error', reject);
      child.on('exit', () => resolve(child.pid!));
    });
    const strays = [`ir/.ir.json.${dead}-3.pab-tmp`, `.${MANIFEST}.${dead}-7.pab-tmp`];
    const kept = [
      `docs/.README.md.${process.ppid}-0.pab-tmp`, // a running process (vitest's) may still be writing it
      'docs/notes.pab-tmp.md', // the user's, not a temp name
      'elsewhere/.x.1234567-0.pab-tmp', // outside every folder pab writes to
    ];
    for (const p of [...strays, ...kept]) {
      mkdirSync(join(out, p, '..'), { recursive: true });
      writeFileSync(join(out, p), 'partial');
    }
    // check reports the leftovers (and fails) without removing them.
    const checked = runPab(['check', spec, '--out', out]);
    expect(checked.code).toBe(1);
    for (const p of strays) expect(checked.stderr).toContain(`${p} was left by an interrupted compile`);
    for (const p of kept) expect(checked.stderr).not.toContain(p);
    for (const p of strays) expect(existsSync(join(out, p)), p).toBe(true);
    const r = runPab(['compile', spec, '--out', out]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/up to date, nothing written/);
    expect(runPab(['check', spec, '--out', out]).code).toBe(0);
    for (const p of strays) {
      expect(existsSync(join(out, p)), p).toBe(false);
      expect(r.stderr).toContain(`removed ${p}, left by an interrupted compile`);
    }
    for (const p of kept) expect(readFileSync(join(out, p), 'utf8'), p).toBe('partial');
  });
});

describe('pab watch (in-process, on a real folder)', () => {
  it('compiles at start, recompiles on spec and import changes, reports errors without writing, and stops on close', async () => {
    const dir = folder('watch');
    const spec = join(dir, 'backend.pab');
    const out = join(dir, 'out');
    const ir = join(out, 'ir', 'ir.json');
    const main = (version: string, extra = '') => `import "./tags.pab"\n\n${SPEC.replace('version  "1.0.0"', `version  "${version}"`)}${extra}`;
    writeFileSync(spec, main('1.0.0'));
    writeFileSync(join(dir, 'tags.pab'), 'entity Tag {\n  label string @unique\n}\n');

    let stderr = '';
    const codes: number[] = [];
    const io: CliIo = {
      host: createNodeHost(),
      cwd: dir,
      stdout: () => {},
      stderr: (t) => {
        stderr += t;
      },
      isTTY: false,
      writeFile: () => {
        throw new Error('watch must write through the output folder only');
      },
    };
    const handle = startWatch(io, spec, { out, force: false, check: false, reporter: 'plain' }, (code) => codes.push(code));
    expect(typeof handle).not.toBe('number');
    const watcher = handle as WatchHandle;
    try {
      // At start: compiled once, synchronously.
      expect(codes).toEqual([0]);
      expect(readFileSync(ir, 'utf8')).toContain('"1.0.0"');
      expect(readFileSync(ir, 'utf8')).toContain('"Tag"');
      expect(stderr).toContain(`watching ${spec}`);
      await watcher.ready;

      writeFileSync(spec, main('1.1.0'));
      await until('the spec change is compiled', () => readFileSync(ir, 'utf8').includes('"1.1.0"'));
      expect(codes.at(-1)).toBe(0);

      // An invalid spec: diagnostics, exit code 1, and nothing written.
      const good = readTree(out);
      const compiles = codes.length;
      stderr = '';
      writeFileSync(spec, main('1.2.0').replace('title string', 'title strin'));
      // (A late event of the previous write may compile once more first: wait for the failing compile.)
      await until('the broken spec is reported', () => codes.length > compiles && codes.at(-1) === 1);
      expect(codes.at(-1)).toBe(1);
      expect(stderr).toContain('unknown-type');
      expect(stderr).toContain('strin');
      expect(treeDifferences(readTree(out), good)).toEqual([]);

      writeFileSync(spec, main('1.3.0'));
      await until('the fixed spec is compiled', () => readFileSync(ir, 'utf8').includes('"1.3.0"'));
      expect(codes.at(-1)).toBe(0);

      // A change in the imported file.
      writeFileSync(join(dir, 'tags.pab'), 'entity Tag {\n  label string @unique\n}\n\nentity Label {\n  text string\n}\n');
      await until('the import change is compiled', () => readFileSync(ir, 'utf8').includes('"Label"'));
      expect(codes.at(-1)).toBe(0);
    } finally {
      await watcher.close();
    }

    // Closed: further changes are not compiled.
    const count = codes.length;
    writeFileSync(spec, main('9.9.9'));
    await sleep(600);
    expect(codes.length).toBe(count);
    expect(readFileSync(ir, 'utf8')).not.toContain('"9.9.9"');
  }, 30_000);
});

describe('pab init on an existing folder', () => {
  const LINE = 'generated/** linguist-generated=true';

  it('appends the linguist-generated line to an existing .gitattributes, once', async () => {
    const dir = folder('init');
    const attributes = join(dir, '.gitattributes');
    // No trailing newline: the line must still start on a line of its own.
    writeFileSync(attributes, '*.png binary\n*.sh text eol=lf');
    writeFileSync(join(dir, 'README.md'), 'mine\n');

    const first = await pab(['init', dir]);
    expect(first.code, first.stderr).toBe(0);
    expect(readFileSync(attributes, 'utf8')).toBe(`*.png binary\n*.sh text eol=lf\n${LINE}\n`);
    expect(existsSync(join(dir, 'backend.pab'))).toBe(true);
    expect(readFileSync(join(dir, 'README.md'), 'utf8')).toBe('mine\n');

    // Again: the spec exists, so init refuses (exit 1) and changes nothing.
    const spec = readFileSync(join(dir, 'backend.pab'), 'utf8');
    const second = await pab(['init', dir]);
    expect(second.code).toBe(1);
    expect(second.stderr).toContain('already exists');
    expect(readFileSync(attributes, 'utf8')).toBe(`*.png binary\n*.sh text eol=lf\n${LINE}\n`);
    expect(readFileSync(join(dir, 'backend.pab'), 'utf8')).toBe(spec);

    // Without the spec, a second successful init finds the line and does not add it again.
    rmSync(join(dir, 'backend.pab'));
    const third = await pab(['init', dir, '--format', 'yaml']);
    expect(third.code, third.stderr).toBe(0);
    const text = readFileSync(attributes, 'utf8');
    expect(text.split('\n').filter((l) => l === LINE)).toHaveLength(1);
    expect(text).toBe(`*.png binary\n*.sh text eol=lf\n${LINE}\n`);
  }, 20_000);
});

describe('template overrides', () => {
  const OVERRIDE = `# Custom overview of {{ page.title | md }}

OVERRIDDEN README
{% for c in page.contents %}
- {{ c.linkMd }}: {{ c.summary | md }}
{% endfor %}
`;

  it('--templates DIR and the spec\'s templates folder change docs/README.md and are reported; a broken override writes nothing', async () => {
    const dir = folder('templates');
    const spec = join(dir, 'backend.pab');
    writeFileSync(spec, SPEC);
    mkdirSync(join(dir, 'tpl', 'docs'), { recursive: true });
    writeFileSync(join(dir, 'tpl', 'docs', 'readme.md.njk'), OVERRIDE);
    // The same override named by the spec instead of the command line.
    const viaSpecDir = folder('templates-spec');
    const viaSpec = join(viaSpecDir, 'backend.pab');
    writeFileSync(viaSpec, SPEC.replace('targets  ir, docs', 'targets  ir, docs\n  templates "tpl"'));
    cpSync(join(dir, 'tpl'), join(viaSpecDir, 'tpl'), { recursive: true });

    const [plain, flagged, specified] = await Promise.all([
      pab(['compile', spec, '--out', join(dir, 'plain')]),
      pab(['compile', spec, '--out', join(dir, 'flagged'), '--templates', join(dir, 'tpl')]),
      pab(['compile', viaSpec, '--out', join(viaSpecDir, 'out')]),
    ]);
    expect(plain.code, plain.stderr).toBe(0);
    expect(plain.stderr).not.toContain('template override');
    for (const r of [flagged, specified]) {
      expect(r.code, r.stderr).toBe(0);
      expect(r.stderr).toContain('using template override docs/readme.md.njk');
    }
    const shipped = readTree(join(dir, 'plain'));
    const overridden = readTree(join(dir, 'flagged'));
    const readme = overridden.get('docs/README.md')!.toString('utf8');
    expect(readme).toContain('OVERRIDDEN README');
    expect(readme).toContain('# Custom overview of');
    // The generated-file header is added by the target, not the template: an override keeps it.
    expect(readme.split('\n')[0]).toBe(shipped.get('docs/README.md')!.toString('utf8').split('\n')[0]);
    expect(shipped.get('docs/README.md')!.toString('utf8')).not.toContain('OVERRIDDEN');
    // Only the overridden page (and the manifest's hash of it) differ.
    expect(treeDifferences(overridden, shipped)).toEqual([MANIFEST, 'docs/README.md']);
    // Via the spec: the same pages (the IR differs: it records the spec's `templates`).
    const docsOf = (tree: Map<string, Buffer>) => new Map([...tree].filter(([p]) => p.startsWith('docs/')));
    const specOut = readTree(join(viaSpecDir, 'out'));
    expect(treeDifferences(docsOf(specOut), docsOf(overridden))).toEqual([]);

    // A broken override: template-failed, exit 1, nothing written (fresh or existing output).
    writeFileSync(join(dir, 'tpl', 'docs', 'readme.md.njk'), '# {{ page.title | md }}\n{{ page.nosuch.deeper }}\n');
    writeFileSync(join(viaSpecDir, 'tpl', 'docs', 'readme.md.njk'), '# {% for x in %}\n');
    const existing = readTree(join(dir, 'flagged'));
    const [brokenFresh, brokenExisting, brokenSpec] = await Promise.all([
      pab(['compile', spec, '--out', join(dir, 'broken'), '--templates', join(dir, 'tpl')]),
      pab(['compile', spec, '--out', join(dir, 'flagged'), '--templates', join(dir, 'tpl')]),
      pab(['compile', viaSpec, '--out', join(viaSpecDir, 'out')]),
    ]);
    for (const r of [brokenFresh, brokenExisting, brokenSpec]) {
      expect(r.code, r.stderr).toBe(1);
      expect(r.stderr).toContain('template-failed');
      expect(r.stderr).toContain('readme.md.njk');
    }
    expect(existsSync(join(dir, 'broken'))).toBe(false);
    expect(treeDifferences(readTree(join(dir, 'flagged')), existing)).toEqual([]);
    expect(treeDifferences(readTree(join(viaSpecDir, 'out')), specOut)).toEqual([]);
  }, 30_000);
});

describe('--target', () => {
  it('--target docs compiles only docs and keeps the ir files of an earlier full compile', async () => {
    const dir = folder('target');
    const spec = join(dir, 'backend.pab');
    const out = join(dir, 'out');
    writeFileSync(spec, SPEC);
    expect((await pab(['compile', spec, '--out', out])).code).toBe(0);
    const full = readTree(out);
    const irBefore = full.get('ir/ir.json')!;

    writeFileSync(spec, SPEC.replace('version  "1.0.0"', 'version  "1.5.0"'));
    const docsOnly = await pab(['compile', spec, '--out', out, '--target', 'docs']);
    expect(docsOnly.code, docsOnly.stderr).toBe(0);
    const after = readTree(out);
    // The ir file is untouched (still the old version) and still in the manifest.
    expect(after.get('ir/ir.json')?.equals(irBefore)).toBe(true);
    const manifest = JSON.parse(after.get(MANIFEST)!.toString('utf8')) as { files: Record<string, unknown> };
    expect(Object.keys(manifest.files)).toContain('ir/ir.json');
    expect(after.get('docs/README.md')!.toString('utf8')).toContain('1.5.0');
    expect(treeDifferences(after, full).every((p) => p.startsWith('docs/') || p === MANIFEST)).toBe(true);
    // The ir target is now stale, which a full check reports.
    const check = await pab(['check', spec, '--out', out]);
    expect(check.code).toBe(1);
    expect(check.stderr).toContain('ir/ir.json');

    // Into an empty folder, only docs.
    const fresh = join(dir, 'fresh');
    expect((await pab(['compile', spec, '--out', fresh, '--target', 'docs'])).code).toBe(0);
    expect([...readTree(fresh).keys()].every((p) => p.startsWith('docs/') || p === MANIFEST)).toBe(true);
  }, 20_000);

  it('an unknown --target exits 1 with a did-you-mean hint and writes nothing', async () => {
    const dir = folder('target-unknown');
    const spec = join(dir, 'backend.pab');
    writeFileSync(spec, SPEC);
    const r = await pab(['compile', spec, '--out', join(dir, 'out'), '--target', 'irr']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('unknown-target');
    expect(r.stderr).toContain('irr');
    expect(r.stderr).toMatch(/Did you mean `ir`/);
    expect(existsSync(join(dir, 'out'))).toBe(false);
  }, 10_000);

  it('--target docs then --target ir build up the full output, which check accepts (in-process)', () => {
    const dir = folder('target-inproc');
    const spec = join(dir, 'backend.pab');
    const out = join(dir, 'out');
    writeFileSync(spec, SPEC);
    expect(runPab(['compile', spec, '--out', out, '--target', 'docs']).code).toBe(0);
    expect(runPab(['compile', spec, '--out', out, '--target', 'ir']).code).toBe(0);
    const files = [...readTree(out).keys()];
    expect(files.some((p) => p.startsWith('docs/'))).toBe(true);
    expect(files.some((p) => p.startsWith('ir/'))).toBe(true);
    expect(runPab(['check', spec, '--out', out]).code).toBe(0);
  });
});
