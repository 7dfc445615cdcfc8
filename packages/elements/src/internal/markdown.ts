/** HTML that came out of DOMPurify: the only kind of string a widget may render unescaped. */
export type SanitizedHtml = string & { readonly __sanitizedBy: 'DOMPurify' };

/** Turns Markdown source into sanitised HTML that is safe to render. */
export type MarkdownRenderer = (source: string) => SanitizedHtml;

/** The loaded Markdown code: the renderer, and the block that shows its output (`markdownBlock`). */
export interface MarkdownView {
  render: MarkdownRenderer;
  block: typeof import('./markdown-renderer.js').markdownBlock;
}

let loading: Promise<MarkdownView> | undefined;

/**
 * Loads the Markdown parser (`marked`), the sanitiser (`DOMPurify`) and their set-up
 * (`markdown-renderer.ts`, one lazy chunk) on first use, so pages without Markdown stay light.
 * The renderer's output keeps only safe markup: scripts, event
 * handlers and styles are removed, links and images with a scheme other than http, https or
 * mailto lose their URL, headings become bold paragraphs (the page owns the outline), and
 * links get `rel="noopener noreferrer ugc"`; images without alt text are marked decorative.
 *
 * @example
 * ```ts
 * const { render } = await loadMarkdown();
 * const safe = render(answer.body); // sanitised HTML; widgets render it through MarkdownController
 * ```
 */
export function loadMarkdown(): Promise<MarkdownView> {
  if (!loading) {
    loading = import('./markdown-renderer.js').then((m) => ({ render: m.createRenderer(), block: m.markdownBlock }));
    loading.catch(() => (loading = undefined)); // a failed load (offline) is tried again on next use
  }
  return loading;
}

/** Plain text for an excerpt: HTML tags and Markdown syntax stripped roughly, whitespace collapsed, cut to `max` characters. */
export function excerpt(source: string, max = 200): string {
  const text = source
    .replace(/<[^>]*>/g, ' ')
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[#>*_`~|-]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}
