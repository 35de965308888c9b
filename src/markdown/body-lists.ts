import type { List, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { allSections, sectionContent, type OutlineSection } from './outline.ts';

const RESPONSIBILITIES = /responsibilit|what you('|’)?ll do|what you will do|you will be|duties/i;
const REQUIREMENTS = /requirements|qualifications|you should apply if|what you('|’)?ll need|what you will need|(what )?we('|’)?re looking for|we are looking for|about you|skills/i;
const PERFORMANCE_INDICATORS = /performance indicators?/i;
const HIRING_PROCESS = /hiring process|interview process/i;
const NICE_TO_HAVE = /nice.to.have|bonus|preferred/i;

/** The lists a page keeps under well-known headings, as plain text items. */
export interface BodyLists {
  readonly responsibilities: string[];
  readonly requirements: string[];
  readonly performanceIndicators: string[];
  readonly hiringProcess: string[];
}

/** Reads responsibilities, requirements, performance indicators and hiring steps from the first section of each kind. */
export function extractBodyLists(sections: readonly OutlineSection[]): BodyLists {
  const every = allSections(sections);
  const itemsUnder = (pattern: RegExp, exclude?: RegExp): string[] => {
    const section = every.find((s) => pattern.test(s.title) && !(exclude?.test(s.title) ?? false));
    return section ? listItems(sectionContent(section)) : [];
  };
  return {
    responsibilities: itemsUnder(RESPONSIBILITIES),
    requirements: itemsUnder(REQUIREMENTS, NICE_TO_HAVE),
    performanceIndicators: itemsUnder(PERFORMANCE_INDICATORS),
    hiringProcess: itemsUnder(HIRING_PROCESS),
  };
}

/** The items of the first list in `nodes` (before any nested heading), one line of text each. */
function listItems(nodes: readonly RootContent[]): string[] {
  const list = nodes.find((n): n is List => n.type === 'list');
  if (!list) return [];
  return list.children.map((item) => {
    const first = item.children[0];
    return (first ? toString(first) : '').replace(/\s+/g, ' ').trim();
  }).filter((text) => text !== '');
}
