#!/usr/bin/env node
import { buildCommand } from './build-command.ts';
import { changesCommand } from './changes-command.ts';
import { checkCommand } from './check-command.ts';
import { linksCommand } from './links-command.ts';
import { newCommand } from './new-command.ts';
import { serveCommand } from './serve-command.ts';
import { UsageError } from './usage-error.ts';

const COMMANDS: Record<string, (args: readonly string[]) => Promise<number>> = {
  build: buildCommand,
  changes: changesCommand,
  check: checkCommand,
  links: linksCommand,
  new: newCommand,
  serve: serveCommand,
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
  const run = COMMANDS[command];
  try {
    if (!run) throw new UsageError(`Unknown command "${command}".`);
    return await run(args);
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`careers: ${error.message}\n\n${USAGE}`);
      return 2;
    }
    throw error;
  }
}

process.exitCode = await main(process.argv.slice(2));
