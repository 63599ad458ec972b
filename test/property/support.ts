/**
 * Shared checks for the property tests: run the whole front half of the
 * compiler on an in-memory file and assert that what comes back is only
 * well-formed diagnostics.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createMemoryHost } from '../../src/core/host.js';
import type { Span } from '../../src/core/span.js';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { validateSpec, type ValidatedSpec } from '../../src/pipeline.js';

/**
 * fast-check parameters: a fixed seed per property (reproducible runs; fast-check
 * prints seed and path on failure). For exploration, PAB_FC_SEED shifts every
 * seed and PAB_FC_RUNS multiplies every run count, e.g.
 *   PAB_FC_SEED=$RANDOM PAB_FC_RUNS=5 npx vitest run --dir test test/property
 */
export function fcParams(numRuns: number, seed: number): { numRuns: number; seed: number } {
  const shift = Number(process.env['PAB_FC_SEED'] ?? 0) || 0;
  const factor = Number(process.env['PAB_FC_RUNS'] ?? 1) || 1;
  return { numRuns: Math.max(1, Math.round(numRuns * factor)), seed: seed + shift };
}

const SEVERITIES = new Set(['error', 'warning', 'info']);

/** Slowest single input allowed; far above normal (a few ms), far below a hang. */
export const SLOW_MS = 2_000;

export interface ExampleFile {
  readonly path: string;
  readonly text: string;
}

const EXAMPLES_DIR = join(import.meta.dirname, '../../examples');

/** Every example spec file, as `name/backend.pab` etc. */
export function exampleFiles(): ExampleFile[] {
  const out: ExampleFile[] = [];
  for (const dir of readdirSync(EXAMPLES_DIR).sort()) {
    for (const f of readdirSync(join(EXAMPLES_DIR, dir)).sort()) {
      if (/\.(pab|ya?ml)$/.test(f)) out.push({ path: `${dir}/${f}`, text: readFileSync(join(EXAMPLES_DIR, dir, f), 'utf8') });
    }
  }
  return out;
}

/**
 * The top-level parts of a spec file: the text split at blank lines that are
 * followed by a line starting in column 0 (declarations in .pab, sections in
 * YAML). Any subsequence of the parts, joined by blank lines, is a smaller spec
 * in the same style, which keeps property runs fast.
 */
export function topLevelChunks(text: string): string[] {
  return text
    .split(/\n[ \t]*\n(?=[^\s])/)
    .map((c) => c.trimEnd())
    .filter((c) => c !== '');
}

export function joinChunks(chunks: readonly string[]): string {
  return chunks.length === 0 ? '' : `${chunks.join('\n\n')}\n`;
}

function describeInput(files: Record<string, string | Uint8Array>): string {
  return Object.entries(files)
    .map(([p, v]) => `${p}: ${typeof v === 'string' ? JSON.stringify(v) : `bytes [${Array.from(v).join(',')}]`}`)
    .join('\n');
}

function checkSpan(span: Span, texts: ReadonlyMap<string, string>, what: string): void {
  const text = texts.get(span.file);
  if (text === undefined) throw new Error(`${what}: span names a file that was not read: ${JSON.stringify(span)}`);
  const ok = Number.isInteger(span.start) && Number.isInteger(span.end) && 0 <= span.start && span.start <= span.end && span.end <= text.length;
  if (!ok) throw new Error(`${what}: span ${JSON.stringify(span)} outside ${span.file} (length ${text.length})`);
}

export function checkDiagnostic(d: Diagnostic, texts: ReadonlyMap<string, string>): void {
  const what = `diagnostic ${JSON.stringify(d)}`;
  if (typeof d.code !== 'string' || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(d.code)) throw new Error(`${what}: bad code`);
  if (!SEVERITIES.has(d.severity)) throw new Error(`${what}: bad severity`);
  if (typeof d.message !== 'string' || d.message.trim() === '') throw new Error(`${what}: empty message`);
  if (d.span) checkSpan(d.span, texts, what);
  for (const r of d.related ?? []) {
    if (typeof r.message !== 'string' || r.message.trim() === '') throw new Error(`${what}: related info without message`);
    checkSpan(r.span, texts, `${what} (related)`);
  }
}

/**
 * Crashes already pinned by a failing test (`it.fails` in front-ends.test.ts).
 * The fuzzing properties tolerate them so that they keep looking for other
 * problems; `knownCrashes` counts how often each one was hit.
 */
export const KNOWN_CRASHES: readonly { readonly id: string; readonly matches: (e: unknown, text: string) => boolean }[] = [
  {
    // Chevrotain's in-repetition error recovery recurses once per recovered error, so a
    // few thousand statements each followed by a stray `}` overflow the stack. (Matched by
    // its input, not its stack: deep stack traces would slow Chevrotain, which throws
    // exceptions for control flow.)
    id: 'stack-overflow-in-repetition-recovery',
    matches: (e, text) => e instanceof RangeError && /call stack/.test(e.message) && (text.match(/\}/g)?.length ?? 0) >= 1000,
  },
  {
    // A raw control character (U+0000–U+001F except LF, CR) inside a .pab string literal passes
    // the lexer but makes JSON.parse in decodeStringLiteral throw.
    id: 'control-character-in-pab-string',
    matches: (e) => e instanceof SyntaxError && /Bad control character in string literal/.test(e.message),
  },
];

export const knownCrashes = new Map<string, number>();


/**
 * One-time set-ups made on first need are not the cost of whichever random
 * input comes first: the Chevrotain parser's grammar analysis (on the first
 * .pab syntax error) and Ajv's compile of the schema (on the first invalid
 * document). Both run here, once, before any input is timed.
 */
const warmUp = createMemoryHost({ 'syntax.pab': 'entity {\n', 'schema.yaml': 'backend: 1\n' });
validateSpec(warmUp, 'syntax.pab');
validateSpec(warmUp, 'schema.yaml');

/**
 * Runs `validateSpec` on in-memory files and asserts the contract: it returns
 * (no throw), in reasonable time, with well-formed diagnostics whose spans lie
 * inside the files that were read. Returns undefined for a known crash.
 */
export function assertOnlyDiagnostics(files: Record<string, string | Uint8Array>, root: string): ValidatedSpec | undefined {
  const host = createMemoryHost(files);
  const t0 = performance.now();
  let result: ValidatedSpec;
  try {
    result = validateSpec(host, root);
  } catch (e) {
    const rootText = files[root];
    const text = typeof rootText === 'string' ? rootText : new TextDecoder().decode(rootText ?? new Uint8Array());
    const known = KNOWN_CRASHES.find((k) => k.matches(e, text));
    if (known) {
      knownCrashes.set(known.id, (knownCrashes.get(known.id) ?? 0) + 1);
      return undefined;
    }
    const err = e instanceof Error ? e : new Error(String(e));
    err.message = `validateSpec threw on\n${describeInput(files)}\n${err.message}`;
    throw err;
  }
  const ms = performance.now() - t0;
  if (ms > SLOW_MS) throw new Error(`validateSpec took ${Math.round(ms)} ms on\n${describeInput(files)}`);
  const texts = new Map([...result.loaded.files].map(([p, f]) => [p, f.text] as const));
  for (const d of result.diagnostics) checkDiagnostic(d, texts);
  if (result.model !== undefined && result.diagnostics.some((d) => d.severity === 'error')) {
    throw new Error('a model was produced although there are errors');
  }
  return result;
}
