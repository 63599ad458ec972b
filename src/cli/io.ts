/**
 * What a CLI command may touch: output streams, the file-system host, the
 * working directory and whether stdout is a terminal. Tests pass their own.
 */
import type { Host } from '../core/host.js';

export interface CliIo {
  readonly host: Host;
  readonly cwd: string;
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Color and code frames for humans when true. */
  readonly isTTY: boolean;
  /** Writes a file atomically (see `createAtomicWriter` in output/fs.ts). */
  readonly writeFile: (path: string, content: string) => void;
  /**
   * The compile cache folder (`output/cache.ts`); absent: no cache. The node
   * CLI sets it unless `PAB_NO_CACHE` is set; in-process tests leave it out.
   */
  readonly cacheDir?: string;
}

/** Exit codes used by every command. */
export const EXIT = { ok: 0, errors: 1, usage: 2 } as const;
