/**
 * Output path rules: hostile and non-portable paths are rejected with a
 * sentence; case and normalization collisions are found.
 */
import { describe, expect, it } from 'vitest';
import { checkOutputPath, findPathCollisions, MANIFEST_NAME } from '../../src/output/paths.js';

describe('checkOutputPath', () => {
  it('accepts ordinary relative posix paths', () => {
    for (const p of ['README.md', 'docs/README.md', 'sql/migrations/0001_init/up.sql', '.gitattributes', 'a..b/c', '__proto__']) {
      expect(checkOutputPath(p), p).toBeUndefined();
    }
  });

  it.each([
    ['../../etc/passwd', '`..`'],
    ['a/../b', '`..`'],
    ['..', '`..`'],
    ['/abs', 'absolute'],
    ['/etc/passwd', 'absolute'],
    ['C:\\x', 'absolute'],
    ['c:/x', 'absolute'],
    ['\\\\server\\share', 'absolute'],
    ['a\\b', 'backslash'],
    ['a\0b', 'NUL'],
    ['a\nb', 'control character'],
    ['', 'empty'],
    ['a//b', 'empty segment'],
    ['a/', 'empty segment'],
    ['./a', '`.` segment'],
    ['a/./b', '`.` segment'],
    ['ab:c', 'Windows'],
    ['a:b', 'absolute'],
    ['docs/con.md', 'device name'],
    ['docs/name.', 'ending in'],
    ['x.pab-tmp', 'temp files'],
    [MANIFEST_NAME, 'manifest'],
    ['.PAB-Manifest.json', 'manifest'],
    ['a'.repeat(256), 'longer than'],
  ])('rejects %j', (path, phrase) => {
    const message = checkOutputPath(path);
    expect(message).toBeDefined();
    expect(message).toContain(phrase);
  });

  it('shows control characters escaped in the message', () => {
    expect(checkOutputPath('a\0b')).toContain('`a\\u0000b`');
  });

  it('allows the manifest name below the root', () => {
    expect(checkOutputPath(`docs/${MANIFEST_NAME}`)).toBeUndefined();
  });
});

describe('findPathCollisions', () => {
  it('finds paths differing only in case', () => {
    const found = findPathCollisions(['docs/User.md', 'docs/user.md', 'docs/other.md']);
    expect(found).toHaveLength(1);
    expect(found[0]?.message).toContain('differ only in case');
    expect([found[0]?.path, found[0]?.other].sort()).toEqual(['docs/User.md', 'docs/user.md']);
  });

  it('finds case collisions in folders too', () => {
    expect(findPathCollisions(['Docs/a.md', 'docs/a.md'])).toHaveLength(1);
  });

  it('finds paths differing only in unicode normalization', () => {
    expect(findPathCollisions(['caf\u00e9.md', 'cafe\u0301.md'])).toHaveLength(1);
  });

  it('finds duplicates and a file that is also a folder', () => {
    expect(findPathCollisions(['a.md', 'a.md'])[0]?.message).toContain('produced twice');
    expect(findPathCollisions(['docs', 'docs/a.md'])[0]?.message).toContain('to be a folder');
    expect(findPathCollisions(['DOCS', 'docs/a.md'])).toHaveLength(1);
  });

  it('accepts distinct paths in any order', () => {
    expect(findPathCollisions(['b/a.md', 'a/b.md', 'a.md', 'ab/c.md'])).toEqual([]);
  });
});
