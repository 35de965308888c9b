#!/usr/bin/env node
import { UsageError } from './usage-error.ts';

type Command = (args: readonly string[]) => Promise<number>;

// Each command is imported only when it runs: `check` then never loads Eleventy, which keeps the
// start-up of the command an editor runs most often short.
const COMMANDS: Record<string, () => Promise<Command>> = {
  build: async () => (await import('./build-command.ts')).buildCommand,
  changes: async () => (await import('./changes-command.ts')).changesCommand,
  check: async () => (await import('./check-command.ts')).checkCommand,
  links: async () => (await import('./links-command.ts')).linksCommand,
  new: async () => (await import('./new-command.ts')).newCommand,
  serve: async () => (await import('./serve-command.ts')).serveCommand,
};

const USAGE = `Usage: careers <command> [options]

Commands:
  build   [--content DIR] [--out DIR] [--settings FILE] [--strict] [--links error|warn|off]   check content and write the site
  check   [--content DIR] [--format text|json|junit|gitlab|github] [--settings FILE] [--strict] [--links error|warn|off] [--changed-since REF]   check content, write nothing
  changes --base REF [--content DIR] [--format text|markdown]   list roles added, moved, changed and removed since REF
  links   [--content DIR] [--site DIR] [--external] [--skip REGEX] [--cache-ttl 1d] [--timeout 10s] [--format text|json|junit|gitlab|github]   check internal links, and external ones in the built site
  new     "Role title" [--department ID] [--content DIR] [--template FILE]   create a page from templates/role.md
  serve   [--content DIR] [--port N]   preview with live reload
`;

/** Runs one command and returns its exit code: 0 success, 1 problems found, 2 usage error. */
export async function main(argv: readonly string[]): Promise<number> {
  const [command, ...args] = argv;
  if (command === undefined || command === '--help' || command === '-h') {
    process.stdout.write(USAGE);
    return command === undefined ? 2 : 0;
  }
  const load = COMMANDS[command];
  try {
    if (!load) throw new UsageError(`Unknown command "${command}".`);
    return await (await load())(args);
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`careers: ${error.message}\n\n${USAGE}`);
      return 2;
    }
    throw error;
  }
}

process.exitCode = await main(process.argv.slice(2));
