/**
 * Imports and merging (src/syntax/load.ts) on a memory host: .pab and YAML
 * files importing each other, diagnostics in imported files, cycles, missing
 * files, duplicate definitions and sections across files, diamonds.
 */
import { describe, expect, it } from 'vitest';
import { createMemoryHost } from '../../src/core/host.js';
import { positionOf } from '../../src/core/source-file.js';
import { loadSpec } from '../../src/syntax/load.js';
import { codesOf, expectSpansInBounds, lineColOf, textAt } from '../helpers/spans.js';

function load(files: Record<string, string | Uint8Array>, root: string) {
  return loadSpec(createMemoryHost(files), root);
}

const HEADER = 'backend Shop {\n  database postgres\n}\n';

describe('a chain of imports across syntaxes', () => {
  const files = {
    'root.pab': `import "lib/types.yaml"\n${HEADER}entity User {\n  email email\n}\n`,
    'lib/types.yaml': 'imports: [more/enums.pab]\nentities:\n  Post:\n    fields:\n      title: string\n',
    'lib/more/enums.pab': 'enum Role {\n  ADMIN\n  USER\n}\n',
  };

  it('merges the definitions of every file into one document without imports', () => {
    const r = load(files, 'root.pab');
    expect(r.diagnostics).toEqual([]);
    expect(r.document).toEqual({
      backend: { name: 'Shop', database: 'postgres' },
      entities: {
        User: { fields: { email: { type: 'email' } } },
        Post: { fields: { title: { type: 'string' } } },
      },
      enums: { Role: { values: ['ADMIN', 'USER'] } },
    });
    expect('imports' in r.document).toBe(false);
  });

  it('reads each file once, root first and then depth-first, with paths relative to the importer', () => {
    const r = load(files, 'root.pab');
    expect([...r.files.keys()]).toEqual(['root.pab', 'lib/types.yaml', 'lib/more/enums.pab']);
    expect(r.asts).toHaveLength(3);
  });

  it('keeps the spans of imported definitions in their own files', () => {
    const r = load(files, 'root.pab');
    const post = r.spans.get('/entities/Post');
    const role = r.spans.get('/enums/Role');
    const user = r.spans.get('/entities/User');
    expect(post?.span.file).toBe('lib/types.yaml');
    expect(role?.span.file).toBe('lib/more/enums.pab');
    expect(user?.span.file).toBe('root.pab');
    expect(textAt(r.files, post?.key)).toBe('Post');
    expect(textAt(r.files, role?.key)).toBe('Role');
  });

  it('works the same when the root is a yaml file', () => {
    const r = load(
      {
        'backend.yaml': 'imports: [models.pab]\nbackend:\n  name: Shop\n  database: postgres\n',
        'models.pab': 'import "enums.yaml"\nentity User {\n  email email\n}\n',
        'enums.yaml': 'enums:\n  Role: [ADMIN, USER]\n',
      },
      'backend.yaml',
    );
    expect(r.diagnostics).toEqual([]);
    expect(Object.keys(r.document).sort()).toEqual(['backend', 'entities', 'enums']);
    expect(r.document.entities?.['User']).toBeDefined();
    expect(r.document.enums?.['Role']).toEqual({ values: ['ADMIN', 'USER'] });
  });
});

describe('diagnostics in imported files', () => {
  it('carry the path and offsets of the imported yaml file', () => {
    const yaml = 'entities:\n  Post:\n    fields:\n      title: string\n    bogus: 1\n';
    const r = load({ 'root.pab': `import "lib/types.yaml"\n${HEADER}`, 'lib/types.yaml': yaml }, 'root.pab');
    expect(codesOf(r.diagnostics)).toEqual(['unknown-property']);
    const span = r.diagnostics[0]!.span!;
    expect(span.file).toBe('lib/types.yaml');
    expect(span.start).toBe(yaml.indexOf('bogus'));
    expect(textAt(r.files, span)).toBe('bogus');
    expect(lineColOf(r.files, span)).toBe('5:5');
  });

  it('carry the path and offsets of the imported pab file', () => {
    const pab = 'enum Role {\n  ADMIN\n}\n\nentity Post {\n  body  text\n  title string @minLength("x")\n}\n';
    const r = load({ 'root.yaml': 'imports: [sub/posts.pab]\nbackend:\n  name: Shop\n  database: postgres\n', 'sub/posts.pab': pab }, 'root.yaml');
    expect(codesOf(r.diagnostics)).toEqual(['wrong-type']);
    const d = r.diagnostics[0]!;
    expect(d.span?.file).toBe('sub/posts.pab');
    expect(d.span?.start).toBe(pab.indexOf('"x"'));
    expect(textAt(r.files, d.span)).toBe('"x"');
    expect(lineColOf(r.files, d.span)).toBe('7:27');
    expectSpansInBounds(r.diagnostics, r.files);
  });

  it('carry the path of an imported file that is not valid utf-8', () => {
    const r = load(
      { 'root.pab': `import "bad.pab"\n${HEADER}`, 'bad.pab': new Uint8Array([0x65, 0x6e, 0x75, 0x6d, 0x20, 0xc0, 0x80]) },
      'root.pab',
    );
    expect(codesOf(r.diagnostics)).toEqual(['invalid-utf8']);
    expect(r.diagnostics[0]!.span).toEqual({ file: 'bad.pab', start: 5, end: 6 });
  });
});

describe('import cycles', () => {
  it('reports a → b → a at the import that closes the cycle', () => {
    const b = '\nimport "a.pab"\nenum R {\n  A\n}\n';
    const r = load({ 'a.pab': `import "b.pab"\n${HEADER}`, 'b.pab': b }, 'a.pab');
    expect(codesOf(r.diagnostics)).toEqual(['import-cycle']);
    const d = r.diagnostics[0]!;
    expect(d.message).toBe('Import cycle: `a.pab` → `b.pab` → `a.pab`.');
    expect(d.span?.file).toBe('b.pab');
    expect(textAt(r.files, d.span)).toBe('"a.pab"');
    expect(lineColOf(r.files, d.span)).toBe('2:8');
    // Both files are still loaded and merged once.
    expect(r.asts).toHaveLength(2);
    expect(r.document.enums).toEqual({ R: { values: ['A'] } });
  });

  it('reports a file that imports itself', () => {
    const r = load({ 'a.yaml': 'imports: [./a.yaml]\nbackend:\n  name: Shop\n  database: postgres\n' }, 'a.yaml');
    expect(codesOf(r.diagnostics)).toEqual(['import-cycle']);
    expect(r.diagnostics[0]!.span?.file).toBe('a.yaml');
    expect(textAt(r.files, r.diagnostics[0]!.span)).toBe('./a.yaml');
  });

  it('reports a longer cycle across syntaxes with the whole chain', () => {
    const r = load(
      {
        'a.pab': `import "b.yaml"\n${HEADER}`,
        'b.yaml': 'imports: [c.pab]\n',
        'c.pab': 'import "b.yaml"\n',
      },
      'a.pab',
    );
    expect(codesOf(r.diagnostics)).toEqual(['import-cycle']);
    expect(r.diagnostics[0]!.message).toBe('Import cycle: `b.yaml` → `c.pab` → `b.yaml`.');
    expect(r.diagnostics[0]!.span?.file).toBe('c.pab');
  });
});

describe('missing and unknown imports', () => {
  it('reports a missing import at the import string', () => {
    const root = `import "missing.pab"\n${HEADER}`;
    const r = load({ 'a.pab': root }, 'a.pab');
    expect(codesOf(r.diagnostics)).toEqual(['file-not-found']);
    const d = r.diagnostics[0]!;
    expect(d.message).toBe('Cannot read `missing.pab`: no such file.');
    expect(d.span).toEqual({ file: 'a.pab', start: 7, end: 20 });
    expect(textAt(r.files, d.span)).toBe('"missing.pab"');
  });

  it('reports a missing import in a yaml list at the list item', () => {
    const root = 'imports:\n  - ok.yaml\n  - nope/gone.yaml\nbackend:\n  name: Shop\n  database: postgres\n';
    const r = load({ 'a.yaml': root, 'ok.yaml': 'enums:\n  R: [A]\n' }, 'a.yaml');
    expect(codesOf(r.diagnostics)).toEqual(['file-not-found']);
    const d = r.diagnostics[0]!;
    expect(d.message).toBe('Cannot read `nope/gone.yaml`: no such file.');
    expect(textAt(r.files, d.span)).toBe('nope/gone.yaml');
    expect(lineColOf(r.files, d.span)).toBe('3:5');
  });

  it('reports a missing root file without a span', () => {
    const r = load({}, 'nothing.pab');
    expect(codesOf(r.diagnostics)).toEqual(['file-not-found']);
    expect(r.diagnostics[0]!.span).toBeUndefined();
    expect(r.asts).toEqual([]);
  });

  it('reports a .txt import as an unknown spec format at the import string', () => {
    const r = load({ 'a.pab': `import "notes.txt"\n${HEADER}`, 'notes.txt': 'backend: {}' }, 'a.pab');
    expect(codesOf(r.diagnostics)).toEqual(['unknown-spec-format']);
    const d = r.diagnostics[0]!;
    expect(d.message).toBe('`notes.txt` is neither a .pab nor a .yaml spec file.');
    expect(textAt(r.files, d.span)).toBe('"notes.txt"');
    expect(r.files.has('notes.txt')).toBe(false);
  });

  it('accepts .yml and upper-case extensions', () => {
    const r = load(
      { 'a.pab': `import "b.yml"\nimport "C.PAB"\n${HEADER}`, 'b.yml': 'enums:\n  R: [A]\n', 'C.PAB': 'enum S {\n  B\n}\n' },
      'a.pab',
    );
    expect(r.diagnostics).toEqual([]);
    expect(Object.keys(r.document.enums ?? {})).toEqual(['R', 'S']);
  });
});

describe('definitions in two files', () => {
  it('reports the same entity in two files, with a related span in the first file', () => {
    const a = `import "b.pab"\n${HEADER}entity User {\n  email email\n}\n`;
    const b = '// users\nentity User {\n  name string\n}\n';
    const r = load({ 'a.pab': a, 'b.pab': b }, 'a.pab');
    expect(codesOf(r.diagnostics)).toEqual(['duplicate-definition']);
    const d = r.diagnostics[0]!;
    expect(d.severity).toBe('error');
    expect(d.message).toBe('Entity `User` is defined more than once.');
    expect(d.span).toEqual({ file: 'b.pab', start: b.indexOf('User'), end: b.indexOf('User') + 4 });
    expect(d.related).toHaveLength(1);
    expect(d.related![0]!.span).toEqual({ file: 'a.pab', start: a.indexOf('User'), end: a.indexOf('User') + 4 });
    expect(d.related![0]!.message).toBe('`User` is first defined here.');
    // The first definition wins.
    expect(r.document.entities).toEqual({ User: { fields: { email: { type: 'email' } } } });
    expect(r.spans.get('/entities/User/fields/email')?.span.file).toBe('a.pab');
    expect(r.spans.has('/entities/User/fields/name')).toBe(false);
  });

  it('reports the same enum defined in pab and in yaml', () => {
    const a = `import "b.yaml"\n${HEADER}enum Role {\n  A\n}\n`;
    const b = 'enums:\n  Role: [B]\n';
    const r = load({ 'a.pab': a, 'b.yaml': b }, 'a.pab');
    expect(codesOf(r.diagnostics)).toEqual(['duplicate-definition']);
    const d = r.diagnostics[0]!;
    expect(d.message).toBe('Enum `Role` is defined more than once.');
    expect(d.span?.file).toBe('b.yaml');
    expect(textAt(r.files, d.span)).toBe('Role');
    expect(d.related?.[0]?.span.file).toBe('a.pab');
    expect(textAt(r.files, d.related?.[0]?.span)).toBe('Role');
  });

  it('reports auth in two files as a duplicate section, with a related span', () => {
    const a = `import "b.pab"\n${HEADER}auth {\n  policies {\n    own true\n  }\n}\n`;
    const b = 'auth {\n  policies {\n    mine true\n  }\n}\n';
    const r = load({ 'a.pab': a, 'b.pab': b }, 'a.pab');
    expect(codesOf(r.diagnostics)).toEqual(['duplicate-section']);
    const d = r.diagnostics[0]!;
    expect(d.message).toBe('The `auth` section is defined in more than one file.');
    expect(d.span?.file).toBe('b.pab');
    expect(textAt(r.files, d.span)).toBe('auth');
    expect(d.related?.[0]?.span.file).toBe('a.pab');
    expect(textAt(r.files, d.related?.[0]?.span)).toBe('auth');
    expect(lineColOf(r.files, d.related?.[0]?.span)).toBe(`${a.split('\n').indexOf('auth {') + 1}:1`);
  });

  it('reports backend in two files as a duplicate section', () => {
    const r = load({ 'a.pab': `import "b.yaml"\n${HEADER}`, 'b.yaml': 'backend:\n  name: Other\n  database: mysql\n' }, 'a.pab');
    expect(codesOf(r.diagnostics)).toEqual(['duplicate-section']);
    expect(r.diagnostics[0]!.span?.file).toBe('b.yaml');
    expect(r.document.backend).toEqual({ name: 'Shop', database: 'postgres' });
  });
});

describe('diamond imports', () => {
  const files = {
    'a.pab': `import "b.pab"\nimport "c.yaml"\n${HEADER}`,
    'b.pab': 'import "shared/d.pab"\nentity B {\n  name string\n}\n',
    'c.yaml': 'imports: [./shared/../shared/d.pab]\nentities:\n  C:\n    fields:\n      name: string\n',
    'shared/d.pab': 'enum Shared {\n  X\n}\n',
  };

  it('loads a file imported twice only once and reports no duplicates', () => {
    const r = load(files, 'a.pab');
    expect(r.diagnostics).toEqual([]);
    expect([...r.files.keys()]).toEqual(['a.pab', 'b.pab', 'shared/d.pab', 'c.yaml']);
    expect(r.asts).toHaveLength(4);
    expect(r.document.enums).toEqual({ Shared: { values: ['X'] } });
    expect(Object.keys(r.document.entities ?? {})).toEqual(['B', 'C']);
  });

  it('loads a file imported twice by the same file only once', () => {
    const r = load({ 'a.pab': `import "d.pab"\nimport "./d.pab"\n${HEADER}`, 'd.pab': 'enum R {\n  A\n}\n' }, 'a.pab');
    expect(r.diagnostics).toEqual([]);
    expect(r.asts).toHaveLength(2);
  });
});

describe('positions reported for imported files', () => {
  it('are 1-based lines and columns of the imported file, not of the root', () => {
    const yaml = '\n\n\nentities:\n  Post:\n    fields:\n      title:\n        type: string\n        minLength: -3\n';
    const r = load({ 'root.pab': `import "p.yaml"\n${HEADER}`, 'p.yaml': yaml }, 'root.pab');
    expect(r.diagnostics.length).toBeGreaterThan(0);
    for (const d of r.diagnostics) {
      expect(d.span?.file).toBe('p.yaml');
      const pos = positionOf(r.files.get('p.yaml')!, d.span!.start);
      expect(pos.line).toBeGreaterThanOrEqual(4);
    }
    expectSpansInBounds(r.diagnostics, r.files);
  });
});
