/**
 * The `pab` command line: argument parsing (commander) and dispatch only.
 * Every command returns an exit code: 0 ok, 1 errors found, 2 usage error.
 * `runCli` is pure with respect to its `CliIo`, so tests run it in-process.
 */
import { Command, CommanderError, Option } from 'commander';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createNodeHost } from '../core/host.js';
import { REPORTERS, type ReporterName } from '../diagnostics/render.js';
import { runBreaking } from './commands/breaking.js';
import { runConvert } from './commands/convert.js';
import { runFmt } from './commands/fmt.js';
import { runValidate } from './commands/validate.js';
import { runCheck, runCompile, runDiff, type CompileOptions } from './commands/compile.js';
import { runInit } from './commands/init.js';
import { runMigratePlan, type MigratePlanOptions } from './commands/migrate.js';
import { runTargets as runTargetList } from './commands/targets.js';
import { startWatch } from './commands/watch.js';
import { createAtomicWriter } from '../output/fs.js';
import { cacheDir, cacheEnabled } from '../output/cache.js';
import { EXIT, type CliIo } from './io.js';

interface CommandInfo {
  name: string;
  summary: string;
  example: string;
}

/** One line and one example per command, for `pab` with no or bad arguments. */
export const COMMANDS: readonly CommandInfo[] = [
  { name: 'compile', summary: 'Generate every target of a spec into the output folder (writes only changes).', example: 'pab compile examples/shop/backend.pab --out out' },
  { name: 'check', summary: 'Exit 1 when the generated output on disk is stale (for CI); writes nothing.', example: 'pab check backend.pab' },
  { name: 'diff', summary: 'Show the unified diff between the output on disk and what compile would write; with --breaking, the breaking changes since a baseline.', example: 'pab diff backend.pab' },
  { name: 'init', summary: 'Create a starter spec and mark the output as generated for code review.', example: 'pab init my-api --format yaml' },
  { name: 'watch', summary: 'Recompile whenever the spec or a file it imports changes.', example: 'pab watch backend.pab' },
  { name: 'migrate', summary: 'Print the database migration the next compile would write, with its safety lint (`migrate plan`).', example: 'pab migrate plan backend.pab' },
  { name: 'targets', summary: 'List the targets with their options.', example: 'pab targets' },
  { name: 'validate', summary: 'Check a spec and report every problem found.', example: 'pab validate examples/shop/backend.pab' },
  { name: 'fmt', summary: 'Print a .pab file in canonical formatting (--write, --check).', example: 'pab fmt --check backend.pab' },
  { name: 'convert', summary: 'Convert a spec between .pab and backend.yaml.', example: 'pab convert backend.pab --to yaml -o backend.yaml' },
  { name: 'help', summary: 'Show help for a command.', example: 'pab help validate' },
];

export function usageText(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  const lines = COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}\n  ${' '.repeat(width)}  e.g. ${c.example}`);
  return `Usage: pab <command> [options]\n\nCommands:\n${lines.join('\n')}\n\nRun \`pab help <command>\` for a command's options.\n`;
}

function packageVersion(): string {
  const pkg = new URL('../../package.json', import.meta.url);
  try {
    return (JSON.parse(readFileSync(fileURLToPath(pkg), 'utf8')) as { version: string }).version;
  } catch {
    return '0.0.0';
  }
}

const reporterOption = (): Option =>
  new Option('--reporter <name>', 'how to print diagnostics').choices(REPORTERS as string[]).default('pretty');

function buildProgram(io: CliIo, setCode: (code: number) => void): Command {
  const program = new Command('pab')
    .description('pab compiles one backend spec (.pab or backend.yaml) into contracts, schemas and services.')
    .version(packageVersion(), '-v, --version')
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .showSuggestionAfterError(true);

  const compileOptions = (cmd: Command, withCheck: boolean): Command => {
    cmd
      .argument('[spec]', 'the spec (default: backend.pab or backend.yaml here)')
      .option('--out <dir>', 'output folder (default: the spec\'s `output`, else `generated` next to the spec)')
      .option('--target <names>', 'comma-separated targets (default: the spec\'s `targets`)')
      .option('--templates <dir>', 'folder of template overrides (default: the spec\'s `templates`)')
      .option('--force', 'overwrite generated files that were edited by hand', false)
      .addOption(reporterOption());
    if (withCheck) cmd.option('--check', 'write nothing; exit 1 when the output is stale (same as `pab check`)', false);
    return cmd;
  };
  const info = (name: string): CommandInfo => COMMANDS.find((c) => c.name === name)!;
  const example = (name: string): string => `\nExample:\n  ${info(name).example}\n`;

  compileOptions(program.command('compile').summary(info('compile').summary), true)
    .addHelpText('after', example('compile'))
    .action((spec: string | undefined, o: CompileOptions) => setCode(runCompile(io, spec, o)));
  compileOptions(program.command('check').summary(info('check').summary), false)
    .addHelpText('after', example('check'))
    .action((spec: string | undefined, o: CompileOptions) => setCode(runCheck(io, spec, { ...o, check: true })));
  compileOptions(program.command('diff').summary(info('diff').summary), false)
    .option('--breaking', 'instead: report the breaking API and database changes since a baseline (needs --against)', false)
    .option('--against <baseline>', 'the baseline of --breaking: a spec file, or a git revision (tag, branch, commit)')
    .addHelpText('after', `${example('diff')}  pab diff --breaking --against v1.2.0 backend.pab\n`)
    .action((spec: string | undefined, o: CompileOptions & { breaking: boolean; against?: string }) => {
      if (o.breaking !== (o.against !== undefined)) {
        io.stderr(o.breaking ? '`--breaking` needs `--against <baseline>`: a spec file or a git revision, e.g. `--against main`.\n' : '`--against` only goes with `--breaking`.\n');
        setCode(EXIT.usage);
        return;
      }
      if (o.breaking) setCode(runBreaking(io, spec, { against: o.against!, reporter: o.reporter, ...(o.out === undefined ? {} : { out: o.out }) }));
      else setCode(runDiff(io, spec, { ...o, check: false }));
    });
  program
    .command('init')
    .summary(info('init').summary)
    .argument('[dir]', 'folder to create the spec in (default: here)')
    .addOption(new Option('--format <syntax>', 'spec syntax').choices(['pab', 'yaml']).default('pab'))
    .addHelpText('after', example('init'))
    .action((dir: string | undefined, o: { format: 'pab' | 'yaml' }) => setCode(runInit(io, dir, o)));
  compileOptions(program.command('watch').summary(info('watch').summary), false)
    .addHelpText('after', example('watch'))
    .action((spec: string | undefined, o: CompileOptions) => {
      const handle = startWatch(io, spec, { ...o, check: false });
      if (typeof handle === 'number') setCode(handle);
      else setCode(-1); // keeps running until interrupted
    });
  const migrate = program.command('migrate').summary(info('migrate').summary).addHelpText('after', example('migrate'));
  migrate
    .command('plan')
    .summary('Print the pending migration of each SQL target and its lint; writes nothing.')
    .argument('[spec]', 'the spec (default: backend.pab or backend.yaml here)')
    .option('--out <dir>', 'output folder holding the migrations (default: as for compile)')
    .option('--target <names>', 'SQL targets (default: the spec\'s sql-* targets, else the one for its database)')
    .addOption(new Option('--reporter <name>', 'how to print diagnostics').choices(['pretty', 'plain', 'github']).default('pretty'))
    .addHelpText('after', example('migrate'))
    .action((spec: string | undefined, o: MigratePlanOptions) => setCode(runMigratePlan(io, spec, o)));
  program
    .command('targets')
    .summary(info('targets').summary)
    .addHelpText('after', example('targets'))
    .action(() => setCode(runTargetList(io)));

  program
    .command('validate')
    .summary(info('validate').summary)
    .argument('<spec>', 'the spec file (.pab, .yaml or .yml)')
    .addOption(reporterOption())
    .option('--strict', 'fail on warnings too', false)
    .addHelpText('after', example('validate'))
    .action((spec: string, o: { reporter: ReporterName; strict: boolean }) => setCode(runValidate(io, spec, o)));

  program
    .command('fmt')
    .summary(info('fmt').summary)
    .argument('<file>', 'a .pab file')
    .option('--write', 'rewrite the file in place', false)
    .option('--check', 'exit 1 if the file is not formatted', false)
    .addOption(reporterOption())
    .addHelpText('after', example('fmt'))
    .action((file: string, o: { write: boolean; check: boolean; reporter: ReporterName }) => setCode(runFmt(io, file, o)));

  program
    .command('convert')
    .summary(info('convert').summary)
    .argument('<spec>', 'the spec file to convert')
    .addOption(new Option('--to <syntax>', 'the syntax to convert to').choices(['yaml', 'pab']).makeOptionMandatory())
    .option('-o, --output <file>', 'write to a file instead of stdout')
    .addOption(reporterOption())
    .addHelpText('after', example('convert'))
    .action((spec: string, o: { to: 'yaml' | 'pab'; output?: string; reporter: ReporterName }) => setCode(runConvert(io, spec, o)));

  return program;
}

/** Runs the CLI on `argv` (without node and script) and returns the exit code. */
export function runCli(argv: readonly string[], io: CliIo): number {
  if (argv.length === 0) {
    io.stderr(usageText());
    return EXIT.usage;
  }
  let code: number = EXIT.ok;
  const program = buildProgram(io, (c) => (code = c));
  const known = new Set(['help', '--help', '-h', '--version', '-v', ...COMMANDS.map((c) => c.name)]);
  const asked = argv[0] === 'help' && argv[1] !== undefined && !argv[1].startsWith('-') ? argv[1] : argv[0]!;
  if (!known.has(asked)) {
    io.stderr(`Unknown command \`${asked}\`.\n\n${usageText()}`);
    return EXIT.usage;
  }
  try {
    program.parse(argv as string[], { from: 'user' });
  } catch (e) {
    if (!(e instanceof CommanderError)) throw e;
    if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return EXIT.ok;
    if (e.code === 'commander.missingArgument' || e.code === 'commander.optionMissingArgument' || e.code === 'commander.missingMandatoryOptionValue') {
      io.stderr(`\n${usageText()}`);
    }
    return EXIT.usage;
  }
  return code;
}

export function nodeIo(): CliIo {
  return {
    host: createNodeHost(),
    cwd: process.cwd(),
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    isTTY: Boolean(process.stdout.isTTY) && !process.env['NO_COLOR'],
    writeFile: createAtomicWriter(),
    ...(cacheEnabled() ? { cacheDir: cacheDir() } : {}),
  };
}

const invokedDirectly = process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1];
if (invokedDirectly) {
  const code = runCli(process.argv.slice(2), nodeIo());
  // -1: a long-running command (watch) that ends on Ctrl-C.
  if (code >= 0) process.exitCode = code;
}
