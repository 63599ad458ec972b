/**
 * The manifest: deterministic serialization, round trips, and corrupt or
 * hostile manifests as error results (never throws).
 */
import { describe, expect, it } from 'vitest';
import { createMemoryOutputFs } from '../../src/output/fs.js';
import {
  hashContent,
  type Manifest,
  type ManifestEntry,
  MANIFEST_NAME,
  parseManifest,
  readManifest,
  readPreviousOutput,
  serializeManifest,
} from '../../src/output/manifest.js';

const H = hashContent('x\n');

function manifest(entries: [string, ManifestEntry][]): Manifest {
  return { version: 1, files: new Map(entries) };
}

describe('serializeManifest', () => {
  it('sorts paths and keys and ends in one newline, whatever the insertion order', () => {
    const a = manifest([
      ['b/z.md', { target: 'docs', kind: 'generated', sha256: H }],
      ['a.json', { target: 'ir', kind: 'generated', sha256: H, immutable: true }],
      ['B.md', { target: 'docs', kind: 'scaffold', sha256: H }],
    ]);
    const b = manifest([...a.files].reverse());
    const text = serializeManifest(a);
    expect(serializeManifest(b)).toBe(text);
    expect(text).toBe(
      [
        '{',
        '  "files": {',
        '    "B.md": {',
        '      "kind": "scaffold",',
        `      "sha256": "${H}",`,
        '      "target": "docs"',
        '    },',
        '    "a.json": {',
        '      "immutable": true,',
        '      "kind": "generated",',
        `      "sha256": "${H}",`,
        '      "target": "ir"',
        '    },',
        '    "b/z.md": {',
        '      "kind": "generated",',
        `      "sha256": "${H}",`,
        '      "target": "docs"',
        '    }',
        '  },',
        '  "version": 1',
        '}',
        '',
      ].join('\n'),
    );
    expect(JSON.parse(text)).toBeTypeOf('object');
  });

  it('round-trips through parseManifest, including a path named __proto__', () => {
    const m = manifest([
      ['__proto__', { target: 'docs', kind: 'generated', sha256: H }],
      ["docs/it's é.md", { target: 'docs', kind: 'generated', sha256: H }],
    ]);
    const parsed = parseManifest(serializeManifest(m));
    expect('manifest' in parsed && [...parsed.manifest.files.keys()].sort()).toEqual(['__proto__', "docs/it's é.md"]);
    expect('manifest' in parsed && serializeManifest(parsed.manifest)).toBe(serializeManifest(m));
  });

  it('writes an empty manifest deterministically', () => {
    expect(serializeManifest({ version: 1, files: new Map() })).toBe('{\n  "files": {},\n  "version": 1\n}\n');
  });
});

describe('readManifest', () => {
  it('reads a missing manifest as empty', () => {
    const read = readManifest(createMemoryOutputFs());
    expect(read.ok && read.manifest.files.size).toBe(0);
    expect(read.ok && read.text).toBeUndefined();
  });

  it.each([
    ['not json', 'not valid JSON'],
    ['[]', 'expected a JSON object'],
    ['{"version":2,"files":{}}', 'newer pab'],
    ['{"version":1}', '`files`'],
    ['{"version":1,"files":{},"extra":1}', 'unknown property'],
    [`{"version":1,"files":{"a":{"target":"d","kind":"other","sha256":"${H}"}}}`, '`kind`'],
    ['{"version":1,"files":{"a":{"target":"d","kind":"generated","sha256":"abc"}}}', '`sha256`'],
    [`{"version":1,"files":{"a":{"target":"d","kind":"generated","sha256":"${H}","immutable":false}}}`, '`immutable`'],
    [`{"version":1,"files":{"a":{"target":"","kind":"generated","sha256":"${H}"}}}`, '`target`'],
    [`{"version":1,"files":{"../../etc/passwd":{"target":"d","kind":"generated","sha256":"${H}"}}}`, '`..`'],
    [`{"version":1,"files":{"/etc/passwd":{"target":"d","kind":"generated","sha256":"${H}"}}}`, 'absolute'],
  ])('reports a corrupt manifest %s as an error result', (text, phrase) => {
    const read = readManifest(createMemoryOutputFs({ [MANIFEST_NAME]: text }));
    expect(read.ok).toBe(false);
    if (!read.ok) {
      expect(read.error).toContain(phrase);
      expect(read.error).toContain(MANIFEST_NAME);
      expect(read.error).toContain('restore it from version control');
    }
  });

  it('reports a manifest that is a folder', () => {
    const read = readManifest(createMemoryOutputFs({ [`${MANIFEST_NAME}/x`]: '' }));
    expect(!read.ok && read.error).toContain('not a regular file');
  });
});

describe('readPreviousOutput', () => {
  it('returns the generated files of one target still on disk', () => {
    const m = manifest([
      ['sql/a.sql', { target: 'sql', kind: 'generated', sha256: H }],
      ['sql/gone.sql', { target: 'sql', kind: 'generated', sha256: H }],
      ['sql/own.sql', { target: 'sql', kind: 'scaffold', sha256: H }],
      ['docs/a.md', { target: 'docs', kind: 'generated', sha256: H }],
    ]);
    const fs = createMemoryOutputFs({ 'sql/a.sql': 'A', 'sql/own.sql': 'O', 'docs/a.md': 'D' });
    expect([...readPreviousOutput(fs, m, 'sql')]).toEqual([['sql/a.sql', 'A']]);
  });
});
