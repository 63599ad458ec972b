/**
 * Loads a spec and everything it imports, and merges the files into one
 * document with one span index (each span names its own file).
 *
 *   read (host) → decode UTF-8 → parse (.pab or YAML) → validate against the
 *   JSON Schema → follow `imports` depth-first (cycles reported) → merge
 *   (a name defined twice, in one file or two, is reported)
 *
 * Files with errors are still merged as far as possible so that one run
 * reports every problem; callers stop before checking when there are errors.
 */
import { createSourceFile, type SourceFile } from '../core/source-file.js';
import { createSpan, type Span } from '../core/span.js';
import type { Host } from '../core/host.js';
import { decodeUtf8 } from '../core/utf8.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { diag } from '../diagnostics/codes/load.js';
import { childPointer, type SpanIndex, type SpecAst } from './ast.js';
import type { SpecDocument } from './document.js';
import { parsePabSpec } from './pab/index.js';
import { parseYamlSpec } from './yaml/parse.js';
import { validateDocument } from './validate.js';

export interface LoadedSpec {
  readonly root: string;
  /** Every file read, by path (for rendering diagnostics). */
  readonly files: ReadonlyMap<string, SourceFile>;
  /** The parsed files, root first, then imports depth-first. */
  readonly asts: readonly SpecAst[];
  /** All files merged; `imports` removed. */
  readonly document: SpecDocument;
  readonly spans: SpanIndex;
  readonly diagnostics: readonly Diagnostic[];
}

export type SpecFormatName = 'pab' | 'yaml';

export function formatOf(path: string): SpecFormatName | undefined {
  if (/\.pab$/i.test(path)) return 'pab';
  if (/\.ya?ml$/i.test(path)) return 'yaml';
  return undefined;
}

/** Reads and decodes one file; undefined (with a diagnostic) when it cannot. */
export function readSpecFile(host: Host, path: string, from: Span | undefined, diagnostics: Diagnostic[]): SourceFile | undefined {
  const bytes = host.readFile(path);
  if (bytes === undefined) {
    diagnostics.push(diag('file-not-found', { path }, from ? { span: from } : {}));
    return undefined;
  }
  const decoded = decodeUtf8(bytes);
  const file = createSourceFile(path, decoded.text);
  if (!decoded.ok) {
    // createSourceFile drops a leading BOM; offsets are into what remains.
    const shift = decoded.text.length - file.text.length;
    const at = Math.min(Math.max(0, decoded.offset - shift), file.text.length);
    diagnostics.push(diag('invalid-utf8', {}, { span: createSpan(path, at, Math.min(at + 1, file.text.length)) }));
  }
  return file;
}

/** Parses and validates one decoded file. */
export function parseSpecFile(file: SourceFile, format: SpecFormatName): { ast: SpecAst | undefined; diagnostics: Diagnostic[] } {
  const parsed = format === 'pab' ? parsePabSpec(file) : parseYamlSpec(file);
  const diagnostics = [...parsed.diagnostics];
  if (parsed.ast && !diagnostics.some((d) => d.severity === 'error')) {
    diagnostics.push(...validateDocument(parsed.ast.document, parsed.ast.spans, file.path));
  }
  return { ast: parsed.ast, diagnostics };
}

interface LoadState {
  readonly host: Host;
  readonly files: Map<string, SourceFile>;
  readonly asts: SpecAst[];
  readonly diagnostics: Diagnostic[];
  readonly done: Set<string>;
  readonly stack: string[];
}

function loadFile(state: LoadState, path: string, from: Span | undefined): void {
  if (state.stack.includes(path)) {
    const chain = [...state.stack.slice(state.stack.indexOf(path)), path].map((p) => `\`${p}\``).join(' → ');
    state.diagnostics.push(diag('import-cycle', { chain }, from ? { span: from } : {}));
    return;
  }
  if (state.done.has(path)) return;
  state.done.add(path);
  const format = formatOf(path);
  if (!format) {
    state.diagnostics.push(diag('unknown-spec-format', { path }, from ? { span: from } : {}));
    return;
  }
  const file = readSpecFile(state.host, path, from, state.diagnostics);
  if (!file) return;
  state.files.set(path, file);
  if (state.diagnostics.some((d) => d.code === 'invalid-utf8' && d.span?.file === path)) return;
  const { ast, diagnostics } = parseSpecFile(file, format);
  state.diagnostics.push(...diagnostics);
  if (!ast) return;
  state.asts.push(ast);
  const imports = Array.isArray(ast.document.imports) ? ast.document.imports : [];
  state.stack.push(path);
  imports.forEach((imp, i) => {
    if (typeof imp !== 'string') return;
    const at = ast.spans.get(childPointer('/imports', i))?.value;
    loadFile(state, state.host.resolvePath(path, imp), at);
  });
  state.stack.pop();
}

const MAP_SECTIONS: Record<string, string> = {
  enums: 'Enum',
  entities: 'Entity',
  resources: 'Resource',
  aggregates: 'Aggregate',
  projections: 'Projection',
  sagas: 'Saga',
  services: 'Service',
  queries: 'Query',
  mcp: 'MCP server',
};
const SINGLE_SECTIONS = ['backend', 'auth', 'deploy'];

/** The definition a pointer belongs to: "/entities/User" for "/entities/User/fields/x", "/backend" for "/backend/name". */
function ownerOf(pointer: string): string {
  const parts = pointer.split('/', 4);
  if (parts.length < 2) return pointer;
  const section = parts[1]!;
  return section in MAP_SECTIONS && parts.length >= 3 ? `/${section}/${parts[2]}` : `/${section}`;
}

/**
 * Merges parsed files; the first definition of a name wins, later ones are
 * reported. Linear in the number of spans: each file's span index is copied
 * in one pass, keeping the entries of the definitions taken from that file.
 * A single file whose every definition is taken needs no copy: the merged
 * index is then that file's index itself (shared, not copied).
 */
export function mergeAsts(asts: readonly SpecAst[], diagnostics: Diagnostic[]): { document: SpecDocument; spans: SpanIndex } {
  const merged: Record<string, unknown> = {};
  const spans: SpanIndex = new Map();
  const root = asts[0];
  if (root?.spans.get('')) spans.set('', root.spans.get('')!);
  for (const ast of asts) {
    const taken = new Set<string>();
    const doc = ast.document as Record<string, unknown>;
    for (const [section, value] of Object.entries(doc)) {
      if (section === 'imports') continue;
      const sp = childPointer('', section);
      if (isMapSection(section, value)) {
        mergeMapSection(ast, spans, merged, section, value, taken, diagnostics);
        continue;
      }
      if (section in merged) {
        if (SINGLE_SECTIONS.includes(section)) reportDuplicateSection(ast, spans, section, diagnostics);
        continue;
      }
      merged[section] = value;
      taken.add(sp);
    }
    // One file, nothing left out: its span index is the merged one as it is.
    if (asts.length === 1 && takenWhole(doc, taken)) return { document: merged as SpecDocument, spans: ast.spans };
    for (const [p, s] of ast.spans) {
      if (p !== '' && taken.has(ownerOf(p))) spans.set(p, s);
    }
  }
  return { document: merged as SpecDocument, spans };
}

const isMapSection = (section: string, value: unknown): value is Record<string, unknown> =>
  Boolean(MAP_SECTIONS[section]) && value !== null && typeof value === 'object' && !Array.isArray(value);

/**
 * True when every section and definition of the file was taken and it has no
 * `imports`: then the merge keeps each of its spans, and only those.
 */
function takenWhole(doc: Record<string, unknown>, taken: ReadonlySet<string>): boolean {
  let count = 0;
  for (const [section, value] of Object.entries(doc)) {
    if (section === 'imports') return false;
    count += isMapSection(section, value) ? Object.keys(value).length : 1;
  }
  return count === taken.size;
}

function mergeMapSection(
  ast: SpecAst,
  spans: SpanIndex,
  merged: Record<string, unknown>,
  section: string,
  value: Record<string, unknown>,
  taken: Set<string>,
  diagnostics: Diagnostic[],
): void {
  const sp = childPointer('', section);
  const target = (merged[section] ??= {}) as Record<string, unknown>;
  if (!spans.has(sp) && ast.spans.get(sp)) spans.set(sp, ast.spans.get(sp)!);
  for (const [name, def] of Object.entries(value)) {
    const np = childPointer(sp, name);
    if (name in target) {
      const first = spans.get(np);
      const here = ast.spans.get(np);
      diagnostics.push(
        diag('duplicate-definition', { kind: MAP_SECTIONS[section]!, name }, {
          ...(here ? { span: here.key ?? here.span } : {}),
          ...(first ? { related: [{ span: first.key ?? first.span, message: `\`${name}\` is first defined here.` }] } : {}),
        }),
      );
      continue;
    }
    target[name] = def;
    taken.add(np);
  }
}

function reportDuplicateSection(ast: SpecAst, spans: SpanIndex, section: string, diagnostics: Diagnostic[]): void {
  const sp = childPointer('', section);
  const here = ast.spans.get(sp);
  const first = spans.get(sp);
  diagnostics.push(
    diag('duplicate-section', { section }, {
      ...(here ? { span: here.key ?? here.span } : {}),
      ...(first ? { related: [{ span: first.key ?? first.span, message: 'First defined here.' }] } : {}),
    }),
  );
}

export function loadSpec(host: Host, rootPath: string): LoadedSpec {
  const state: LoadState = { host, files: new Map(), asts: [], diagnostics: [], done: new Set(), stack: [] };
  loadFile(state, rootPath, undefined);
  const { document, spans } = mergeAsts(state.asts, state.diagnostics);
  return { root: rootPath, files: state.files, asts: state.asts, document, spans, diagnostics: state.diagnostics };
}
