import { Marked } from 'marked';
import DOMPurify from 'dompurify';
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { isSafeUrl } from './safe-url.js';
import type { MarkdownRenderer, SanitizedHtml } from './markdown.js';

/**
 * The Markdown renderer: `marked` (GitHub-flavoured, line breaks kept, headings as bold
 * paragraphs) then `DOMPurify` with Confab's rules (see `loadMarkdown()`). Only reached through
 * `loadMarkdown()`'s `import()`, so this module, marked and DOMPurify make one lazy chunk.
 *
 * @example
 * ```ts
 * const render = createRenderer();
 * render('**hi** <img src=x onerror=alert(1)>'); // '<p><strong>hi</strong> <img src="x" alt=""></p>'
 * ```
 */
export function createRenderer(): MarkdownRenderer {
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
    }) as SanitizedHtml;
}

/**
 * `safe` in a `.markdown` block (`part` names it for `::part()`): the only place a widget renders
 * HTML unescaped, and it takes only `SanitizedHtml`, which only `createRenderer`'s output has.
 */
export function markdownBlock(safe: SanitizedHtml, part?: string): TemplateResult {
  return html`<div class="markdown" part=${ifDefined(part)} dir="auto">${unsafeHTML(safe)}</div>`;
}
