/**
 * Clean-up after a compile that was killed mid-write: its whole files are old
 * or new, but the temp file of the write in progress stays behind. The next
 * compile removes such leftovers so that it completes cleanly.
 */
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { OutputFs } from './fs.js';
import type { Manifest } from './manifest.js';
import { TEMP_SUFFIX } from './paths.js';

/** A temp file of an atomic write (`.<name>.<pid>-<n>.pab-tmp`, see `createAtomicWriter` in fs.ts); group 1 is the writer's pid. */
const TEMP_FILE = new RegExp(`^\\..*\\.(\\d+)-\\d+${TEMP_SUFFIX.replace('.', '\\.')}$`);

/** Whether another process with this pid is running (it may be a compile still writing its temp files). */
function isOtherProcessRunning(pid: number): boolean {
  if (pid === process.pid) return false; // our writes are done: a temp with our pid is a dead namesake's
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * The temp files that a compile killed mid-write left in the output folders:
 * only in the folders of the files the manifest lists (not through a symlink
 * leaving the output folder), only regular files with pab's temp name, and
 * never those of a process still running. Paths relative to `outDir`, sorted.
 */
export function findInterruptedWrites(outDir: string, fs: OutputFs, manifest: Manifest): string[] {
  const folders = new Set(['']);
  for (const path of manifest.files.keys()) {
    const slash = path.lastIndexOf('/');
    if (slash > 0) folders.add(path.slice(0, slash));
  }
  const found: string[] = [];
  for (const folder of [...folders].sort()) {
    if (folder !== '' && fs.isSymlinkEscape(folder)) continue;
    let entries;
    try {
      entries = readdirSync(join(outDir, ...folder.split('/')), { withFileTypes: true });
    } catch {
      continue;
    }
    for (const entry of entries) {
      const match = TEMP_FILE.exec(entry.name);
      if (!match || !entry.isFile() || isOtherProcessRunning(Number(match[1]))) continue;
      found.push(folder === '' ? entry.name : `${folder}/${entry.name}`);
    }
  }
  return found.sort();
}

/**
 * Removes the leftovers `findInterruptedWrites` finds, so that the next run
 * completes cleanly. Returns their paths (relative to `outDir`).
 */
export function removeInterruptedWrites(outDir: string, fs: OutputFs, manifest: Manifest): string[] {
  const found = findInterruptedWrites(outDir, fs, manifest);
  for (const path of found) rmSync(join(outDir, ...path.split('/')), { force: true });
  return found;
}
