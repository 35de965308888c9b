import { execFile } from 'node:child_process';

/** Why a git command could not answer: the folder is not in a repository, the ref is unknown, or git failed. */
export class GitError extends Error {
  override readonly name = 'GitError';
  constructor(message: string, readonly kind: 'not-a-repository' | 'unknown-ref' | 'failed') {
    super(message);
  }
}

/** Enough for the blobs of a large content folder in one `cat-file --batch` answer. */
const MAX_OUTPUT = 512 * 1024 * 1024;

/**
 * Runs git with `args` in `cwd` and resolves with its standard output as bytes. git is started
 * directly (never through a shell), so refs and paths are never interpreted as shell syntax.
 */
export function runGit(args: readonly string[], cwd: string, input?: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const child = execFile('git', [...args], { cwd, encoding: 'buffer', maxBuffer: MAX_OUTPUT, env: { ...process.env, GIT_TERMINAL_PROMPT: '0' } }, (error, stdout, stderr) => {
      if (error) {
        const detail = stderr.toString('utf8').trim().split('\n')[0] || error.message;
        reject(new GitError(`git ${args[0] ?? ''} failed: ${detail}`, 'failed'));
        return;
      }
      resolve(stdout);
    });
    // git may exit before reading its input (a bad ref); its exit status reports that, not the broken pipe.
    child.stdin?.on('error', () => {});
    if (input === undefined) child.stdin?.end();
    else child.stdin?.end(input);
  });
}

/** The top folder of the repository that holds `folder`. */
export async function repositoryRoot(folder: string): Promise<string> {
  try {
    return (await runGit(['rev-parse', '--show-toplevel'], folder)).toString('utf8').trim();
  } catch {
    throw new GitError(`"${folder}" is not inside a git repository.`, 'not-a-repository');
  }
}

/**
 * The commit `ref` names (a branch, tag or commit id), checked so that a typo is reported as such.
 * A ref may not start with "-": git would read it as an option.
 */
export async function resolveCommit(ref: string, folder: string): Promise<string> {
  await repositoryRoot(folder);
  if (ref === '' || ref.startsWith('-')) throw new GitError(`"${ref}" is not a git ref.`, 'unknown-ref');
  try {
    return (await runGit(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], folder)).toString('utf8').trim();
  } catch {
    throw new GitError(`The git ref "${ref}" is unknown here (in a shallow clone, fetch it first).`, 'unknown-ref');
  }
}

/** Splits NUL-separated git output (`-z`), dropping the empty end. */
export function splitNul(output: Buffer): string[] {
  return output.toString('utf8').split('\0').filter((entry) => entry !== '');
}
