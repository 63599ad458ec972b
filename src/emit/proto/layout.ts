/**
 * The view model of one `.proto` file: the numbered schema as lines. Docs
 * become `//` line comments (a newline ends one, so no text can end it
 * early); `*\/` is written `*\/` all the same, because code generators copy
 * comments into `/** … *\/` blocks. Everything a template prints is final
 * text; the template only places the blocks.
 */
import type { BlockNumbers } from './numbering.js';
import type { ProtoEnum, ProtoField, ProtoFile, ProtoMessage, ProtoService } from './schema.js';
import { typeText } from './types.js';

export interface ProtoBlockView {
  /** Comment lines (text after `// `; '' for an empty line). */
  readonly doc: readonly string[];
  /** `message Book`, `enum Status`, `service BooksService`. */
  readonly head: string;
  /** Body lines without the indentation. */
  readonly body: readonly string[];
}

export interface ProtoFileView {
  /** The generated-file header line, without its final newline. */
  readonly header: string;
  /** Comment lines above `syntax` (the backend's doc, in the shared file). */
  readonly preamble: readonly string[];
  readonly package: string;
  readonly imports: readonly string[];
  readonly blocks: readonly ProtoBlockView[];
}

/** C0 control characters (but tab) and DEL. */
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]/g;

/**
 * The lines of a comment: every line terminator (CRLF, CR, NEL, LS, PS)
 * splits, lone surrogates become U+FFFD, control characters spaces, `*\/`
 * is defused, trailing space trimmed.
 */
export function commentLines(text: string | undefined): string[] {
  if (text === undefined || text === '') return [];
  return text
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')
    .split(/\r\n?|[\n\u0085\u2028\u2029]/)
    .map((line) => line.replace(CONTROLS, ' ').replace(/\*\//g, '*\\/').replace(/\s+$/, ''));
}

function docLines(text: string | undefined): string[] {
  return commentLines(text).map((l) => (l === '' ? '//' : `// ${l}`));
}

/** `reserved 3, 4;` and `reserved "note";` lines. */
function reservedLines(n: BlockNumbers | undefined): string[] {
  if (n === undefined) return [];
  const out: string[] = [];
  if (n.reservedNumbers.length > 0) out.push(`reserved ${n.reservedNumbers.join(', ')};`);
  if (n.reservedNames.length > 0) out.push(`reserved ${n.reservedNames.map((s) => `"${s}"`).join(', ')};`);
  return out;
}

function fieldLines(f: ProtoField, number: number): string[] {
  return [...docLines(f.doc), `${typeText(f)} ${f.name} = ${number};`];
}

function messageView(m: ProtoMessage, numbers: BlockNumbers | undefined): ProtoBlockView {
  const body = [...reservedLines(numbers), ...m.fields.flatMap((f) => fieldLines(f, numbers?.numbers.get(f.name) ?? 0))];
  return { doc: commentLines(m.doc), head: `message ${m.name}`, body };
}

function enumView(e: ProtoEnum, numbers: BlockNumbers | undefined): ProtoBlockView {
  const body = [
    ...reservedLines(numbers),
    `${e.zero} = 0;`,
    ...e.values.flatMap((v) => [...docLines(v.doc), `${v.name} = ${numbers?.numbers.get(v.name) ?? 0};`]),
  ];
  return { doc: commentLines(e.doc), head: `enum ${e.name}`, body };
}

function serviceView(s: ProtoService): ProtoBlockView {
  const body = s.rpcs.flatMap((r) => [
    ...docLines(r.doc),
    `rpc ${r.name}(${r.request}) returns (${r.streaming ? 'stream ' : ''}${r.response});`,
  ]);
  return { doc: commentLines(s.doc), head: `service ${s.name}`, body };
}

export interface FileNumbers {
  readonly messages: ReadonlyMap<string, BlockNumbers>;
  readonly enums: ReadonlyMap<string, BlockNumbers>;
}

/** The view of one file: services first, then enums, then messages. */
export function fileView(file: ProtoFile, pkg: string, header: string, preamble: string | undefined, numbers: FileNumbers): ProtoFileView {
  return {
    header: header.trimEnd(),
    preamble: commentLines(preamble),
    package: pkg,
    imports: file.imports,
    blocks: [
      ...file.services.map(serviceView),
      ...file.enums.map((e) => enumView(e, numbers.enums.get(e.name))),
      ...file.messages.map((m) => messageView(m, numbers.messages.get(m.name))),
    ],
  };
}
