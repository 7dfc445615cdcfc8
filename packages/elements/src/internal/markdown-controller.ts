import { html, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { loadMarkdown, type MarkdownView, type SanitizedHtml } from './markdown.js';

/**
 * Renders Markdown bodies for one widget: loads the parser and sanitiser on first use
 * (`loadMarkdown()`), shows the source as plain text until then, and caches the sanitised
 * HTML per source so a live update does not re-parse every body.
 *
 * @example
 * ```ts
 * private md = new MarkdownController(this);
 * html`${this.md.render(answer.body)}`;
 * ```
 */
export class MarkdownController {
  private view?: MarkdownView;
  private loading = false;
  private readonly cache = new Map<string, SanitizedHtml>();

  constructor(private readonly host: ReactiveControllerHost) {}

  /**
   * The sanitised HTML of `source` in a `.markdown` block, or its plain text in a `.plain` paragraph
   * while the parser loads (the first call starts loading it). `part` names the block for `::part()`.
   */
  render(source: string, part?: string): TemplateResult {
    const view = this.view;
    if (!view) {
      this.load();
      return html`<p class="plain" part=${ifDefined(part)} dir="auto">${source}</p>`;
    }
    let out = this.cache.get(source);
    if (out === undefined) {
      out = view.render(source);
      if (this.cache.size > 200) this.cache.clear();
      this.cache.set(source, out);
    }
    return view.block(out, part);
  }

  /** Resolves once the renderer is loaded (for tests). */
  async ready(): Promise<void> {
    this.view ??= await loadMarkdown();
  }

  private load(): void {
    if (this.loading) return;
    this.loading = true;
    loadMarkdown().then(
      (view) => {
        this.view = view;
        this.host.requestUpdate();
      },
      (error: unknown) => {
        this.loading = false;
        console.warn('[confab] could not load the Markdown renderer; showing plain text.', error);
      },
    );
  }
}
