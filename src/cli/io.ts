/**
 * What a CLI command may touch: output streams, the file-system host, the
 * working directory and whether stdout is a terminal. Tests pass their own.
 */
import { mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Host } from '../core/host.js';

export interface CliIo {
  readonly host: Host;
  readonly cwd: string;
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Color and code frames for humans when true. */
  readonly isTTY: boolean;
  /** Writes a file atomically (temp file in the same folder, then rename). */
  readonly writeFile: (path: string, content: string) => void;
}

export function writeFileAtomic(path: string, content: string): void {
  const dir = mkdtempSync(join(dirname(path), '.pab-tmp-'));
  const tmp = join(dir, 'file');
  try {
    writeFileSync(tmp, content);
    renameSync(tmp, path);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Exit codes used by every command. */
export const EXIT = { ok: 0, errors: 1, usage: 2 } as const;
