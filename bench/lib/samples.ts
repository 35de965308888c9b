/** The measures taken at each size, in the order the report shows them. */
export const MEASURES = {
  coldBuild: 'Cold build (no cache folder, new process)',
  coldBuildRss: 'Cold build: peak memory (RSS)',
  warmBuild: 'Warm build (cache from the cold build, one page changed)',
  warmBuildRss: 'Warm build: peak memory (RSS)',
  previewEdit: 'Preview: one page edited until its HTML has the new line',
  coldCheck: '`check`, cold (no cache folder)',
  warmCheck: '`check`, warm (cache present, one page changed)',
  linkCheck: 'Internal link check: `checkSiteLinks(model)` in-process',
  floor: 'Floor: single-threaded `remark().parse()` of the bodies',
  hugo: 'Hugo build (`hugo --quiet`)',
  eleventy: 'Eleventy 3 with default markdown-it',
} as const;

export type MeasureId = keyof typeof MEASURES;

/** Measures of memory (bytes); the others are times (milliseconds). */
export const isMemory = (id: MeasureId): boolean => id === 'coldBuildRss' || id === 'warmBuildRss';

/** Every value one measure produced at one size, and why any run of it failed. */
export interface Samples {
  readonly values: number[];
  readonly failures: string[];
}

/** The samples of every measure at one number of pages. */
export class SizeSamples {
  readonly #samples = new Map<MeasureId, Samples>();

  /** `kind` names pages that are not generated ones ("real pages"). */
  constructor(readonly pages: number, readonly runs: number, readonly kind?: string) {}

  /** "1000 pages", or "312 real pages". */
  get label(): string {
    return `${this.pages} ${this.kind ?? 'pages'}`;
  }

  /** The samples of one measure (empty until something is recorded). */
  get(id: MeasureId): Samples {
    let samples = this.#samples.get(id);
    if (!samples) {
      samples = { values: [], failures: [] };
      this.#samples.set(id, samples);
    }
    return samples;
  }

  /** Runs one measurement and keeps its value(s), or the reason it failed, so one failure does not end the benchmark. */
  async record(id: MeasureId, measure: () => Promise<number | readonly number[]>): Promise<void> {
    const samples = this.get(id);
    try {
      const value = await measure();
      samples.values.push(...(typeof value === 'number' ? [value] : value));
    } catch (error) {
      const reason = (error as Error).message;
      samples.failures.push(reason);
      process.stderr.write(`  ${MEASURES[id]}: ${reason}\n`);
    }
  }
}
