import type { ComparedField, RoleChange } from './role-changes.ts';

const KINDS: readonly { kind: RoleChange['kind']; label: string }[] = [
  { kind: 'added', label: 'Added' },
  { kind: 'moved', label: 'Moved' },
  { kind: 'changed', label: 'Changed' },
  { kind: 'removed', label: 'Removed' },
];

/** The changes for a terminal or CI log: a summary line, then one line per role under each kind. */
export function formatChangesText(ref: string, changes: readonly RoleChange[]): string {
  if (changes.length === 0) return `No roles changed since ${ref}.\n`;
  const lines = [`Roles changed since ${ref}: ${summary(changes)}.`];
  for (const { kind, label } of KINDS) {
    const ofKind = changes.filter((c) => c.kind === kind);
    if (ofKind.length === 0) continue;
    lines.push('', `${label}:`);
    for (const change of ofKind) lines.push(`  ${change.role.url} ${JSON.stringify(change.role.title)}${textDetail(change)}`);
  }
  return `${lines.join('\n')}\n`;
}

/** The changes as Markdown for a merge request comment: a summary and a table. Titles are escaped: content is untrusted. */
export function formatChangesMarkdown(ref: string, changes: readonly RoleChange[]): string {
  const heading = `#### Roles changed since ${code(ref)}`;
  if (changes.length === 0) return `${heading}\n\nNo roles changed.\n`;
  const rows = changes.map((change) => {
    const label = KINDS.find((k) => k.kind === change.kind)?.label ?? change.kind;
    const url = change.kind === 'moved' ? `${code(change.role.url)} (from ${code(change.before.url)})` : code(change.role.url);
    return `| ${label} | ${escapeMarkdown(change.role.title)} | ${url} | ${markdownDetail(change)} |`;
  });
  return `${heading}\n\n${summary(changes)}.\n\n| Change | Role | URL | What changed |\n| --- | --- | --- | --- |\n${rows.join('\n')}\n`;
}

function summary(changes: readonly RoleChange[]): string {
  return KINDS.map(({ kind }) => [kind, changes.filter((c) => c.kind === kind).length] as const)
    .filter(([, count]) => count > 0)
    .map(([kind, count]) => `${count} ${kind}`)
    .join(', ');
}

function textDetail(change: RoleChange): string {
  switch (change.kind) {
    case 'added':
    case 'removed':
      return ` (${change.role.source})`;
    case 'moved':
      return ` from ${change.before.url}${change.fields.length > 0 ? `; changed: ${fieldList(change.fields, change.before.title, JSON.stringify)}` : ''}`;
    case 'changed':
      return `; changed: ${fieldList(change.fields, change.before.title, JSON.stringify)}`;
  }
}

function markdownDetail(change: RoleChange): string {
  if (change.kind === 'added' || change.kind === 'removed') return code(change.role.source);
  return fieldList(change.fields, change.before.title, escapeMarkdown);
}

/** `title (was "Old"), body`: the fields that changed, with the old title since a new one is easy to miss. */
function fieldList(fields: readonly ComparedField[], oldTitle: string, quote: (text: string) => string): string {
  return fields.map((field) => (field === 'title' ? `title (was ${quote(oldTitle)})` : field)).join(', ');
}

/** Inline code, unless the text holds a backtick (then escaped text). */
function code(text: string): string {
  return text.includes('`') ? escapeMarkdown(text) : `\`${text}\``;
}

/**
 * Backslash-escapes what inline Markdown in a table cell could read as syntax: emphasis, code, links,
 * HTML, entities and the cell separator. (Line-start syntax such as `#` or `-` cannot occur mid-cell.)
 */
function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>|~&]/g, (c) => `\\${c}`).replace(/\s+/g, ' ');
}
