// The page side of bench/render.mjs: bundled with esbuild into one script, it seeds a
// MemoryAdapter and times the idea board and the ask list in the browser. Not shipped.
import { MemoryAdapter, type Adapter, type Seed } from '@confab/core';
import '../packages/elements/src/provider/define.js';
import '../packages/elements/src/idea-board/define.js';
import '../packages/elements/src/ask/define.js';
import { largeIdeaSeed } from '../stories/fixtures/idea-seed.js';

const CONTEXT = 'https://intranet.example/bench';

/** `count` questions on one page (context), each with a few votes, for the ask list. */
function largeQuestionSeed(count: number): Seed {
  const people = [{ id: 'me', name: 'Me', roles: ['member' as const] }, { id: 'mod', name: 'Moderator', roles: ['moderator' as const] }];
  for (let p = 0; p < 50; p++) people.push({ id: `p${p}`, name: `Colleague ${p + 1}`, roles: ['member'] });
  const now = Date.now();
  const questions: NonNullable<Seed['questions']> = [];
  const votes: NonNullable<Seed['votes']> = [];
  for (let n = 0; n < count; n++) {
    questions.push({
      id: `q${n}`, context: CONTEXT, title: `Question ${n + 1}: how do I book travel number ${n}?`,
      body: `Details of question ${n}.`, tags: [`t${n % 20}`], author: `p${n % 50}`, createdAt: new Date(now - n * 60_000).toISOString(),
    });
    for (let v = 0; v < (n * 13) % 5; v++) votes.push({ kind: 'question', id: `q${n}`, by: `p${(n + v) % 50}` });
  }
  return { currentUser: 'me', people, questions, answers: [], votes };
}

/**
 * Resolves when `check()` is true, re-checking after every DOM change under `root` (a
 * MutationObserver: no polling that would compete with the adapter's timers).
 */
function until(root: Node, check: () => boolean, timeout = 10_000): Promise<void> {
  if (check()) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => { observer.disconnect(); reject(new Error('timed out')); }, timeout);
    const observer = new MutationObserver(() => {
      if (!check()) return;
      observer.disconnect();
      clearTimeout(timer);
      resolve();
    });
    observer.observe(root, { subtree: true, childList: true, characterData: true });
  });
}

interface Sample {
  /** Element created → first item rendered. */
  render: number;
  /** Of which: until the adapter's first page arrived. */
  adapter: number;
  /** Of which: from the first page to the first item rendered (the widget's own work). */
  widget: number;
  /** Someone else's change (a vote on an idea, an answer to a question) → the item updated. */
  live: number;
  /** Adapter calls (requests, with a RestAdapter) the widget made until its first item rendered: none per item. */
  calls: number;
  /** Items rendered. */
  items: number;
}

/** Collects garbage first when the browser allows it (`--js-flags=--expose-gc`), so a pause left by the seeding is not timed. */
const collect = () => (globalThis as { gc?: () => void }).gc?.();

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/**
 * Counts the calls the widget makes on `adapter`'s areas, `live` aside (subscriptions share one
 * stream, no request each); `listed` is when `list` last answered.
 */
function instrument(adapter: Adapter, list: [area: string, method: string]) {
  const stats = { calls: 0, listed: 0, by: {} as Record<string, number> };
  for (const [name, area] of Object.entries(adapter)) {
    if (!area || typeof area !== 'object' || Array.isArray(area) || name === 'live') continue;
    const target = area as Record<string, unknown>;
    const methods = new Set<string>();
    for (let o: object | null = target; o && o !== Object.prototype; o = Object.getPrototypeOf(o)) {
      for (const key of Object.getOwnPropertyNames(o)) if (key !== 'constructor' && typeof target[key] === 'function') methods.add(key);
    }
    for (const key of methods) {
      const original = target[key] as (...args: unknown[]) => unknown;
      const timed = name === list[0] && key === list[1];
      target[key] = (...args: unknown[]) => {
        stats.calls++;
        stats.by[`${name}.${key}`] = (stats.by[`${name}.${key}`] ?? 0) + 1;
        const result = original.apply(target, args);
        if (timed) void Promise.resolve(result).then(() => { stats.listed = performance.now(); });
        return result;
      };
    }
  }
  return stats;
}

interface Scenario {
  seed: (n: number) => Seed;
  list: [string, string];
  create: () => HTMLElement;
  items: (el: HTMLElement) => HTMLElement[];
  /** True once the first item shows its content. */
  shown: (item: HTMLElement) => boolean;
  /** Someone else changes `item`; resolves when the widget shows it. */
  change: (other: Adapter, el: HTMLElement, item: HTMLElement) => Promise<void>;
}

const SCENARIOS: Record<string, Scenario> = {
  board: {
    seed: largeIdeaSeed,
    list: ['ideas', 'listIdeas'],
    create: () => Object.assign(document.createElement('confab-idea-board'), { campaign: 'c1' }),
    items: (el) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('confab-idea-card')],
    shown: (card) => !!card.shadowRoot?.querySelector('h3'),
    async change(other, _el, card) {
      const count = () => card.shadowRoot!.querySelector('.count')!.textContent;
      const before = count();
      void other.votes!.setVote({ kind: 'idea', id: card.getAttribute('idea')! }, true);
      await until(card.shadowRoot!, () => count() !== before);
    },
  },
  ask: {
    seed: largeQuestionSeed,
    list: ['questions', 'listQuestions'],
    create: () => Object.assign(document.createElement('confab-ask'), { context: CONTEXT }),
    items: (el) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('li.item')],
    shown: (item) => !!item.querySelector('[part~="item-title"]'),
    async change(other, el, item) {
      const count = () => item.querySelector('[part~="item-answers"]')!.textContent;
      const before = count();
      void other.questions!.answerQuestion(item.dataset.id!, { body: 'An answer.' });
      await until(el.shadowRoot!, () => count() !== before);
    },
  },
};

/** One widget on a fresh adapter: time to the first rendered item, then the cost of a live change. */
async function once(s: Scenario, seed: Seed): Promise<Sample> {
  const adapter = new MemoryAdapter({ seed, user: 'me' });
  const other = adapter.as('mod');
  const stats = instrument(adapter, s.list);
  collect();
  const t0 = performance.now();
  const provider = document.createElement('confab-provider');
  provider.adapter = adapter;
  const el = s.create();
  provider.append(el);
  document.body.append(provider);
  await until(el.shadowRoot!, () => s.items(el).length > 0);
  const first = s.items(el)[0]!;
  await until(first.shadowRoot ?? first, () => s.shown(first));
  const rendered = performance.now();
  const calls = stats.calls;
  (window as unknown as { confabCalls: unknown }).confabCalls = { ...stats.by };
  const items = s.items(el).length;
  // One live change by someone else on each of the first five items; the median is the sample.
  const live: number[] = [];
  for (const item of s.items(el).slice(0, 5)) {
    collect();
    const t1 = performance.now();
    await s.change(other, el, item);
    live.push(performance.now() - t1);
  }
  provider.remove();
  return { render: rendered - t0, adapter: stats.listed - t0, widget: rendered - stats.listed, live: median(live), calls, items };
}

/** Medians (and samples) of each measure for `widget` (`board` or `ask`) over `n` items. */
async function measure(widget: string, n: number, runs: number): Promise<{ median: Sample; samples: Sample[] }> {
  const s = SCENARIOS[widget]!;
  const seed = s.seed(n);
  await once(s, seed); // warm-up: JIT, style sheets, custom element upgrades
  await once(s, seed);
  const samples: Sample[] = [];
  for (let r = 0; r < runs; r++) samples.push(await once(s, seed));
  const keys = ['render', 'adapter', 'widget', 'live', 'calls', 'items'] as const;
  const med = Object.fromEntries(keys.map((k) => [k, median(samples.map((x) => x[k]))])) as unknown as Sample;
  return { median: med, samples };
}

(window as unknown as { confabBench: unknown }).confabBench = { measure };
