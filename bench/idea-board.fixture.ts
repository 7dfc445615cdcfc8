// The page side of bench/idea-board.mjs: bundled with esbuild into one script, it seeds a
// MemoryAdapter and times the idea board in the browser. Not shipped.
import { MemoryAdapter } from '@confab/core';
import '../packages/elements/src/provider/define.js';
import '../packages/elements/src/idea-board/define.js';
import { largeIdeaSeed } from '../stories/fixtures/idea-seed.js';

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
  /** Element created → first card rendered. */
  render: number;
  /** Of which: until the adapter's first page of ideas arrived. */
  adapter: number;
  /** Of which: from the page of ideas to the first card rendered (the board's own work). */
  board: number;
  /** Another person's vote cast → the card's count updated. */
  vote: number;
}

/** Collects garbage first when the browser allows it (`--js-flags=--expose-gc`), so a pause left by the seeding is not timed. */
const collect = () => (globalThis as { gc?: () => void }).gc?.();

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function firstCard(board: HTMLElement): HTMLElement | null {
  return board.shadowRoot?.querySelector<HTMLElement>('confab-idea-card') ?? null;
}

/** One board on a fresh adapter: time to the first rendered card, then the cost of one live vote. */
async function once(seed: ReturnType<typeof largeIdeaSeed>): Promise<Sample> {
  const adapter = new MemoryAdapter({ seed, user: 'me' });
  const other = adapter.as('mod');
  // Note when the page of ideas arrives, to split the time between the adapter and the board.
  let listed = 0;
  const list = adapter.ideas.listIdeas;
  adapter.ideas.listIdeas = async (...args: Parameters<typeof list>) => {
    const page = await list(...args);
    listed = performance.now();
    return page;
  };
  collect();
  const t0 = performance.now();
  const provider = document.createElement('confab-provider');
  provider.adapter = adapter;
  const board = document.createElement('confab-idea-board');
  board.campaign = 'c1';
  provider.append(board);
  document.body.append(provider);
  await until(board.shadowRoot!, () => !!firstCard(board));
  const first = firstCard(board)!;
  await until(first.shadowRoot!, () => !!first.shadowRoot!.querySelector('h3'));
  const rendered = performance.now();
  const render = rendered - t0;
  const adapterMs = listed - t0;
  // One live vote by someone else on each of the first five cards; the median is the sample.
  const votes: number[] = [];
  const shown = [...board.shadowRoot!.querySelectorAll<HTMLElement>('confab-idea-card')].slice(0, 5);
  for (const card of shown) {
    const count = () => card.shadowRoot!.querySelector('.count')!.textContent;
    const before = count();
    const id = card.getAttribute('idea')!;
    collect();
    const t1 = performance.now();
    void other.votes.setVote({ kind: 'idea', id }, true);
    await until(card.shadowRoot!, () => count() !== before);
    votes.push(performance.now() - t1);
  }
  const vote = median(votes);
  provider.remove();
  return { render, vote, adapter: adapterMs, board: render - adapterMs };
}

/** Medians (and samples) of each measure for a board of `n` ideas. */
async function measure(n: number, runs: number): Promise<{ ideas: number; median: Sample; samples: Sample[] }> {
  const seed = largeIdeaSeed(n);
  await once(seed); // warm-up: JIT, style sheets, custom element upgrades
  await once(seed);
  const samples: Sample[] = [];
  for (let r = 0; r < runs; r++) samples.push(await once(seed));
  const keys = ['render', 'adapter', 'board', 'vote'] as const;
  const med = Object.fromEntries(keys.map((k) => [k, median(samples.map((x) => x[k]))])) as unknown as Sample;
  return { ideas: n, median: med, samples };
}

(window as unknown as { confabBench: unknown }).confabBench = { measure };

/** Diagnostics: the adapter's own cost, without the board. */
async function probe(n: number): Promise<Record<string, number>> {
  const seed = largeIdeaSeed(n);
  let t = performance.now();
  const adapter = new MemoryAdapter({ seed, user: 'me' });
  const load = performance.now() - t;
  const out: Record<string, number> = { load };
  for (let i = 0; i < 3; i++) {
    t = performance.now();
    await adapter.ideas.listIdeas({ campaign: 'c1', sort: 'top', limit: 20 });
    out[`list${i}`] = performance.now() - t;
  }
  t = performance.now();
  await adapter.ideas.getCampaign('c1');
  out.getCampaign = performance.now() - t;
  for (let i = 0; i < 3; i++) {
    t = performance.now();
    await adapter.as('mod').votes.setVote({ kind: 'idea', id: `x${i}` }, true);
    out[`vote${i}`] = performance.now() - t;
  }
  return out;
}
(window as unknown as { confabProbe: unknown }).confabProbe = probe;
