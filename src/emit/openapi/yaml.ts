/**
 * YAML text of the OpenAPI document, written directly from the JSON data
 * (the `yaml` package's document model costs seconds on a spec of a few
 * thousand entities): block style, two-space indent, keys in document order,
 * no anchors, no folding. A string is written plain only when every YAML
 * 1.2 *and* 1.1 reader takes it for that string (`yes`, `2024-05-17`,
 * `0o12`, `E5`, `"200"` are quoted); multi-line text is a literal block when
 * that keeps it exact, else a JSON string (valid YAML double-quoted), so
 * `openapi.yaml` always reads as the same data as `openapi.json`.
 */
import type { Json } from './json.js';

/** YAML 1.1's (and 1.2's) words for booleans and null. */
const WORDS = /^(?:y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF|null|Null|NULL)$/;
/** Characters YAML wants escaped or treats as line breaks (1.1: NEL, LS, PS), and the BOM. */
const UNSAFE_CHARS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\ufeff\ud800-\udfff]/;

/** Whether `s` may be written as a plain scalar (and, as a key, a plain key). */
export function isPlainSafe(s: string): boolean {
  if (s.length === 0 || !/^[A-Za-z_/$]/.test(s)) return false;
  if (WORDS.test(s) || /^[eE][-+0-9_.]/.test(s)) return false;
  if (/[\n\r\t]/.test(s) || UNSAFE_CHARS.test(s)) return false;
  return !s.includes(': ') && !s.includes(' #') && !s.endsWith(':') && !s.endsWith(' ');
}

/** A JSON string, with the characters YAML 1.1 reads as line breaks escaped too. */
function quoted(s: string): string {
  return JSON.stringify(s).replace(/[\u0085\u2028\u2029\ufeff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function scalar(s: string): string {
  return isPlainSafe(s) ? s : quoted(s);
}

/** A literal block (`|-`, `|`, `|+`) for multi-line text when it keeps the text exact; undefined otherwise. */
function literalBlock(s: string, indent: string): string | undefined {
  if (!s.includes('\n') || /[\r\t]/.test(s) || UNSAFE_CHARS.test(s)) return undefined;
  const body = s.replace(/\n+$/, '');
  const trailing = s.length - body.length;
  const lines = body.split('\n');
  // A first line starting with a space would need an indentation indicator; trailing spaces are kept but invisible: quote instead.
  if (lines[0]!.startsWith(' ') || lines.some((l) => / $/.test(l)) || body.length === 0) return undefined;
  const chomp = trailing === 0 ? '-' : trailing === 1 ? '' : '+';
  const extra = trailing > 1 ? '\n'.repeat(trailing - 1) : '';
  return `|${chomp}\n${lines.map((l) => (l.length === 0 ? '' : `${indent}${l}`)).join('\n')}${extra}`;
}

function isCollection(v: Json): boolean {
  return v !== null && typeof v === 'object' && (Array.isArray(v) ? v.length > 0 : Object.keys(v).length > 0);
}

/** An inline value: a scalar, `[]` or `{}`; multi-line text as a literal block at `indent`. */
function inline(v: Json, indent: string): string {
  if (v === null) return 'null';
  if (typeof v === 'boolean' || typeof v === 'number') return JSON.stringify(v);
  if (typeof v === 'string') return literalBlock(v, indent) ?? scalar(v);
  return Array.isArray(v) ? '[]' : '{}';
}

function write(v: Json, indent: string, out: string[]): void {
  if (Array.isArray(v)) {
    for (const item of v as readonly Json[]) {
      if (isCollection(item) && !Array.isArray(item)) {
        // `- key: value` with the rest of the mapping aligned under the first key.
        const lines: string[] = [];
        write(item, `${indent}  `, lines);
        out.push(`${indent}- ${lines[0]!.slice(indent.length + 2)}`, ...lines.slice(1));
      } else if (isCollection(item)) {
        out.push(`${indent}-`);
        write(item, `${indent}  `, out);
      } else {
        out.push(`${indent}- ${inline(item, `${indent}  `)}`);
      }
    }
    return;
  }
  for (const [key, value] of Object.entries(v as Record<string, Json | undefined>)) {
    if (value === undefined) continue;
    const k = scalar(key);
    if (isCollection(value)) {
      out.push(`${indent}${k}:`);
      write(value, `${indent}  `, out);
    } else {
      out.push(`${indent}${k}: ${inline(value, `${indent}  `)}`);
    }
  }
}

/** The document as YAML, after `header` (comment lines ending in "\n"). */
export function yamlText(value: Json, header: string): string {
  const out: string[] = [];
  if (isCollection(value)) write(value, '', out);
  else out.push(inline(value, ''));
  return `${header}${out.join('\n')}\n`;
}
