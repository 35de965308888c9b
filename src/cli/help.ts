/** What `careers <command> --help` prints, and what follows a usage error in that command. */
interface CommandHelp {
  readonly usage: string;
  readonly summary: string;
  /** Option and its explanation, in the order shown. */
  readonly options: readonly (readonly [string, string])[];
}

const CONTENT = ['--content DIR', 'the folder of job pages (default: content)'] as const;
const SETTINGS = ['--settings FILE', 'the settings file (default: careers.config.yaml, if there is one)'] as const;
const STRICT = ['--strict', 'warnings fail the run too'] as const;
const LINKS = ['--links error|warn|off', 'how broken internal links count (default: error)'] as const;
const CACHE = ['--cache DIR | --no-cache', 'the page cache kept between runs (default: .careers-cache)'] as const;
const FORMAT = ['--format text|json|junit|gitlab|github', 'how problems are written (default: text)'] as const;

export const COMMAND_HELP = {
  init: {
    usage: 'careers init [--content DIR]',
    summary: 'Sets up a repository for careers: settings, an example role, CI files and .gitignore lines. Never overwrites a file.',
    options: [['--content DIR', 'where the job pages will live (default: content)']],
  },
  build: {
    usage: 'careers build [options]',
    summary: 'Checks the content and internal links, then writes the site. Nothing is written when there are errors.',
    options: [CONTENT, ['--out DIR', 'the site folder (default: _site)'], SETTINGS, STRICT, LINKS, CACHE],
  },
  check: {
    usage: 'careers check [options]',
    summary: 'Checks the content and internal links and writes nothing.',
    options: [CONTENT, FORMAT, SETTINGS, STRICT, LINKS, ['--changed-since REF', 'report only the files changed since a git ref'], CACHE],
  },
  changes: {
    usage: 'careers changes --base REF [options]',
    summary: 'Lists the roles added, moved, changed and removed since a git ref.',
    options: [['--base REF', 'the branch, tag or commit to compare with (required)'], CONTENT, ['--format text|markdown', 'how the list is written (default: text)'], SETTINGS],
  },
  links: {
    usage: 'careers links [options]',
    summary: 'Checks internal links, and with --external every external URL of the built site.',
    options: [
      CONTENT, ['--site DIR', 'the built site (default: _site)'], ['--external', 'also request every external URL'], ['--skip REGEX', 'URLs never requested (repeatable)'],
      ['--cache-ttl 1d', 'how long a result is kept'], ['--timeout 10s', 'how long a request may take'], ['--retries N', 'retries of a failed request'],
      ['--concurrency N', 'requests at once (default: 16)'], ['--per-host N', 'requests at once to one host (default: 2)'], FORMAT, SETTINGS, CACHE,
    ],
  },
  new: {
    usage: 'careers new "Role title" [options]',
    summary: 'Creates a job page from the template, never overwriting a file.',
    options: [['--department ID', 'the department folder, such as data'], CONTENT, ['--template FILE', 'the page template (default: the one shipped with careers)']],
  },
  serve: {
    usage: 'careers serve [options]',
    summary: 'Previews the site with live reload; content problems are printed as pages are edited.',
    options: [CONTENT, ['--out DIR', 'the site folder (default: _site)'], ['--port N', 'the port (default: 8080)'], SETTINGS, CACHE],
  },
} as const satisfies Record<string, CommandHelp>;

export type CommandName = keyof typeof COMMAND_HELP;

/** True for a command `careers` has. */
export function isCommand(name: string): name is CommandName {
  return Object.hasOwn(COMMAND_HELP, name);
}

/** The help of one command: usage, what it does, its options. */
export function commandHelp(name: CommandName): string {
  const { usage, summary, options } = COMMAND_HELP[name];
  const width = Math.max(...options.map(([option]) => option.length));
  const lines = options.map(([option, text]) => `  ${option.padEnd(width)}  ${text}`);
  return `Usage: ${usage}\n\n${summary}\n\nOptions:\n${lines.join('\n')}\n  ${'--help'.padEnd(width)}  show this help\n`;
}

/** The overview `careers --help` prints. */
export function overviewHelp(): string {
  const names = Object.keys(COMMAND_HELP) as CommandName[];
  const width = Math.max(...names.map((name) => name.length));
  const lines = names.map((name) => `  ${name.padEnd(width)}  ${COMMAND_HELP[name].summary.split('. ')[0]?.replace(/\.$/, '')}`);
  return `Usage: careers <command> [options]\n\nCommands:\n${lines.join('\n')}\n\nRun \`careers <command> --help\` for a command's options; \`careers --version\` prints the version.\n`;
}

/** True when a command's arguments ask for its help (options after `--` are the command's own text). */
export function asksForHelp(args: readonly string[]): boolean {
  const end = args.indexOf('--');
  return (end === -1 ? args : args.slice(0, end)).some((arg) => arg === '--help' || arg === '-h');
}
