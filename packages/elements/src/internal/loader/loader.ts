/**
 * `dist/confab.js`, the script-tag route: a small loader that defines each `confab-*` tag when
 * it first appears — in the document, in content added later, or inside the shadow root of a
 * Confab widget — by importing only that widget's chunk and the shared chunks it needs. Chunks
 * are resolved against this module's own URL, so the loader works from another origin or a CDN
 * path. Each widget's entry chunk puts the `<meta name="confab-endpoint">` default in place before
 * it defines its tag; on a page with `<meta name="confab-adapter" content="memory">` the loader
 * loads the memory default first.
 *
 * The entry chunks (`CONFAB_CHUNKS`) are written in by the build (rollup.config.js, from
 * `dist/preload.json`); this module imports nothing that a widget chunk shares.
 *
 * @example
 * ```html
 * <meta name="confab-endpoint" content="/confab/api/v1">
 * <script type="module" src="https://cdn.example.org/confab/1.0/confab.js"></script>
 * <confab-feedback></confab-feedback>  <!-- loads chunks/confab-feedback-….js and what it imports -->
 * ```
 */
import { ContextRoot } from '@lit/context';

/** The entry chunk of each tag and of the memory default, relative to this module. */
interface ChunkTable {
  widgets: Record<string, string>;
  memory: string;
}

declare const CONFAB_CHUNKS: ChunkTable;

/** The hook a Confab widget calls with its shadow root after each update (see `ConfabElement`). */
const HOOK = Symbol.for('confab.loader');
/** Set by whoever attached the page's `ContextRoot` (the provider's define module checks it too). */
const CONTEXT_ROOT = Symbol.for('confab.context-root');
const g = globalThis as Record<symbol, unknown>;

function start(table: ChunkTable): void {
  const load = (file: string) => import(new URL(file, import.meta.url).href);
  const meta = (name: string) => document.querySelector<HTMLMetaElement>(`meta[name="${name}"]`)?.content;
  let ready: Promise<unknown> | undefined;
  const pageDefault = () => (ready ??= !meta('confab-endpoint') && meta('confab-adapter') === 'memory' ? load(table.memory) : Promise.resolve());

  const pending = new Set(Object.keys(table.widgets));
  let selector = '';
  const refresh = () => (selector = [...pending].map((t) => `${t}:not(:defined)`).join(','));
  refresh();

  const request = (tag: string) => {
    if (!pending.delete(tag)) return;
    refresh();
    if (customElements.get(tag)) return; // defined by another copy or the one-file bundle
    pageDefault()
      .then(() => load(table.widgets[tag]!))
      .catch((error: unknown) => console.error(`[confab] could not load <${tag}>:`, error));
  };

  /** Requests every pending tag in `root` (and `root` itself). */
  const scan = (root: ParentNode) => {
    if (!pending.size) return;
    if (root instanceof Element && pending.has(root.localName)) request(root.localName);
    if (pending.size) for (const el of root.querySelectorAll(selector)) request(el.localName);
  };

  if (!g[CONTEXT_ROOT]) {
    // Widgets upgraded before their <confab-provider> (chunks arrive in any order) find it later.
    g[CONTEXT_ROOT] = true;
    new ContextRoot().attach(document.documentElement);
  }
  g[HOOK] = scan;
  scan(document);
  const observer = new MutationObserver((records) => {
    for (const record of records) for (const node of record.addedNodes) if (node instanceof Element) scan(node);
    if (!pending.size) observer.disconnect();
  });
  if (pending.size) observer.observe(document, { childList: true, subtree: true });
}

if (!g[HOOK]) start(CONFAB_CHUNKS);
