/**
 * The Nunjucks environment targets render with. Template names are
 * `<target>/<file>` ("docs/readme.md.njk"). The loader looks in each user
 * override folder in turn (`<dir>/<target>/<file>`), then in the templates
 * shipped with pab (`src/emit/<target>/templates/<file>`), and records which
 * names an override supplied. Settings: no autoescape (each output language
 * escapes with its own filters, `escape.ts`), undefined output is an error,
 * block tags leave no blank lines. Nothing here knows the time or the locale.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import nunjucks, { type ILoader, type LoaderSource } from 'nunjucks';
import { ESCAPE_FILTERS } from './escape.js';

/**
 * The folder holding `<target>/templates/`, resolved to `src/emit/` both when
 * running from source (vitest, tsx) and from the build (`dist/emit/`): the
 * build does not copy `.njk` files, so the package ships them under `src/`.
 */
export const SHIPPED_TEMPLATES_ROOT = fileURLToPath(new URL('../../src/emit/', import.meta.url));

/** Reads one file; undefined when it does not exist. */
export type ReadTemplateFile = (path: string) => Uint8Array | string | undefined;

export interface TemplateEnvironmentOptions {
  /** User override folders, first match wins; each holds `<target>/<file>`. */
  readonly overrideDirs: readonly string[];
  /** Reads override files (the compile's host); defaults to the file system. */
  readonly readOverride?: ReadTemplateFile;
  /** The shipped templates' root (tests); defaults to `SHIPPED_TEMPLATES_ROOT`. */
  readonly shippedRoot?: string;
}

export interface TemplateEnvironment {
  /** Renders the template `<target>/<file>` with a view model. Throws `TemplateFailure`. */
  render(target: string, file: string, view: object): string;
  /** Template names supplied by an override folder so far, sorted. */
  overridden(): string[];
  /** Where an overridden template was read from, by template name. */
  overridePath(name: string): string | undefined;
}

/** A template failed to load or render; `message` is Nunjucks' (template name, line, column, cause). */
export class TemplateFailure extends Error {
  constructor(
    readonly template: string,
    message: string,
    /** True when an override folder supplied any template so far (else the failure is a pab bug). */
    readonly involvesOverrides: boolean,
  ) {
    super(message);
    this.name = 'TemplateFailure';
  }
}

/** A template name is a relative POSIX path without `.` or `..` segments. */
export function isValidTemplateName(name: string): boolean {
  if (name === '' || name.startsWith('/') || /[\\\0]/.test(name)) return false;
  return name.split('/').every((part) => part !== '' && part !== '.' && part !== '..');
}

function decode(content: Uint8Array | string): string {
  const s = typeof content === 'string' ? content : new TextDecoder().decode(content);
  // Templates edited on Windows may have CRLF line ends; output is LF only.
  return s.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

function readFromDisk(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

function joinPath(dir: string, name: string): string {
  return dir.endsWith('/') || dir.endsWith('\\') ? `${dir}${name}` : `${dir}/${name}`;
}

/**
 * Override files (`<target>/<file>` names) that replace no shipped template:
 * a misspelt override would otherwise be silently ignored.
 */
export function unmatchedOverrides(names: readonly string[], shippedRoot: string = SHIPPED_TEMPLATES_ROOT): string[] {
  return names.filter((name) => {
    const slash = name.indexOf('/');
    if (slash < 0) return true;
    return readFromDisk(joinPath(shippedRoot, `${name.slice(0, slash)}/templates/${name.slice(slash + 1)}`)) === undefined;
  });
}

/** Creates a fresh environment (no state is shared between compiles). */
export function createTemplateEnvironment(options: TemplateEnvironmentOptions): TemplateEnvironment {
  const shippedRoot = options.shippedRoot ?? SHIPPED_TEMPLATES_ROOT;
  const readOverride = options.readOverride ?? readFromDisk;
  const overrides = new Map<string, string>();

  const loader: ILoader & { isRelative(name: string): boolean; resolve(from: string, to: string): string } = {
    getSource(name: string) {
      if (!isValidTemplateName(name) || !name.includes('/')) return null as unknown as LoaderSource;
      const slash = name.indexOf('/');
      const target = name.slice(0, slash);
      const file = name.slice(slash + 1);
      for (const dir of options.overrideDirs) {
        const path = joinPath(dir, name);
        const content = readOverride(path);
        if (content !== undefined) {
          overrides.set(name, path);
          return { src: decode(content), path: name, noCache: false };
        }
      }
      const src = readFromDisk(joinPath(shippedRoot, `${target}/templates/${file}`));
      // Nunjucks treats a null source as "not found".
      return (src === undefined ? null : { src: decode(src), path: name, noCache: false }) as LoaderSource;
    },
    // `{% include "./partials/row.njk" %}` resolves against the including template's name.
    isRelative: (name) => name.startsWith('./') || name.startsWith('../'),
    resolve(from, to) {
      const parts = from.split('/').slice(0, -1);
      for (const part of to.split('/')) {
        if (part === '..') parts.pop();
        else if (part !== '.' && part !== '') parts.push(part);
      }
      return parts.join('/');
    },
  };

  const env = new nunjucks.Environment(loader, {
    autoescape: false,
    throwOnUndefined: true,
    trimBlocks: true,
    lstripBlocks: true,
  });
  for (const [name, filter] of Object.entries(ESCAPE_FILTERS)) env.addFilter(name, filter);
  // Output must not depend on chance.
  env.addFilter('random', () => {
    throw new Error('the `random` filter is not available: generated output must be deterministic');
  });

  return {
    render(target, file, view) {
      const name = `${target}/${file}`;
      try {
        return env.render(name, view);
      } catch (e) {
        const message = e instanceof Error ? e.message : String(e);
        throw new TemplateFailure(name, message, overrides.size > 0);
      }
    },
    overridden: () => [...overrides.keys()].sort(),
    overridePath: (name) => overrides.get(name),
  };
}
