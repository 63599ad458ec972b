/**
 * `pab watch [spec]`: compiles, then recompiles whenever a spec file (the
 * root or any file it imports) changes, printing diagnostics each time.
 * Returns a handle so tests (and Ctrl-C) can stop it.
 */
import chokidar from 'chokidar';
import { defaultSpec, runCompile, type CompileOptions } from './compile.js';
import { validateSpec } from '../../pipeline.js';
import { EXIT, type CliIo } from '../io.js';

export interface WatchHandle {
  /** Resolves once the watcher is ready. */
  readonly ready: Promise<void>;
  close(): Promise<void>;
}

export function startWatch(io: CliIo, specArg: string | undefined, opts: CompileOptions, onCompiled?: (code: number) => void): WatchHandle | number {
  const spec = specArg ?? defaultSpec(io);
  if (spec === undefined) {
    io.stderr('No spec given and no backend.pab or backend.yaml here.\n');
    return EXIT.usage;
  }
  const specFiles = (): string[] => [...validateSpec(io.host, spec).loaded.files.keys()];
  const watcher = chokidar.watch(specFiles(), { ignoreInitial: true, awaitWriteFinish: { stabilityThreshold: 50, pollInterval: 10 } });
  let timer: NodeJS.Timeout | undefined;
  const compileNow = (): void => {
    const code = runCompile(io, spec, { ...opts, check: false });
    // Imports may have changed: watch exactly the files the spec now loads.
    watcher.add(specFiles());
    onCompiled?.(code);
  };
  watcher.on('all', () => {
    clearTimeout(timer);
    timer = setTimeout(compileNow, 30);
  });
  const ready = new Promise<void>((resolve) => watcher.once('ready', () => resolve()));
  compileNow();
  io.stderr(`watching ${spec} (Ctrl-C to stop)\n`);
  return {
    ready,
    close: async () => {
      clearTimeout(timer);
      await watcher.close();
    },
  };
}
