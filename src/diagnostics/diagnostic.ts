/**
 * The Diagnostic data type and the typed registry helpers.
 *
 * Each owner (syntax, schema, check, cli, each emitter) declares its codes once
 * with `defineDiagnostics`; `createDiagnostic` type-checks the code and the
 * message parameters. Codes are stable kebab-case and never reused.
 */
import type { Span } from '../core/span.js';

export type Severity = 'error' | 'warning' | 'info';

export interface RelatedInfo {
  readonly span: Span;
  readonly message: string;
}

export interface Diagnostic {
  readonly code: string;
  readonly severity: Severity;
  readonly message: string;
  readonly span?: Span;
  readonly related?: readonly RelatedInfo[];
  readonly hint?: string;
}

/** One entry of a registry: what it means, an example that triggers it, and the fix. */
export interface DiagnosticDef<P> {
  readonly severity: Severity;
  /** One line for the documentation table. */
  readonly summary: string;
  /** A spec fragment that triggers it (documentation). */
  readonly example: string;
  /** How to fix it (documentation). */
  readonly fix: string;
  readonly message: (params: P) => string;
}

export type DiagnosticTable = Record<string, DiagnosticDef<any>>;

export function defineDiagnostics<T extends { [K in keyof T]: DiagnosticDef<any> }>(table: T): T {
  return table;
}

export type ParamsOf<D> = D extends DiagnosticDef<infer P> ? P : never;

export interface DiagnosticExtras {
  readonly span?: Span;
  readonly hint?: string;
  readonly related?: readonly RelatedInfo[];
  /** Overrides the registry's severity (e.g. a lint the user configured). */
  readonly severity?: Severity;
}

/** Builds a factory bound to one registry: `diag('unknown-type', {name}, {span, hint})`. */
export function createDiagnosticFactory<T extends DiagnosticTable>(table: T) {
  return function diag<K extends keyof T & string>(code: K, params: ParamsOf<T[K]>, extras: DiagnosticExtras = {}): Diagnostic {
    const def = table[code]!;
    const d: { -readonly [K in keyof Diagnostic]: Diagnostic[K] } = {
      code,
      severity: extras.severity ?? def.severity,
      message: def.message(params),
    };
    if (extras.span) d.span = extras.span;
    if (extras.related && extras.related.length > 0) d.related = extras.related;
    if (extras.hint) d.hint = extras.hint;
    return d;
  };
}

/** A value together with the diagnostics found while computing it. */
export type WithDiagnostics<T> = readonly [T, readonly Diagnostic[]];

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}

/** Sorts by file, start offset, then code, and drops exact duplicates. */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  const out: Diagnostic[] = [];
  for (const d of diagnostics) {
    const key = `${d.code}|${d.span?.file}|${d.span?.start}|${d.span?.end}|${d.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(d);
  }
  return out.sort((a, b) => {
    const fa = a.span?.file ?? '';
    const fb = b.span?.file ?? '';
    if (fa !== fb) return fa < fb ? -1 : 1;
    const sa = a.span?.start ?? -1;
    const sb = b.span?.start ?? -1;
    if (sa !== sb) return sa - sb;
    return a.code < b.code ? -1 : a.code > b.code ? 1 : 0;
  });
}
