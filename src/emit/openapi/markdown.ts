/**
 * Spec values (URLs, header and cookie names, paths, conditions) inside the
 * Markdown of OpenAPI descriptions. Doc comments are Markdown already and
 * go in as they are; values are shown literally.
 */
import { md, mdCode } from '../escape.js';

/**
 * A value shown literally: a code span (its fence longer than any backtick
 * run inside), or, when the value holds `<`, escaped text with `&lt;`:
 * linters read `<script` as HTML even inside a code span.
 */
export function mdLiteral(value: string): string {
  return value.includes('<') ? md(value).replace(/\\</g, '&lt;') : mdCode(value);
}
