/**
 * Characters without which no GitHub-flavoured construct can occur: table pipes, `~` for
 * strikethrough, `[^` footnotes, `[ ]`/`[x]` task items, `www.`, `@` (e-mail autolinks), and a
 * `scheme://` that is not already inside a Markdown link or `<…>` autolink.
 */
const GFM_MARKERS = /[|~@]|\[\^|\[[ xX]\]|www\.|(?:^|[^(<A-Za-z0-9+.-])[A-Za-z][A-Za-z0-9+.-]*:\/\//m;

/**
 * True when a body may use GitHub-flavoured Markdown. The GFM extensions double remark's parse time,
 * so pages that cannot use them are parsed without; for those the tree is the same either way.
 */
export function mayUseGfm(body: string): boolean {
  return GFM_MARKERS.test(body);
}
