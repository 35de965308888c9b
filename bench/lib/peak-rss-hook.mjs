// Loaded with `node --import` when GNU time is missing: on exit, writes the process's peak resident
// memory (KiB, worker threads included) to the file named by BENCH_PEAK_RSS_FILE. Plain JavaScript
// so that it loads before (or without) tsx.
import { writeFileSync } from 'node:fs';

const file = process.env.BENCH_PEAK_RSS_FILE;
if (file) process.once('exit', () => writeFileSync(file, String(process.resourceUsage().maxRSS)));
