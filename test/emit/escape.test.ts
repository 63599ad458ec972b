import { spawnSync } from 'node:child_process';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import {
  ESCAPE_FILTERS, FULL_MARKDOWN_ESCAPES, graphqlDescription, graphqlString, json, md, mdCell, mdCode, mdFence, mdParagraphs, mermaidEntity,
  mermaidId, mermaidLabel, prismaDoc, prismaLineComment, prismaString, protoString, pyIdent, pyString, sqlIdent, sqlString, tsComment, tsIdent, tsLineComment,
  tsString, yamlString,
} from '../../src/emit/escape.js';

/** Strings that break naive escaping somewhere. */
const HOSTILE = [
  '',
  'plain',
  'say "hi"',
  "it's",
  'back\\slash',
  'end */ of comment',
  '/* open',
  '${process.exit(1)}',
  '`tick` and ``two``',
  'line\nbreak',
  'crlf\r\nand cr\r',
  'tab\there',
  'nul\0byte',
  'bell\u0007',
  'unicode: é ü 中文 🎉',
  'line sep \u2028 para sep \u2029 nel \u0085',
  'lone \uD800 surrogate',
  '"""triple"""',
  '</script><!-- -->',
  '| pipe | table |',
  '# heading',
];

describe('ts_string / js_string', () => {
  it('evaluates back to the original string', () => {
    for (const s of HOSTILE) expect(new Function(`return ${tsString(s)};`)()).toBe(s);
  });

  it('round-trips any string (property)', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => new Function(`return ${tsString(s)};`)() === s));
  });

  it('stays inert inside a template literal and a block comment', () => {
    const probe = globalThis as { __pabEscapeProbe?: number };
    delete probe.__pabEscapeProbe;
    const s = '${globalThis.__pabEscapeProbe = 1} ` */';
    new Function(`return \`x ${tsString(s)} y\`;`)();
    expect(probe.__pabEscapeProbe).toBeUndefined();
    expect(new Function(`/* ${tsString(s)} */ return 1;`)()).toBe(1);
  });

  it('escapes what JSON leaves alone', () => {
    expect(tsString('${a}')).toBe('"\\${a}"');
    expect(tsString('a*/b')).toBe('"a*\\/b"');
    expect(tsString('`')).toBe('"\\`"');
    expect(tsString('\u2028')).toBe('"\\u2028"');
  });

  it('js_string is ts_string', () => {
    expect(ESCAPE_FILTERS['js_string']).toBe(ESCAPE_FILTERS['ts_string']);
  });

  it('rejects undefined and null, stringifies numbers and booleans', () => {
    expect(() => tsString(undefined)).toThrow(/ts_string: expected a string, got undefined/);
    expect(() => tsString(null)).toThrow(/got null/);
    expect(tsString(12)).toBe('"12"');
    expect(tsString(false)).toBe('"false"');
  });
});

describe('ts_comment / ts_line_comment', () => {
  it('cannot close a block comment', () => {
    for (const s of HOSTILE) {
      expect(tsComment(s)).not.toContain('*/');
      expect(new Function(`/** ${tsComment(s)} */ return 1;`)()).toBe(1);
    }
  });

  it('keeps line comments on one line', () => {
    for (const s of HOSTILE) {
      expect(tsLineComment(s)).not.toMatch(/[\n\r\u2028\u2029]/);
      expect(new Function(`// ${tsLineComment(s)}\nreturn 1;`)()).toBe(1);
    }
  });
});

describe('ts_ident / py_ident', () => {
  it('suffixes reserved words', () => {
    expect(tsIdent('class')).toBe('class_');
    expect(tsIdent('default')).toBe('default_');
    expect(tsIdent('string')).toBe('string_');
    expect(tsIdent('from')).toBe('from'); // contextual, a valid identifier
    expect(pyIdent('from')).toBe('from_');
    expect(pyIdent('class')).toBe('class_');
    expect(pyIdent('None')).toBe('None_');
    expect(pyIdent('select')).toBe('select');
    expect(pyIdent('match')).toBe('match'); // soft keyword
  });

  it('replaces invalid characters and leading digits', () => {
    expect(tsIdent('a-b c')).toBe('a_b_c');
    expect(tsIdent('1st')).toBe('_1st');
    expect(tsIdent('')).toBe('_');
    expect(tsIdent('$ok')).toBe('$ok');
    expect(tsIdent('café')).toBe('café');
    expect(tsIdent('"; drop')).toBe('___drop');
    expect(pyIdent('$no')).toBe('_no');
    expect(pyIdent('9')).toBe('_9');
  });

  it('always gives a declarable identifier (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        const id = tsIdent(s);
        new Function(`let ${id} = 1; return ${id};`);
        return true;
      }),
    );
  });
});

describe('py_string', () => {
  it('escapes quotes, backslashes and control characters', () => {
    expect(pyString('say "hi" \\ ok')).toBe('"say \\"hi\\" \\\\ ok"');
    expect(pyString('a\nb\r\tc\0')).toBe('"a\\nb\\r\\tc\\x00"');
    expect(pyString('é 🎉')).toBe('"é 🎉"');
    expect(pyString('\uD800')).toBe('"\\ud800"');
  });

  const python = spawnSync('python3', ['-c', 'print(1)'], { encoding: 'utf8' }).stdout?.trim() === '1';
  it.skipIf(!python)('evaluates back to the original string in Python', () => {
    const cases = HOSTILE.filter((s) => !/[\uD800-\uDFFF]/.test(s)); // Python prints lone surrogates differently
    const program = `import json, ast\nprint(json.dumps([${cases.map(pyString).join(', ')}]))`;
    const out = spawnSync('python3', ['-c', program], { encoding: 'utf8' });
    expect(out.stderr).toBe('');
    expect(JSON.parse(out.stdout)).toEqual(cases);
  });
});

describe('sql_ident / sql_string', () => {
  it('quotes identifiers, doubling the quote', () => {
    expect(sqlIdent('select')).toBe('"select"');
    expect(sqlIdent('a"b')).toBe('"a""b"');
    expect(sqlIdent('a`b', 'mysql')).toBe('`a``b`');
    expect(sqlIdent('nul\0')).toBe('"nul"');
  });

  it('quotes strings, doubling single quotes (and backslashes for MySQL)', () => {
    expect(sqlString("it's")).toBe("'it''s'");
    expect(sqlString('a\\b')).toBe("'a\\b'");
    expect(sqlString('a\\b', 'mysql')).toBe("'a\\\\b'");
    expect(sqlString("'; drop table x; --")).toBe("'''; drop table x; --'");
  });
});

describe('yaml_string / json', () => {
  it('parses back to the original string', () => {
    for (const s of HOSTILE.filter((x) => !/[\uD800-\uDFFF]/.test(x))) {
      expect(parseYaml(`key: ${yamlString(s)}\n`)).toEqual({ key: s });
    }
  });

  it('escapes YAML line breaks', () => {
    expect(yamlString('\u0085\u2028\u2029')).toBe('"\\N\\L\\P"');
  });

  it('json is JSON.stringify, and refuses undefined', () => {
    expect(json({ a: [1, 'x'] })).toBe('{"a":[1,"x"]}');
    expect(json({ a: 1 }, 2)).toBe('{\n  "a": 1\n}');
    expect(() => json(undefined)).toThrow(/cannot serialize/);
  });
});

describe('graphql_string / graphql_description', () => {
  it('writes strings with JSON escapes', () => {
    expect(graphqlString('a "b"\n')).toBe('"a \\"b\\"\\n"');
    expect(JSON.parse(graphqlString('x\\y'))).toBe('x\\y');
  });

  it('escapes triple quotes in block strings', () => {
    expect(graphqlDescription('One line.')).toBe('"""One line."""');
    expect(graphqlDescription('say """hi"""')).toBe('"""\nsay \\"""hi\\"""\n"""');
    expect(graphqlDescription('a """ b')).toBe('"""a \\""" b"""');
    expect(graphqlDescription('ends with "')).toBe('"""\nends with "\n"""');
    expect(graphqlDescription('two\nlines')).toBe('"""\ntwo\nlines\n"""');
    expect(graphqlDescription('')).toBe('"""\n\n"""');
  });

  it('never leaves an unescaped """ inside', () => {
    for (const s of HOSTILE) {
      const inner = graphqlDescription(s).slice(3, -3);
      expect(inner.replace(/\\"""/g, '')).not.toContain('"""');
    }
  });
});

describe('proto_string', () => {
  it('escapes quotes and backslashes, and non-ASCII as UTF-8 octal bytes', () => {
    expect(protoString('a "b" \\')).toBe('"a \\"b\\" \\\\"');
    expect(protoString('é')).toBe('"\\303\\251"');
    expect(protoString('a\nb\0')).toBe('"a\\nb\\000"');
  });
});

describe('md', () => {
  const cases: [string, string][] = [
    ['plain text', 'plain text'],
    ['*bold* _em_ `code`', '\\*bold\\* \\_em\\_ \\`code\\`'],
    ['a | b', 'a \\| b'],
    ['<script>alert(1)</script>', '\\<script>alert(1)\\</script>'],
    ['[link](http://x) ![img](y)', '\\[link\\](http://x) !\\[img\\](y)'],
    ['~~strike~~ $math$', '\\~\\~strike\\~\\~ \\$math\\$'],
    ['back\\slash\\*', 'back\\\\slash\\\\\\*'],
    ['&amp; &#35; & ok', '\\&amp; \\&#35; & ok'],
    [':smile: at 10:30: ok', '\\:smile: at 10:30: ok'],
    ['# heading', '\\# heading'],
    ['#hashtag', '#hashtag'],
    ['> quote', '\\> quote'],
    ['- item', '\\- item'],
    ['+ item', '\\+ item'],
    ['-5 degrees', '-5 degrees'],
    ['1. first', '1\\. first'],
    ['2.0.0', '2.0.0'],
    ['---', '\\---'],
    ['===', '\\==='],
    ['two\nlines\r\nhere', 'two lines here'],
    ['  padded  ', 'padded'],
    ['é 中文 🎉', 'é 中文 🎉'],
  ];
  it.each(cases)('escapes %j', (input, expected) => {
    expect(md(input)).toBe(expected);
  });

  it('never emits a line break or an unescaped pipe (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        const out = md(s);
        return !/[\r\n]/.test(out) && !/(^|[^\\])(\\\\)*\|/.test(out);
      }),
    );
  });

  it('gives what the full escapes give, fast paths or not (property)', () => {
    const chars = fc.constantFrom(...'aZ09 ,.()\'"/%!?;=+-:#>*_`|&\\$~[]<\t\n\r\u2028é🎉'.split(''), '\uD800');
    const text = fc.oneof(fc.string({ unit: chars }), fc.string({ unit: 'binary' }));
    fc.assert(
      fc.property(text, (s) => {
        expect(md(s)).toBe(FULL_MARKDOWN_ESCAPES.md(s));
        expect(mdCode(s)).toBe(FULL_MARKDOWN_ESCAPES.mdCode(s));
        expect(mdCell(s)).toBe(FULL_MARKDOWN_ESCAPES.mdCell(s));
      }),
      { numRuns: 2000 },
    );
  });

  it('md_paragraphs keeps paragraphs apart', () => {
    expect(mdParagraphs('First line\nsame paragraph.\n\n  # Second *one*')).toBe('First line same paragraph.\n\n\\# Second \\*one\\*');
    expect(mdParagraphs('')).toBe('');
  });
});

describe('md_code / md_cell / md_fence', () => {
  it('fences code spans longer than any backtick run inside', () => {
    expect(mdCode('a')).toBe('`a`');
    expect(mdCode('a`b')).toBe('``a`b``');
    expect(mdCode('`x`')).toBe('`` `x` ``');
    expect(mdCode('a ``` b')).toBe('````a ``` b````');
    expect(mdCode(' padded ')).toBe('`  padded  `');
    expect(mdCode('')).toBe('');
    expect(mdCode('two\nlines')).toBe('`two lines`');
    expect(mdCode('a|b')).toBe('`a|b`');
  });

  it('md_cell escapes pipes and line breaks for a table cell', () => {
    expect(mdCell(mdCode('a|b'))).toBe('`a\\|b`');
    expect(mdCell('x\ny')).toBe('x y');
    expect(mdCell(md('a|b'))).toBe('a\\\\|b');
  });

  it('fences blocks longer than any backtick fence inside', () => {
    expect(mdFence('x', 'ts')).toBe('```ts\nx\n```');
    expect(mdFence('```\ninner\n````\n', 'text')).toBe('`````text\n```\ninner\n````\n`````');
    expect(mdFence('a\r\nb', 'bad`lang')).toBe('```badlang\na\nb\n```');
  });
});

describe('mermaid', () => {
  it('turns characters with a meaning into entity codes', () => {
    expect(mermaidLabel('a "b" #c; 50% <x> {y} [z] | \\ `')).toBe('a #34;b#34; #35;c#59; 50#37; #60;x#62; #123;y#125; #91;z#93; #124; #92; #96;');
    expect(mermaidLabel('two\nlines')).toBe('two lines');
  });

  it('makes ids and quoted entity names', () => {
    expect(mermaidId('svc_ledger')).toBe('svc_ledger');
    expect(mermaidId('a-b c')).toBe('a_b_c');
    expect(mermaidId('')).toBe('_');
    expect(mermaidEntity('OneTime')).toBe('"OneTime"');
    expect(mermaidEntity('a"b%c')).toBe('"a_b_c"');
  });
});

describe('prisma_string / prisma_doc / prisma_line_comment', () => {
  it('writes strings with JSON escapes, which the Prisma schema language reads (round-trip: test/emit/prisma.test.ts)', () => {
    expect(prismaString('say "hi" \\ \n\t')).toBe('"say \\"hi\\" \\\\ \\n\\t"');
    expect(prismaString('lone \uD800')).toBe('"lone \uFFFD"');
    for (const s of HOSTILE) expect(prismaString(s)).not.toMatch(/[\u0000-\u001f]/);
  });

  it('keeps docs on their lines and defuses comment terminators and control characters', () => {
    expect(prismaDoc('a */ b\r\nc  \u2028d\u0000')).toBe('a *\\/ b\nc\nd');
    for (const s of HOSTILE) {
      for (const line of prismaDoc(s).split('\n')) expect(line).not.toMatch(/\*\/|[\u0000-\u0008\u000b-\u001f\u0085\u2028\u2029]/);
    }
  });

  it('keeps line comments on one line', () => {
    expect(prismaLineComment('a\nb\r\nc\u2028d')).toBe('a b c d');
    for (const s of HOSTILE) expect(prismaLineComment(s)).not.toMatch(/[\n\r\u0085\u2028\u2029]/);
  });
});

describe('ESCAPE_FILTERS', () => {
  it('registers the filters the templates use under their documented names', () => {
    expect(Object.keys(ESCAPE_FILTERS).sort()).toEqual([
      'graphql_description', 'graphql_string', 'js_ident', 'js_string', 'json', 'md', 'md_cell', 'md_code', 'md_fence',
      'md_paragraphs', 'mermaid_entity', 'mermaid_id', 'mermaid_label', 'prisma_doc', 'prisma_line_comment', 'prisma_string',
      'proto_string', 'py_ident', 'py_string',
      'sql_ident', 'sql_string', 'ts_comment', 'ts_ident', 'ts_line_comment', 'ts_string', 'yaml_string',
    ]);
  });
});
