import GithubSlugger from 'github-slugger';
import { RULES, type RuleInfo } from '../diagnostics/rules.ts';

/** docs/rules.md: every rule with its id, default severity, what it checks and how to fix it, from RULES. */
export function renderRulesDoc(): string {
  const rules = Object.entries(RULES as Record<string, RuleInfo>);
  const slugger = new GithubSlugger();
  // Anchors are the ones GitHub and GitLab give the headings below (`content/placeholder` → `#contentplaceholder`).
  const anchors = new Map(rules.map(([id]) => [id, slugger.slug(id)]));
  const table = rules.map(([id, info]) => `| [\`${id}\`](#${anchors.get(id) ?? ''}) | ${info.severity} | ${cell(info.summary)} |`);
  const sections = rules.map(([id, info]) => `## ${id}\n\n${info.summary}\n\n- Default severity: **${info.severity}**\n- Fix: ${info.hint}\n`);
  return `# Rules

<!-- Generated from src/diagnostics/rules.ts by \`npm run docs\`; do not edit. -->

\`careers check\` and \`careers build\` report every problem as a finding with a file, line, column,
severity and rule id. Errors stop the build; warnings do not (unless \`--strict\` is given).
The wording (\`language/…\`) and pay-transparency rules, and the research and laws they rest on, are
explained in [language.md](language.md).

## Changing a rule's severity

Each rule can be turned \`off\`, or made a \`warning\` or an \`error\`, in \`careers.config.yaml\`:

\`\`\`yaml
rules:
  content/placeholder: error      # block merge requests that leave TODOs in
  content/duplicate-title: off
required_sections: [Responsibilities, Requirements, Hiring process]
grades: { min: 5, max: 12 }       # turns on content/grade-range
\`\`\`

## Every rule

| Rule | Default | What it checks |
| --- | --- | --- |
${table.join('\n')}

${sections.join('\n')}`;
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|');
}
