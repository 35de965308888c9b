/**
 * A full garbage collection, where Node runs with `--expose-gc` (as the npm scripts run the CLI);
 * otherwise nothing. V8 lets a large heap grow to several times what is live before it collects: in a
 * 10 000-role build, the link check's rendered layouts (230 MB) and each Eleventy run's pages piled up
 * beside the model (1.5 GiB at the peak, 0.4 GiB of it live). Large builds collect between phases.
 */
export function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}
