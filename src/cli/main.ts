#!/usr/bin/env node
import { buildCommand } from './build-command.ts';
import { checkCommand } from './check-command.ts';
import { serveCommand } from './serve-command.ts';
import { UsageError } from './usage-error.ts';

const COMMANDS: Record<string, (args: readonly string[]) => Promise<number>> = {
  build: buildCommand,
  check: checkCommand,
  serve: serveCommand,
};

const USAGE = `Usage: careers <command> [options]

Commands:
  build   [--content DIR] [--out DIR] [--settings FILE] [--strict]   check content and write the site
  check   [--content DIR] [--format text|json] [--settings FILE] [--strict]   check content, write nothing
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
