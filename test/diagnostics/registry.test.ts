import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ALL_REGISTRIES } from '../../src/diagnostics/codes/index.js';
import { renderDiagnosticsDoc } from '../../src/diagnostics/docs.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const codesDir = join(root, 'src/diagnostics/codes');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(path);
    return e.name.endsWith('.ts') && !e.name.endsWith('.d.ts') ? [path] : [];
  });
}

describe('diagnostic registries', () => {
  it('lists every registry file of src/diagnostics/codes in ALL_REGISTRIES', () => {
    const stems = readdirSync(codesDir)
      .filter((f) => f.endsWith('.ts') && f !== 'index.ts')
      .map((f) => f.slice(0, -'.ts'.length))
      .sort();
    const owners = new Set(ALL_REGISTRIES.map((r) => r.owner));
    const unlisted = stems.filter((s) => !owners.has(s));
    expect(unlisted, 'add these registries to ALL_REGISTRIES in src/diagnostics/codes/index.ts').toEqual([]);
  });

  it('lists every table built with defineDiagnostics anywhere in src', async () => {
    const tables = new Set<unknown>(ALL_REGISTRIES.map((r) => r.table));
    const missing: string[] = [];
    for (const file of sourceFiles(join(root, 'src'))) {
      if (!/\bdefineDiagnostics\s*\(/.test(readFileSync(file, 'utf8'))) continue;
      if (file.endsWith(join('diagnostics', 'diagnostic.ts'))) continue; // the definition itself
      const mod = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
      for (const [name, value] of Object.entries(mod)) {
        if (name.endsWith('Diagnostics') && typeof value === 'object' && value !== null && !tables.has(value)) {
          missing.push(`${relative(root, file)}: ${name}`);
        }
      }
    }
    expect(missing, 'add these registries to ALL_REGISTRIES in src/diagnostics/codes/index.ts').toEqual([]);
  });

  it('has owners that are unique', () => {
    const owners = ALL_REGISTRIES.map((r) => r.owner);
    expect(new Set(owners).size).toBe(owners.length);
  });

  it('uses each code in exactly one registry', () => {
    const owners = new Map<string, string[]>();
    for (const r of ALL_REGISTRIES) {
      for (const code of Object.keys(r.table)) owners.set(code, [...(owners.get(code) ?? []), r.owner]);
    }
    const duplicates = [...owners].filter(([, o]) => o.length > 1).map(([code, o]) => `${code} (${o.join(', ')})`);
    expect(duplicates, 'a diagnostic code is defined in more than one registry').toEqual([]);
  });

  it('uses kebab-case codes', () => {
    const bad = ALL_REGISTRIES.flatMap((r) =>
      Object.keys(r.table).filter((c) => !/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/.test(c)).map((c) => `${r.owner}: ${c}`),
    );
    expect(bad).toEqual([]);
  });

  it('documents every code with a summary, an example and a fix', () => {
    const incomplete: string[] = [];
    for (const r of ALL_REGISTRIES) {
      for (const [code, def] of Object.entries(r.table)) {
        for (const key of ['summary', 'example', 'fix'] as const) {
          if (typeof def[key] !== 'string' || def[key].trim() === '') incomplete.push(`${r.owner}: ${code} has no ${key}`);
        }
      }
    }
    expect(incomplete).toEqual([]);
  });
});

describe('grammar/DIAGNOSTICS.md', () => {
  it('is up to date with the registries', () => {
    let onDisk: string;
    try {
      onDisk = readFileSync(join(root, 'grammar/DIAGNOSTICS.md'), 'utf8');
    } catch {
      onDisk = '';
    }
    const upToDate = onDisk === renderDiagnosticsDoc();
    expect(upToDate, 'grammar/DIAGNOSTICS.md is out of date: run `npm run docs:diagnostics`').toBe(true);
  });

  it('renders deterministically', () => {
    expect(renderDiagnosticsDoc()).toBe(renderDiagnosticsDoc());
  });
});
