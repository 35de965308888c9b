import type { Position } from '../diagnostics/diagnostic.ts';
import type { OpeningData } from './front-matter-schema.ts';

/** One rung of a job family, such as "Senior Product Manager", with its job grade when the page gives one. */
export interface Level {
  readonly title: string;
  readonly grade: number | null;
  /** Id of the heading that describes the level, for `#anchor` links. */
  readonly id: string;
}

/** A heading of the page body, for the table of contents and `#fragment` links. */
export interface Section {
  readonly depth: number;
  readonly title: string;
  readonly id: string;
  readonly line: number;
}

/** A link written in the page, with where it was written. */
export interface SourceLink {
  readonly url: string;
  readonly line: number;
  readonly column: number;
}

export interface Department {
  /** URL-safe id, e.g. `engineering`. */
  readonly id: string;
  /** Display name, e.g. `Engineering`. */
  readonly name: string;
}

/** The applicant-tracking systems whose public job-board APIs the build reads. */
export const ATS_PROVIDERS = ['greenhouse', 'lever', 'ashby'] as const;
export type AtsProvider = (typeof ATS_PROVIDERS)[number];

/** Where an opening read from the applicant-tracking system came from, beyond what front matter can say. */
export interface AtsOrigin {
  readonly provider: AtsProvider;
  /** The job's id in the ATS, as its API gives it. */
  readonly jobId: string;
  /** The department the ATS files the job under, if any. */
  readonly department: string | null;
  /** True when `apply_url` is the ATS's own application form, so candidates apply on that page. */
  readonly directApply: boolean;
  /** The job's description from the ATS, sanitised like page content; empty when it has none. */
  readonly descriptionHtml: string;
}

/** An open position: from front matter, or from the ATS (then with `ats`). */
export interface Opening extends OpeningData {
  readonly ats?: AtsOrigin;
}

/** A job page after validation and parsing: everything the site, the checks and `roles.json` need. */
export interface Role {
  /** The content file, relative to the working directory, with forward slashes. */
  readonly source: string;
  /** The content file relative to the content folder (for "Edit this page"). */
  readonly sourceInContent: string;
  /** Site path such as `/engineering/backend-engineer/` (without the configured path prefix). */
  readonly url: string;
  readonly title: string;
  /** Where the `title` value is written in the file, for findings about the title. */
  readonly titleAt: Position;
  /** A one- or two-sentence summary: `summary`, else `description`, else the first paragraph. */
  readonly summary: string;
  readonly department: Department;
  readonly levels: readonly Level[];
  readonly specialties: readonly Section[];
  readonly responsibilities: readonly string[];
  readonly requirements: readonly string[];
  readonly performanceIndicators: readonly string[];
  readonly hiringProcess: readonly string[];
  readonly sections: readonly Section[];
  /** Ids the body gives besides its headings' (`<a id="x"></a>`, Kramdown `{: #x}`), for `#anchor` links; absent when none. */
  readonly anchors?: readonly string[];
  readonly links: readonly SourceLink[];
  readonly redirectFrom: readonly string[];
  /** Openings still open on the build date; expired ones are dropped. ATS openings follow front-matter ones. */
  readonly openings: readonly Opening[];
  /**
   * The page's place among the pages of its folder, lowest first (Hugo's `weight`); null when not given.
   * The loader always sets it; optional only so that roles written out by hand elsewhere need not.
   */
  readonly weight?: number | null;
  /** Job titles and ids in the ATS that belong to this role besides its own and its levels' titles (`ats_titles`). */
  readonly atsTitles?: readonly string[];
  /** The body as sanitised HTML. */
  readonly html: string;
  /** The body as plain text, for search. */
  readonly text: string;
}
