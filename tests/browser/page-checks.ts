// Functions that run inside the page (passed to `page.evaluate`), so each is self-contained.

/** The JSON-LD blocks of the page, parsed. */
export function readJsonLd(): unknown[] {
  return Array.from(document.querySelectorAll('script[type="application/ld+json"]')).map((script) => JSON.parse(script.textContent ?? 'null') as unknown);
}

/**
 * The [path, value] pairs that a reader cannot see on the page. A value counts as shown when the
 * rendered text contains it, or when it is the exact form kept beside the words (`<data value>`,
 * `<time datetime>`), a link target or an image source. An HTML description must appear as text.
 */
export function valuesNotShown(values: readonly (readonly [string, string])[]): string[] {
  // No local helper functions: the bundler would wrap them in a `__name` call the page does not have.
  const shown = document.body.innerText.replace(/\s+/g, ' ').trim();
  const exact = new Set<string>();
  for (const el of Array.from(document.querySelectorAll('data[value], time[datetime]'))) {
    if ((el as HTMLElement).innerText.trim() === '') continue;
    exact.add(el.getAttribute('value') ?? el.getAttribute('datetime') ?? '');
  }
  for (const el of Array.from(document.querySelectorAll('a[href]'))) exact.add(el.getAttribute('href') ?? '');
  for (const el of Array.from(document.querySelectorAll('img[src]'))) exact.add(el.getAttribute('src') ?? '');
  const hidden: string[] = [];
  for (const [path, value] of values) {
    const isHtml = /(^|\.)description$/.test(path) && value.includes('<');
    const text = (isHtml ? new DOMParser().parseFromString(value, 'text/html').body.textContent ?? '' : value).replace(/\s+/g, ' ').trim();
    if (shown.includes(text) || (!isHtml && exact.has(value))) continue;
    hidden.push(`${path} = ${JSON.stringify(value.length > 80 ? `${value.slice(0, 80)}…` : value)}`);
  }
  return hidden;
}

/** Links on the page: where they point (resolved) and whether they sit in the page body written by authors. */
export function pageLinks(): { href: string; inBody: boolean }[] {
  return Array.from(document.querySelectorAll('a[href]')).map((a) => ({ href: (a as HTMLAnchorElement).href, inBody: a.closest('.role-body') !== null }));
}

/** Every id on the page. */
export function pageIds(): string[] {
  return Array.from(document.querySelectorAll('[id]')).map((el) => el.id);
}

/** Titles of the role cards a visitor can see, in page order. */
export function visibleCardTitles(): string[] {
  return Array.from(document.querySelectorAll('.role-card')).filter((card) => (card as HTMLElement).offsetParent !== null).map((card) => card.querySelector('h2, h3')?.textContent?.trim() ?? '');
}

/**
 * Every kind of element in the body: its tag, classes and attribute names, and those of each ancestor
 * up to the body (`main>article.role>ul[id]>li`), which is what the stylesheet's selectors can tell
 * apart (attribute values are left out: they are content).
 */
export function elementKinds(): string[] {
  return Array.from(document.body.querySelectorAll('*'), (el) => {
    const chain: string[] = [];
    for (let at: Element | null = el; at && at !== document.body; at = at.parentElement) {
      const classes = Array.from(at.classList, (name) => `.${name}`).sort().join('');
      const attributes = at.getAttributeNames().filter((name) => name !== 'class').sort().map((name) => `[${name}]`).join('');
      chain.unshift(`${at.tagName.toLowerCase()}${classes}${attributes}`);
    }
    return chain.join('>');
  });
}
