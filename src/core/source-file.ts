/**
 * A loaded source file: its path as the user named it, its text and the
 * offsets where each line starts. Positions are UTF-16 offsets into `text`;
 * `positionOf` turns them into 1-based line/column for reporting.
 */
export interface SourceFile {
  readonly path: string;
  readonly text: string;
  readonly lineStarts: readonly number[];
}

/** Creates a SourceFile, normalizing a leading BOM away. */
export function createSourceFile(path: string, text: string): SourceFile {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const lineStarts = [0];
  for (let i = 0; i < body.length; i++) {
    const c = body.charCodeAt(i);
    if (c === 10) lineStarts.push(i + 1);
    else if (c === 13 && body.charCodeAt(i + 1) !== 10) lineStarts.push(i + 1);
  }
  return { path, text: body, lineStarts };
}

/** 1-based line and column of a UTF-16 offset. */
export function positionOf(file: SourceFile, offset: number): { line: number; column: number } {
  const line = lineOf(file, offset);
  return { line, column: offset - file.lineStarts[line - 1]! + 1 };
}

/** 1-based line of a UTF-16 offset. */
export function lineOf(file: SourceFile, offset: number): number {
  const starts = file.lineStarts;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}
