#!/usr/bin/env node
import { readFileSync } from 'node:fs';
import { packagePath } from '../package-root.ts';
import { asksForHelp, commandHelp, isCommand, overviewHelp, type CommandName } from './help.ts';
import { UsageError } from './usage-error.ts';

type Command = (args: readonly string[]) => Promise<number>;

// Each command is imported only when it runs: `check` then never loads Eleventy, which keeps the
// start-up of the command an editor runs most often short.
const COMMANDS: Record<CommandName, () => Promise<Command>> = {
  init: async () => (await import('./init-command.ts')).initCommand,
  build: async () => (await import('./build-command.ts')).buildCommand,
  changes: async () => (await import('./changes-command.ts')).changesCommand,
  check: async () => (await import('./check-command.ts')).checkCommand,
  links: async () => (await import('./links-command.ts')).linksCommand,
  new: async () => (await import('./new-command.ts')).newCommand,
  serve: async () => (await import('./serve-command.ts')).serveCommand,
};

/** Runs one command and returns its exit code: 0 success, 1 problems found, 2 usage error. */
export async function main(argv: readonly string[]): Promise<number> {
  const [command, ...args] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    const topic = args[0];
    process.stdout.write(command === 'help' && topic !== undefined && isCommand(topic) ? commandHelp(topic) : overviewHelp());
    return command === undefined ? 2 : 0;
  }
  if (command === '--version' || command === '-v') {
    process.stdout.write(`${packageVersion()}\n`);
    return 0;
  }
  if (!isCommand(command)) {
    process.stderr.write(`careers: Unknown command "${command}".\n\n${overviewHelp()}`);
    return 2;
  }
  if (asksForHelp(args)) {
    process.stdout.write(commandHelp(command));
    return 0;
  }
  try {
    return await (await COMMANDS[command]())(args);
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`careers: ${error.message}\n\n${commandHelp(command)}`);
      return 2;
    }
    throw error;
  }
}

/** The version in this package's package.json: installed, the one the user chose. */
function packageVersion(): string {
  return (JSON.parse(readFileSync(packagePath('package.json'), 'utf8')) as { version: string }).version;
}

process.exitCode = await main(process.argv.slice(2));
