/**
 * The one story helper: `provide()` puts widgets under a `<confab-provider>`, `prepared()` waits
 * for data written through the adapter, `without()` makes an adapter that leaves areas out, and
 * `stateStories()` builds the states every widget shows — loading, empty, error, offline, no
 * adapter, area missing — from the widget's own seed and template. Component tests import it
 * too, so stories and tests show the same states.
 *
 * @example
 * ```ts
 * const states = stateStories<Args>({ adapter: () => new MemoryAdapter({ seed }), widget: () => html`<confab-idea-card idea="i1"></confab-idea-card>`, missing: 'ideas' });
 * export const Loading: Story = states.Loading;
 * ```
 */
import { html, type TemplateResult } from 'lit';
import { until } from 'lit/directives/until.js';
import { AREA_NAMES, MemoryAdapter, UnavailableError, type Adapter, type AreaName } from '@confab/core';
import '../../packages/elements/src/provider/define.js';

/** Puts `content` in a page context: a language and direction, a dark background, … */
export type Wrap = (content: TemplateResult) => TemplateResult;

/**
 * `content` under a `<confab-provider>` that supplies `adapter`, optionally inside `wrap`.
 *
 * @example
 * ```ts
 * provide(new MemoryAdapter({ seed }), html`<confab-ask></confab-ask>`, (t) => html`<div lang="ar" dir="rtl">${t}</div>`);
 * ```
 */
export function provide(adapter: Adapter, content: TemplateResult, wrap: Wrap = (t) => t): TemplateResult {
  return wrap(html`<confab-provider .adapter=${adapter}>${content}</confab-provider>`);
}

/**
 * A story whose data is put in place through the adapter first (a moderator hides an answer, a
 * new person's first post is held): `setup` does the writes and resolves to what to show,
 * usually a `provide()`; until then a placeholder.
 *
 * @example
 * ```ts
 * render: () => prepared(hideAnswer(new MemoryAdapter({ seed })).then((adapter) => provide(adapter, html`<confab-ask></confab-ask>`))),
 * ```
 */
export function prepared(setup: Promise<TemplateResult>): TemplateResult {
  return html`${until(setup, html`<p>…</p>`)}`;
}

/**
 * `adapter` without the areas `names`: a backend that does not offer them. Every other area of
 * the contract (`AREA_NAMES`) is kept, and kept areas are the adapter's own objects, so test
 * controls such as `offline` still apply to them.
 *
 * @example
 * ```ts
 * provide(without(new MemoryAdapter({ seed }), 'votes'), html`<confab-idea-card idea="i1"></confab-idea-card>`);
 * ```
 */
export function without(adapter: Adapter, ...names: AreaName[]): Adapter {
  const kept: { -readonly [K in keyof Adapter]: Adapter[K] } = { identity: adapter.identity };
  for (const name of AREA_NAMES) {
    if (!names.includes(name) && adapter[name]) Object.assign(kept, { [name]: adapter[name] });
  }
  return kept;
}

/** What the state stories need from a widget's story file. */
export interface StateKit<A> {
  /** A fresh adapter with the widget's demo data. */
  adapter: (args: A) => MemoryAdapter;
  /** The widget (or widgets) alone, without a provider. */
  widget: (args: A) => TemplateResult;
  /** The area left out by the "area missing" story: one the widget needs. */
  missing: AreaName;
  /** How many calls fail in the error story (the widget's first load makes this many); default 1. */
  failures?: number;
  /** The empty story: its args (e.g. a context nobody asked in) and, when the data must differ, its adapter. */
  empty?: { args?: Partial<A>; adapter?: (args: A) => MemoryAdapter };
}

/** A state story: what `StoryObj<A>` of Storybook takes. */
export interface StateStory<A> {
  name?: string;
  args?: Partial<A>;
  render: (args: A) => TemplateResult;
}

/** The shared state stories of one widget. */
export interface StateStories<A> {
  Loading: StateStory<A>;
  Empty: StateStory<A>;
  ErrorState: StateStory<A>;
  Offline: StateStory<A>;
  NoAdapter: StateStory<A>;
  AreaMissing: StateStory<A>;
}

const HOUR = 3_600_000;

/**
 * The states every widget renders — never a blank box:
 * - `Loading`: the adapter answers after an hour;
 * - `Empty`: the widget's `empty` args and adapter (nothing to show yet);
 * - `ErrorState`: the backend fails the first load; Retry recovers;
 * - `Offline`: every call fails as offline;
 * - `NoAdapter`: outside any provider, the widget says it is not connected;
 * - `AreaMissing`: the adapter leaves out `missing`, and the widget says "not available on this backend".
 */
export function stateStories<A>(kit: StateKit<A>): StateStories<A> {
  const mount = (adapter: Adapter, args: A) => provide(adapter, kit.widget(args));
  return {
    Loading: {
      render: (args) => {
        const adapter = kit.adapter(args);
        adapter.latency = HOUR;
        return mount(adapter, args);
      },
    },
    Empty: { args: kit.empty?.args, render: (args) => mount((kit.empty?.adapter ?? kit.adapter)(args), args) },
    ErrorState: {
      name: 'Error',
      render: (args) => {
        const adapter = kit.adapter(args);
        adapter.failNext(new UnavailableError('Service unavailable'), kit.failures ?? 1);
        return mount(adapter, args);
      },
    },
    Offline: {
      render: (args) => {
        const adapter = kit.adapter(args);
        adapter.offline = true;
        return mount(adapter, args);
      },
    },
    NoAdapter: { name: 'No adapter', render: (args) => kit.widget(args) },
    AreaMissing: { name: 'Area missing', render: (args) => mount(without(kit.adapter(args), kit.missing), args) },
  };
}
