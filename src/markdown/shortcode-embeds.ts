import type { PhrasingContent } from 'mdast';
import type { Point } from 'unist';

/** Stands in for an embed (`youtube`, `vimeo`, `figure`) in the text remark parses: `\uE004` + its number, padded as a `ref`'s is. */
export const EMBED_START = '\uE004';

/** What an embedding shortcode shows, as the page gets it: a link to the video, or the figure's image. */
export type Embed =
  | { readonly kind: 'video'; readonly name: string; readonly url: string }
  | { readonly kind: 'image'; readonly src: string; readonly alt: string; readonly caption?: string; readonly link?: string };

const ARGUMENT = /([A-Za-z_][\w-]*)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"']+))|"([^"]*)"|'([^']*)'|([^\s"'=]+)/g;
const YOUTUBE_ID = /^[\w-]{6,20}$/;
const VIMEO_ID = /^\d{1,15}$/;

/** Hugo's embedding shortcodes, by name. */
export const EMBEDS = new Set(['youtube', 'vimeo', 'figure']);

/**
 * What a `youtube`, `vimeo` or `figure` shortcode embeds, read from its arguments as Hugo reads them
 * (the first positional argument or `id`; the figure's `src`, `alt`, `caption`, `title`, `link`).
 * Undefined when the arguments name nothing to show.
 */
export function readEmbed(name: string, args: string): Embed | undefined {
  const positional: string[] = [];
  const named = new Map<string, string>();
  for (const [, key, double, single, bare, quoted, singleQuoted, word] of args.matchAll(ARGUMENT)) {
    if (key !== undefined) named.set(key.toLowerCase(), double ?? single ?? bare ?? '');
    else positional.push(quoted ?? singleQuoted ?? word ?? '');
  }
  if (name === 'figure') {
    const src = (named.get('src') ?? positional[0] ?? '').trim();
    if (src === '') return undefined;
    const caption = (named.get('caption') ?? named.get('title') ?? '').trim();
    const link = named.get('link')?.trim();
    return { kind: 'image', src, alt: (named.get('alt') ?? caption).trim(), ...(caption ? { caption } : {}), ...(link ? { link } : {}) };
  }
  const id = (named.get('id') ?? positional[0] ?? '').trim();
  if (name === 'youtube' && YOUTUBE_ID.test(id)) return { kind: 'video', name: 'YouTube', url: `https://www.youtube.com/watch?v=${id}` };
  if (name === 'vimeo' && VIMEO_ID.test(id)) return { kind: 'video', name: 'Vimeo', url: `https://vimeo.com/${id}` };
  return undefined;
}

/** The nodes an embed becomes: a link to the video, or the image (linked, and its caption below it); each placed `at` the shortcode. */
export function embedNodes(embed: Embed, at?: Point): PhrasingContent[] {
  const place = at ? { position: { start: at, end: at } } : {};
  if (embed.kind === 'video') return [{ type: 'link', url: embed.url, children: [{ type: 'text', value: `Watch the video on ${embed.name}` }], ...place }];
  const image: PhrasingContent = { type: 'image', url: embed.src, alt: embed.alt, ...place };
  const shown: PhrasingContent = embed.link ? { type: 'link', url: embed.link, children: [image], ...place } : image;
  return embed.caption ? [shown, { type: 'break' }, { type: 'emphasis', children: [{ type: 'text', value: embed.caption }] }] : [shown];
}
