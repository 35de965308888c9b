import { availableParallelism, cpus, loadavg, release, totalmem, type } from 'node:os';

/** One line about the machine the figures come from, with its load at the start (the figures depend on both). */
export function describeMachine(): string {
  const model = cpus()[0]?.model.trim() ?? 'unknown CPU';
  const memory = (totalmem() / 1024 ** 3).toFixed(1);
  const load = loadavg().map((l) => l.toFixed(2)).join(', ');
  return `Machine: ${model}, ${availableParallelism()} cores, ${memory} GiB memory, Node ${process.version}, ${type()} ${release()}; load average at start ${load}`;
}
