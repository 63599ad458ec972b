import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  createTemplateEnvironment, isValidTemplateName, SHIPPED_TEMPLATES_ROOT, TemplateFailure,
} from '../../src/emit/templates.js';

/** A reader over an in-memory file table. */
function reader(files: Record<string, string>) {
  return (path: string) => files[path];
}

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A temporary "shipped templates" root holding `<target>/templates/<file>`. */
function shipped(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'pab-templates-'));
  dirs.push(root);
  for (const [name, content] of Object.entries(files)) {
    const [target, ...rest] = name.split('/');
    const path = join(root, target!, 'templates', ...rest);
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, content);
  }
  return root;
}

describe('the shipped templates', () => {
  it('resolve to src/emit/<target>/templates from source', () => {
    expect(SHIPPED_TEMPLATES_ROOT.replace(/\\/g, '/')).toMatch(/\/src\/emit\/$/);
    expect(existsSync(join(SHIPPED_TEMPLATES_ROOT, 'docs', 'templates', 'readme.md.njk'))).toBe(true);
  });
});

describe('createTemplateEnvironment', () => {
  it('renders a shipped template with the Nunjucks settings (no autoescape, trimmed blocks)', () => {
    const root = shipped({ 't/a.njk': '{% for x in xs %}\n  {% if x %}\n<{{ x }}>\n  {% endif %}\n{% endfor %}\n' });
    const env = createTemplateEnvironment({ overrideDirs: [], shippedRoot: root });
    expect(env.render('t', 'a.njk', { xs: ['&', '', 'b'] })).toBe('<&>\n<b>\n');
    expect(env.overridden()).toEqual([]);
  });

  it('prefers the first override folder that has the template, and records it', () => {
    const root = shipped({ 't/a.njk': 'shipped {{ v }}\n', 't/b.njk': 'b shipped\n' });
    const env = createTemplateEnvironment({
      overrideDirs: ['one', 'two'],
      shippedRoot: root,
      readOverride: reader({ 'two/t/a.njk': 'two {{ v }}\n', 'one/t/b.njk': 'b one\n', 'two/t/b.njk': 'b two\n' }),
    });
    expect(env.render('t', 'a.njk', { v: 1 })).toBe('two 1\n');
    expect(env.render('t', 'b.njk', {})).toBe('b one\n');
    expect(env.overridden()).toEqual(['t/a.njk', 't/b.njk']);
    expect(env.overridePath('t/a.njk')).toBe('two/t/a.njk');
  });

  it('lets an override include shipped templates, also by relative name', () => {
    const root = shipped({ 't/page.njk': 'page\n', 't/parts/row.njk': 'row {{ n }}\n' });
    const env = createTemplateEnvironment({
      overrideDirs: ['o'],
      shippedRoot: root,
      readOverride: reader({ 'o/t/page.njk': '{% include "./parts/row.njk" %}{% include "t/parts/row.njk" %}' }),
    });
    expect(env.render('t', 'page.njk', { n: 7 })).toBe('row 7\nrow 7\n');
    expect(env.overridden()).toEqual(['t/page.njk']);
  });

  it('reads overrides with CRLF line ends and a BOM as LF text', () => {
    const env = createTemplateEnvironment({
      overrideDirs: ['o'],
      shippedRoot: shipped({}),
      readOverride: reader({ 'o/t/a.njk': '\uFEFFa\r\n{% if true %}\r\nb\r\n{% endif %}\r\n' }),
    });
    expect(env.render('t', 'a.njk', {})).toBe('a\nb\n');
  });

  it('accepts override files as bytes', () => {
    const env = createTemplateEnvironment({
      overrideDirs: ['o'],
      shippedRoot: shipped({}),
      readOverride: (path) => (path === 'o/t/a.njk' ? new TextEncoder().encode('é {{ 1 }}\n') : undefined),
    });
    expect(env.render('t', 'a.njk', {})).toBe('é 1\n');
  });

  it('fails on undefined output, unknown templates and the random filter', () => {
    const root = shipped({ 't/u.njk': '{{ missing }}', 't/r.njk': '{{ [1, 2] | random }}', 't/f.njk': '{{ missing | md }}' });
    const env = createTemplateEnvironment({ overrideDirs: [], shippedRoot: root });
    expect(() => env.render('t', 'u.njk', {})).toThrow(TemplateFailure);
    expect(() => env.render('t', 'nope.njk', {})).toThrow(/template not found/);
    expect(() => env.render('t', 'r.njk', {})).toThrow(/deterministic/);
    expect(() => env.render('t', 'f.njk', {})).toThrow(/md: expected a string/);
    try {
      env.render('t', 'u.njk', {});
    } catch (e) {
      expect(e).toBeInstanceOf(TemplateFailure);
      expect((e as TemplateFailure).template).toBe('t/u.njk');
      expect((e as TemplateFailure).involvesOverrides).toBe(false);
    }
  });

  it('registers the escape filters', () => {
    const root = shipped({ 't/a.njk': '{{ s | ts_string }} {{ s | md }} {{ s | sql_ident }}' });
    const env = createTemplateEnvironment({ overrideDirs: [], shippedRoot: root });
    expect(env.render('t', 'a.njk', { s: 'a"*' })).toBe('"a\\"*" a"\\* "a""*"');
  });

  it('never reads outside the template folders', () => {
    const read: string[] = [];
    const env = createTemplateEnvironment({
      overrideDirs: ['o'],
      shippedRoot: shipped({ 't/a.njk': '{% include "../../etc/passwd" %}' }),
      readOverride: (path) => {
        read.push(path);
        return undefined;
      },
    });
    expect(() => env.render('t', 'a.njk', {})).toThrow(/template not found/);
    expect(() => env.render('t', '../../x.njk', {})).toThrow(/template not found/);
    expect(read.every((p) => !p.includes('..'))).toBe(true);
  });
});

describe('isValidTemplateName', () => {
  it('accepts relative POSIX names only', () => {
    for (const ok of ['docs/readme.md.njk', 'docs/parts/row.njk']) expect(isValidTemplateName(ok), ok).toBe(true);
    for (const bad of ['', '/etc/passwd', '../x', 'docs/../x', 'docs//x', 'docs/./x', 'docs\\x', 'a\0b']) {
      expect(isValidTemplateName(bad), bad).toBe(false);
    }
  });
});
