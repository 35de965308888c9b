/** Shows how far a long check has got. */
export interface Progress {
  tick(): void;
  done(): void;
}

interface ProgressStream {
  readonly isTTY?: boolean;
  write(text: string): unknown;
}

/**
 * A one-line counter on a terminal's stderr, redrawn at most ten times a second; silent in CI (the
 * `CI` variable) and when stderr is not a terminal, where it would only fill the log.
 */
export function createProgress(label: string, total: number, stream: ProgressStream = process.stderr, env: NodeJS.ProcessEnv = process.env): Progress {
  if (!stream.isTTY || (env['CI'] !== undefined && env['CI'] !== '' && env['CI'] !== 'false')) return { tick: () => undefined, done: () => undefined };
  let count = 0;
  let drawn = 0;
  const draw = (): void => {
    stream.write(`\r${label}: ${count}/${total}`);
    drawn = Date.now();
  };
  return {
    tick: () => {
      count++;
      if (Date.now() - drawn >= 100 || count === total) draw();
    },
    done: () => {
      if (drawn > 0) stream.write('\r\x1b[K');
    },
  };
}
