import { isSafeUrl } from './safe-url.js';

/** Turns Markdown source into sanitised HTML that is safe to render. */
export type MarkdownRenderer = (source: string) => string;

let loading: Promise<MarkdownRenderer> | undefined;

/**
 * Loads the Markdown parser (`marked`) and the sanitiser (`DOMPurify`) on first use, so pages
 * without Markdown stay light. The renderer's output keeps only safe markup: scripts, event
 * handlers and styles are removed, links and images with a scheme other than http, https or
 * mailto lose their URL, headings become bold paragraphs (the page owns the outline), and
 * links get `rel="noopener noreferrer ugc"`; images without alt text are marked decorative.
 *
 * @example
 * ```ts
 * const render = await loadMarkdown();
 * const safe = render(answer.body); // sanitised HTML; widgets render it through MarkdownController
 * ```
 */
export function loadMarkdown(): Promise<MarkdownRenderer> {
  loading ??= Promise.all([import('marked'), import('dompurify')]).then(([{ Marked }, { default: DOMPurify }]) => {
    const marked = new Marked({
      gfm: true,
      breaks: true,
      async: false,
      renderer: {
        heading({ tokens }) {
          return `<p><strong>${this.parser.parseInline(tokens)}</strong></p>\n`;
        },
      },
    });
    const purify = DOMPurify(window);
    purify.addHook('afterSanitizeAttributes', (node) => {
      for (const attr of ['href', 'src', 'xlink:href', 'action', 'formaction', 'poster']) {
        if (node.hasAttribute(attr) && !isSafeUrl(node.getAttribute(attr))) node.removeAttribute(attr);
      }
      if (node.tagName === 'IMG' && !node.hasAttribute('alt')) node.setAttribute('alt', '');
      if (node.tagName === 'A') {
        node.setAttribute('rel', 'noopener noreferrer ugc');
        node.setAttribute('target', '_blank');
      }
    });
    return (source: string) =>
      purify.sanitize(marked.parse(source) as string, {
        FORBID_TAGS: ['style', 'form', 'input', 'button', 'textarea', 'select', 'iframe', 'object', 'embed'],
        FORBID_ATTR: ['style', 'class', 'id'],
      });
  });
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
