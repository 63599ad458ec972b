/**
 * Escapes for every output language, registered as Nunjucks filters
 * (`ESCAPE_FILTERS`) and used by view models. Each is a small pure function
 * of a string: whatever the spec holds (quotes, comment terminators, `${`,
 * newlines, backslashes, reserved words), the result is inert in its context.
 *
 * Inputs that are not strings are rejected (numbers and booleans are
 * stringified first), so a template that passes `undefined` fails loudly
 * instead of printing "undefined".
 */

/** The value as a string; numbers and booleans are accepted, anything else is a template bug. */
function text(value: unknown, filter: string): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  throw new TypeError(`${filter}: expected a string, got ${value === null ? 'null' : typeof value}`);
}

/** Lone UTF-16 surrogates cannot be written as UTF-8; they become U+FFFD. */
function wellFormed(s: string): string {
  if (!/[\uD800-\uDFFF]/.test(s)) return s;
  return s.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

/** Every line terminator (CRLF, CR, LF, NEL, LS, PS) as LF. */
function normalizeNewlines(s: string): string {
  if (!/[\r\u0085\u2028\u2029]/.test(s)) return s;
  return s.replace(/\r\n?|[\u0085\u2028\u2029]/g, '\n');
}

// ---- TypeScript / JavaScript ------------------------------------------------

/**
 * A double-quoted JS/TS string literal. Besides what JSON escapes (quotes,
 * backslashes, control characters, lone surrogates), `${`, backticks and
 * `*\/` are escaped too, and so are U+2028/U+2029, so the literal stays inert
 * when a template places it inside a template literal or a block comment.
 */
export function tsString(value: unknown): string {
  return JSON.stringify(text(value, 'ts_string'))
    .replace(/\$\{/g, '\\${')
    .replace(/`/g, '\\`')
    .replace(/\*\//g, '*\\/')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/**
 * Text for inside a `/* … *\/` or `/** … *\/` comment: `*\/` cannot close it
 * (written `*\/`), line terminators become "\n". Not for `//` comments
 * (a newline ends those); see `tsLineComment`.
 */
export function tsComment(value: unknown): string {
  return wellFormed(normalizeNewlines(text(value, 'ts_comment'))).replace(/\*\//g, '*\\/');
}

/** Text for after `//`: one line (line terminators become spaces). */
export function tsLineComment(value: unknown): string {
  return wellFormed(normalizeNewlines(text(value, 'ts_line_comment'))).replace(/\n+/g, ' ');
}

/** Reserved words, strict-mode restricted names and TypeScript type keywords. */
const TS_RESERVED = new Set([
  'await', 'break', 'case', 'catch', 'class', 'const', 'continue', 'debugger', 'default', 'delete', 'do',
  'else', 'enum', 'export', 'extends', 'false', 'finally', 'for', 'function', 'if', 'import', 'in',
  'instanceof', 'new', 'null', 'return', 'super', 'switch', 'this', 'throw', 'true', 'try', 'typeof',
  'var', 'void', 'while', 'with', 'yield',
  'implements', 'interface', 'let', 'package', 'private', 'protected', 'public', 'static',
  'arguments', 'eval', 'undefined', 'NaN', 'Infinity',
  'any', 'bigint', 'boolean', 'never', 'number', 'object', 'string', 'symbol', 'unknown',
]);

/**
 * A safe JS/TS identifier: characters that cannot appear in one become `_`,
 * a leading digit gets a `_` prefix, and a reserved word gets a `_` suffix
 * (`class` → `class_`). Distinct inputs may map to the same identifier; a
 * view model that needs uniqueness must check it.
 */
export function tsIdent(value: unknown): string {
  let s = wellFormed(text(value, 'ts_ident')).replace(/[^\p{ID_Continue}$\u200C\u200D]/gu, '_');
  if (s === '' || !/^[\p{ID_Start}$_]/u.test(s)) s = `_${s}`;
  return TS_RESERVED.has(s) ? `${s}_` : s;
}

/**
 * An object key in TS source: bare when it is an identifier (reserved words
 * are fine as keys), else a string literal; `__proto__` is computed
 * (`["__proto__"]`), which keeps it an own property of an object literal.
 */
export function tsKey(value: unknown): string {
  const s = text(value, 'ts_key');
  if (s === '__proto__') return '["__proto__"]';
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(s) ? s : tsString(s);
}

/**
 * A JSON-like value as a TS expression (object and array literals, every
 * string through `tsString`, keys through `tsKey`): inert wherever a
 * template puts it. `undefined` members are left out; other non-JSON values
 * are rejected. `indent` > 0 spreads it over lines, like `JSON.stringify`.
 */
export function tsLiteral(value: unknown, indent = 0, depth = 0): string {
  if (value === null) return 'null';
  if (typeof value === 'string') return tsString(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new TypeError('ts_literal: cannot write a non-finite number');
    return Object.is(value, -0) ? '0' : String(value);
  }
  if (typeof value === 'boolean') return String(value);
  const pad = indent > 0 ? `\n${' '.repeat(indent * (depth + 1))}` : '';
  const end = indent > 0 ? `\n${' '.repeat(indent * depth)}` : '';
  const sep = indent > 0 ? ',' : ', ';
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return `[${pad}${value.map((v) => tsLiteral(v, indent, depth + 1)).join(`${sep}${pad}`)}${end}]`;
  }
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    if (entries.length === 0) return '{}';
    const inner = entries.map(([k, v]) => `${tsKey(k)}: ${tsLiteral(v, indent, depth + 1)}`).join(`${sep}${pad}`);
    return indent > 0 ? `{${pad}${inner}${end}}` : `{ ${inner} }`;
  }
  throw new TypeError(`ts_literal: cannot write ${typeof value}`);
}

/** JS is the same language here; the aliases exist so templates read naturally. */
export const jsString = tsString;
export const jsIdent = tsIdent;

// ---- Python ------------------------------------------------------------------

/**
 * A double-quoted Python 3 string literal: backslash, quote, control
 * characters and lone surrogates escaped; other Unicode kept as is.
 */
export function pyString(value: unknown): string {
  const s = text(value, 'py_string');
  let out = '"';
  for (const ch of s) {
    const code = ch.codePointAt(0)!;
    if (ch === '\\') out += '\\\\';
    else if (ch === '"') out += '\\"';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (code < 0x20 || code === 0x7f) out += `\\x${code.toString(16).padStart(2, '0')}`;
    else if ((code >= 0xd800 && code <= 0xdfff) || code === 0x2028 || code === 0x2029 || code === 0x85) {
      out += `\\u${code.toString(16).padStart(4, '0')}`;
    } else out += ch;
  }
  return `${out}"`;
}

/** Python 3 keywords (soft keywords such as `match` are valid identifiers). */
const PY_RESERVED = new Set([
  'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue', 'def',
  'del', 'elif', 'else', 'except', 'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is',
  'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise', 'return', 'try', 'while', 'with', 'yield',
]);

/** A safe Python identifier: like `tsIdent`, with Python's keywords (`from` → `from_`, PEP 8 style). */
export function pyIdent(value: unknown): string {
  let s = wellFormed(text(value, 'py_ident')).replace(/[^\p{ID_Continue}]/gu, '_');
  if (s === '' || !/^[\p{ID_Start}_]/u.test(s)) s = `_${s}`;
  return PY_RESERVED.has(s) ? `${s}_` : s;
}

// ---- SQL ---------------------------------------------------------------------

/** Dialects whose quoting differs from standard SQL. */
export type SqlDialect = 'standard' | 'postgres' | 'sqlite' | 'mysql';

/**
 * A quoted SQL identifier: `"name"` with `"` doubled (standard, PostgreSQL,
 * SQLite), or `` `name` `` with backticks doubled (MySQL). NUL, which no
 * database accepts in a name, is dropped.
 */
export function sqlIdent(value: unknown, dialect: SqlDialect = 'standard'): string {
  const s = wellFormed(text(value, 'sql_ident')).replace(/\0/g, '');
  return dialect === 'mysql' ? `\`${s.replace(/`/g, '``')}\`` : `"${s.replace(/"/g, '""')}"`;
}

/**
 * A SQL string literal: `'…'` with `'` doubled. MySQL (without
 * NO_BACKSLASH_ESCAPES) also treats `\` as an escape, so it is doubled there.
 * NUL is dropped.
 */
export function sqlString(value: unknown, dialect: SqlDialect = 'standard'): string {
  let s = wellFormed(text(value, 'sql_string')).replace(/\0/g, '');
  if (dialect === 'mysql') s = s.replace(/\\/g, '\\\\');
  return `'${s.replace(/'/g, "''")}'`;
}

// ---- YAML, JSON --------------------------------------------------------------

/**
 * A double-quoted YAML scalar. JSON string syntax is valid YAML; the YAML
 * line breaks NEL, LS and PS are escaped too, and lone surrogates replaced.
 */
export function yamlString(value: unknown): string {
  return JSON.stringify(wellFormed(text(value, 'yaml_string')))
    .replace(/\u0085/g, '\\N')
    .replace(/\u2028/g, '\\L')
    .replace(/\u2029/g, '\\P');
}

/** `JSON.stringify(value, null, indent)`; `undefined` (not JSON) is rejected. */
export function json(value: unknown, indent?: number): string {
  const out = JSON.stringify(value, null, indent);
  if (out === undefined) throw new TypeError(`json: cannot serialize ${typeof value}`);
  return out;
}

// ---- GraphQL, protobuf ---------------------------------------------------------

/** A GraphQL string value `"…"` (JSON escapes are GraphQL escapes). */
export function graphqlString(value: unknown): string {
  return JSON.stringify(wellFormed(text(value, 'graphql_string')));
}

/**
 * A GraphQL description as a block string. `"""` inside is written `\"""`.
 * A one-line text that neither starts with whitespace nor ends with `"` or
 * `\` stays on one line; anything else gets the quotes on their own lines.
 */
export function graphqlDescription(value: unknown): string {
  const s = wellFormed(normalizeNewlines(text(value, 'graphql_description'))).replace(/"""/g, '\\"""');
  if (!s.includes('\n') && !/^\s|["\\]$/.test(s) && s !== '') return `"""${s}"""`;
  return `"""\n${s}\n"""`;
}

/**
 * A protobuf string literal `"…"`: printable ASCII as is (quote and backslash
 * escaped), everything else as the octal escapes of its UTF-8 bytes, which
 * protoc reads as bytes in every context.
 */
export function protoString(value: unknown): string {
  const bytes = new TextEncoder().encode(wellFormed(text(value, 'proto_string')));
  let out = '"';
  for (const b of bytes) {
    if (b === 0x22) out += '\\"';
    else if (b === 0x5c) out += '\\\\';
    else if (b === 0x0a) out += '\\n';
    else if (b >= 0x20 && b < 0x7f) out += String.fromCharCode(b);
    else out += `\\${b.toString(8).padStart(3, '0')}`;
  }
  return `${out}"`;
}

// ---- Prisma schema language ----------------------------------------------------

/**
 * A Prisma schema string literal `"…"`. The schema language reads JSON's
 * escapes (`\"`, `\\`, `\n`, `\t`, `\uXXXX`…) and rejects raw control
 * characters, so JSON's spelling is right; lone surrogates become U+FFFD.
 */
export function prismaString(value: unknown): string {
  return JSON.stringify(wellFormed(text(value, 'prisma_string')));
}

/** C0 control characters (but tab) and DEL, which have no business in a comment. */
// eslint-disable-next-line no-control-regex
const COMMENT_CONTROLS = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]/g;

/**
 * The text of a `///` doc comment: one line per line of the text (joined
 * with "\n"; the template writes `/// ` before each), trailing spaces
 * trimmed, control characters as spaces. Prisma copies docs into the
 * generated client's JSDoc, so a comment terminator (star, slash) gets a
 * backslash between its characters, as in `tsComment`.
 */
export function prismaDoc(value: unknown): string {
  return wellFormed(normalizeNewlines(text(value, 'prisma_doc')))
    .replace(COMMENT_CONTROLS, ' ')
    .replace(/\*\//g, '*\\/')
    .split('\n')
    .map((line) => line.replace(/\s+$/, ''))
    .join('\n');
}

/** Text for after `//`: one line (line terminators and control characters become spaces). */
export function prismaLineComment(value: unknown): string {
  return wellFormed(normalizeNewlines(text(value, 'prisma_line_comment')))
    .replace(COMMENT_CONTROLS, ' ')
    .replace(/\n+/g, ' ');
}

// ---- Markdown ----------------------------------------------------------------

/** Inline text `md` leaves as it is: empty, or starts with a letter, no formatting, entity, emoji or line-break character, no trailing space. */
const PLAIN_MD = /^(?:[A-Za-z](?:[A-Za-z0-9 ,.()'"/%!?;=+-]*[A-Za-z0-9,.()'"/%!?;=+-])?)?$/;

/**
 * Markdown (GitHub-flavored) inline text: one line, shown literally.
 * Escapes the characters that start formatting (`\ * _ \` [ ] < | ~ $`),
 * an `&` that would start an entity, `:` of an emoji shortcode, and a
 * block marker at the start (`# `, `>`, `- `, `+ `, `1. `, `===`). Line
 * breaks become spaces, and the ends are trimmed. Safe in paragraphs,
 * headings, list items and table cells.
 */
export function md(value: unknown): string {
  // Most text (names, words, sentences) needs no escape: skip the passes below.
  return typeof value === 'string' && PLAIN_MD.test(value) ? value : mdFull(value);
}

function mdFull(value: unknown): string {
  const s = wellFormed(normalizeNewlines(text(value, 'md')))
    .replace(/\0/g, '\uFFFD')
    .replace(/\s*\n\s*/g, ' ')
    .trim()
    .replace(/[\\`*_[\]<|~$]/g, '\\$&')
    .replace(/&(?=#?[A-Za-z0-9]+;)/g, '\\&')
    .replace(/(?<![A-Za-z0-9]):(?=[A-Za-z0-9_+-]+:)/g, '\\:');
  // A block marker at the start: a heading, quote, list item, or a line that
  // would underline the one before it.
  if (/^[=-]+$/.test(s.replace(/\s/g, ''))) return `\\${s}`;
  return s
    .replace(/^(#{1,6}|[+-])(?=\s|$)/, '\\$1')
    .replace(/^>/, '\\>')
    .replace(/^(\d{1,9})([.)])(?=\s|$)/, '$1\\$2');
}

/**
 * Markdown text of several paragraphs: paragraphs (separated by a blank
 * line) stay apart, each is `md` inline text.
 */
export function mdParagraphs(value: unknown): string {
  return normalizeNewlines(text(value, 'md_paragraphs'))
    .split(/\n[ \t]*\n\s*/)
    .map((p) => md(p.trim()))
    .filter((p) => p !== '')
    .join('\n\n');
}

/** Code-span text needing no padding or longer fence: no backtick, line break, surrogate or outer space. */
const PLAIN_CODE = /^[^\s`\uD800-\uDFFF\u0085\u2028\u2029](?:[^`\r\n\uD800-\uDFFF\u0085\u2028\u2029]*[^\s`\uD800-\uDFFF\u0085\u2028\u2029])?$/;

/**
 * A Markdown code span that shows the text literally, with a backtick fence
 * longer than any backtick run inside; '' for ''. Line breaks become spaces.
 * In a table cell, follow it with `md_cell` (a `|` would end the cell).
 */
export function mdCode(value: unknown): string {
  return typeof value === 'string' && PLAIN_CODE.test(value) ? `\`${value}\`` : mdCodeFull(value);
}

function mdCodeFull(value: unknown): string {
  const s = wellFormed(normalizeNewlines(text(value, 'md_code'))).replace(/\n/g, ' ');
  const longest = Math.max(0, ...(s.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  // CommonMark strips one space on each side when both are present, and a fence
  // next to a backtick inside would merge with it: pad in both cases.
  if (s === '') return '';
  const pad = s.startsWith('`') || s.endsWith('`') || (s.startsWith(' ') && s.endsWith(' ') && s.trim() !== '');
  return pad ? `${fence} ${s} ${fence}` : `${fence}${s}${fence}`;
}

/**
 * The last filter of a GFM table cell: `|` becomes `\|` (GitHub removes one
 * backslash before a pipe in a cell, even inside a code span) and line breaks
 * become spaces. Apply it to code spans and Markdown fragments; `md` output
 * is already cell-safe, and escaping it again is harmless.
 */
export function mdCell(value: unknown): string {
  return typeof value === 'string' && !/[|\r\n\uD800-\uDFFF\u0085\u2028\u2029]/.test(value) ? value : mdCellFull(value);
}

function mdCellFull(value: unknown): string {
  return wellFormed(normalizeNewlines(text(value, 'md_cell'))).replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|');
}

/**
 * A fenced code block (ending without a newline), with a fence longer than
 * any backtick run in the text. `info` (the language) keeps only `[\w+-]`.
 */
export function mdFence(value: unknown, info: unknown = ''): string {
  const s = wellFormed(normalizeNewlines(text(value, 'md_fence'))).replace(/\n+$/, '');
  const longest = Math.max(0, ...(s.match(/`{3,}/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  const lang = text(info, 'md_fence').replace(/[^\w+-]/g, '');
  return `${fence}${lang}\n${s}\n${fence}`;
}

// ---- Mermaid -----------------------------------------------------------------

/**
 * Text for a Mermaid label (a message, a participant alias, a quoted
 * relationship label): characters with a meaning in Mermaid source or in the
 * HTML it renders become entity codes (`#34;`), line breaks spaces.
 */
export function mermaidLabel(value: unknown): string {
  return wellFormed(normalizeNewlines(text(value, 'mermaid_label')))
    .replace(/\n/g, ' ')
    .replace(/["#;%<>&`{}[\]|\\]/g, (c) => `#${c.charCodeAt(0)};`);
}

/** A bare Mermaid node id: anything but `[A-Za-z0-9_]` becomes `_`; never empty. */
export function mermaidId(value: unknown): string {
  const s = text(value, 'mermaid_id').replace(/[^A-Za-z0-9_]/g, '_');
  return s === '' ? '_' : s;
}

/**
 * A quoted erDiagram entity name. Quoting keeps names such as `OneTime` or
 * `Style` from being read as keywords; the characters a quoted name may not
 * hold become `_`.
 */
export function mermaidEntity(value: unknown): string {
  const s = text(value, 'mermaid_entity').replace(/["%\r\n\v\b\\]/g, '_');
  return `"${s === '' ? '_' : s}"`;
}

/** The escapes as Nunjucks filters, by filter name. */
export const ESCAPE_FILTERS: Readonly<Record<string, (value: unknown, ...args: any[]) => string>> = {
  ts_string: tsString,
  js_string: jsString,
  ts_comment: tsComment,
  ts_line_comment: tsLineComment,
  ts_ident: tsIdent,
  js_ident: jsIdent,
  py_string: pyString,
  py_ident: pyIdent,
  sql_ident: sqlIdent,
  sql_string: sqlString,
  yaml_string: yamlString,
  json,
  graphql_string: graphqlString,
  graphql_description: graphqlDescription,
  proto_string: protoString,
  prisma_string: prismaString,
  prisma_doc: prismaDoc,
  prisma_line_comment: prismaLineComment,
  md,
  md_paragraphs: mdParagraphs,
  md_code: mdCode,
  md_cell: mdCell,
  md_fence: mdFence,
  mermaid_label: mermaidLabel,
  mermaid_id: mermaidId,
  mermaid_entity: mermaidEntity,
};

/** The Markdown escapes without their fast paths, for tests that check the fast paths change nothing. */
export const FULL_MARKDOWN_ESCAPES = { md: mdFull, mdCode: mdCodeFull, mdCell: mdCellFull } as const;
