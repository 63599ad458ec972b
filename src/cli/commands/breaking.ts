/**
 * `pab diff --breaking --against <baseline> [spec]`: compares the spec with
 * an older version of it — a spec file, or a git revision (tag, branch,
 * commit) at which the spec had the same path — and reports each breaking
 * change as a diagnostic at the current spec's element (`src/breaking/`).
 * Exit 1 when a change is not approved (or either spec has errors), else 0.
 */
import { isAbsolute, join, relative } from 'node:path';
import { breakingDiagnostics, type ProtoSnapshots } from '../../breaking/index.js';
import { resolveCompileSettings } from '../../compile.js';
import { parseFieldSnapshot, SNAPSHOT_PATH, type FieldSnapshot } from '../../emit/proto/numbering.js';
import type { SourceFile } from '../../core/source-file.js';
import { diag } from '../../diagnostics/codes/breaking.js';
import { hasErrors, sortDiagnostics, type Diagnostic } from '../../diagnostics/diagnostic.js';
import type { ReporterName } from '../../diagnostics/render.js';
import { validateSpec, type ValidatedSpec } from '../../pipeline.js';
import { createGitHost, resolveRevision, revisionPath } from '../git-host.js';
import { EXIT, type CliIo } from '../io.js';
import { countSummary, reportDiagnostics } from '../report.js';
import { defaultSpec } from './compile.js';

export interface BreakingOptions {
  against: string;
  /** The output folder holding the proto target's field-number snapshot (default: as for compile). */
  out?: string;
  reporter: ReporterName;
}

interface Baseline {
  readonly label: string;
  readonly spec?: ValidatedSpec;
  readonly problem?: string;
  /** Reads a file of the baseline's checkout (a git revision), by path relative to the working directory. */
  readonly read?: (relPath: string) => string | undefined;
}

/** The proto target's field-number snapshot in an output folder, if there is one that parses. */
function protoSnapshot(read: (path: string) => string | undefined, outDir: string): FieldSnapshot | undefined {
  const text = read(join(outDir, 'proto', SNAPSHOT_PATH).replace(/\\/g, '/'));
  if (text === undefined) return undefined;
  try {
    return parseFieldSnapshot(text);
  } catch {
    return undefined; // the proto target itself reports an unreadable snapshot
  }
}

/** Where the field-number snapshots of the baseline and of the current output are, from the output folder compile would use. */
function protoSnapshots(io: CliIo, spec: string, current: ValidatedSpec, baseline: Baseline, out: string | undefined): ProtoSnapshots {
  const { outDir } = resolveCompileSettings(spec, current, { spec, ...(out === undefined ? {} : { out }), force: false });
  const decode = (b: Uint8Array | undefined) => (b === undefined ? undefined : new TextDecoder().decode(b));
  const onDisk = protoSnapshot((p) => decode(io.host.readFile(p)), outDir);
  const rel = isAbsolute(outDir) ? relative(io.cwd, outDir) : outDir;
  const before = baseline.read === undefined ? undefined : protoSnapshot(baseline.read, rel);
  return { ...(before === undefined ? {} : { baseline: before }), ...(onDisk === undefined ? {} : { current: onDisk }) };
}

function loadBaseline(io: CliIo, spec: string, against: string): Baseline {
  if (io.host.readFile(against) !== undefined) return { label: `\`${against}\``, spec: validateSpec(io.host, against) };
  const commit = resolveRevision(io.cwd, against);
  if (commit === undefined) {
    return { label: `\`${against}\``, problem: 'it is neither a spec file nor a git revision of the repository here' };
  }
  const rel = isAbsolute(spec) ? relative(io.cwd, spec) : spec;
  const path = revisionPath(against, rel);
  const host = createGitHost(io.cwd, against);
  if (host.readFile(path) === undefined) return { label: `\`${against}\``, problem: `the spec did not exist at \`${path}\`` };
  const read = (relPath: string): string | undefined => {
    const bytes = host.readFile(revisionPath(against, relPath));
    return bytes === undefined ? undefined : new TextDecoder().decode(bytes);
  };
  return { label: `\`${against}\``, spec: validateSpec(host, path), read };
}

export function runBreaking(io: CliIo, specArg: string | undefined, opts: BreakingOptions): number {
  const spec = specArg ?? defaultSpec(io);
  if (spec === undefined) {
    io.stderr('No spec given and no backend.pab or backend.yaml here. Name the spec: `pab diff --breaking --against main backend.pab`.\n');
    return EXIT.usage;
  }
  const current = validateSpec(io.host, spec);
  const baseline = loadBaseline(io, spec, opts.against);
  const files = new Map<string, SourceFile>([...current.loaded.files, ...(baseline.spec?.loaded.files ?? [])]);
  const diagnostics: Diagnostic[] = [...current.diagnostics];
  if (baseline.problem !== undefined) diagnostics.push(diag('breaking-baseline-unreadable', { against: baseline.label, problem: baseline.problem }));
  else if (baseline.spec && baseline.spec.model === undefined) {
    diagnostics.push(...baseline.spec.diagnostics.filter((d) => d.severity === 'error'));
    diagnostics.push(diag('breaking-baseline-unreadable', { against: baseline.label, problem: 'it has errors (shown above)' }));
  }
  let found = 0;
  if (current.model && baseline.spec?.model) {
    const proto = protoSnapshots(io, spec, current, baseline, opts.out);
    const breaking = breakingDiagnostics(baseline.spec.model, current.model, baseline.label, (file) => files.get(file)?.text, proto);
    found = breaking.filter((d) => d.severity === 'error').length;
    diagnostics.push(...breaking);
  }
  const sorted = sortDiagnostics(diagnostics);
  reportDiagnostics(io, opts.reporter, sorted, files);
  if (opts.reporter !== 'json') {
    if (current.model && baseline.spec?.model) {
      io.stderr(found === 0
        ? `${spec}: no breaking changes against ${opts.against} (${countSummary(sorted)}).\n`
        : `${spec}: ${found} breaking change${found === 1 ? '' : 's'} against ${opts.against} (${countSummary(sorted)}).\n`);
    }
  }
  return hasErrors(sorted) ? EXIT.errors : EXIT.ok;
}
