/**
 * Layout checks for the narrow-screen tests: what spills out of a box, and whether a text was
 * cut short or broken inside a word. They measure the rendered page (real Chromium), crossing
 * shadow roots.
 *
 * @example
 * ```ts
 * const box = await fixture<HTMLElement>(html`<div style="width: 375px">…</div>`);
 * expect(spillsOut(box)).to.deep.equal([]);
 * ```
 */

/** Every element under `root`, shadow trees included (flat enough for layout checks). */
export function deepElements(root: Element | ShadowRoot, out: Element[] = []): Element[] {
  for (const el of root.querySelectorAll('*')) {
    out.push(el);
    if (el.shadowRoot) deepElements(el.shadowRoot, out);
  }
  return out;
}

/**
 * How `el` is laid out: `hidden` (not rendered, clipped to nothing, or inside a box that clips or
 * scrolls, which is checked itself), `viewport` (fixed or in the top layer: placed against the
 * viewport, as a popover is) or `flow`.
 */
function placement(el: Element): 'hidden' | 'viewport' | 'flow' {
  const r = el.getBoundingClientRect();
  if (r.width <= 1 && r.height <= 1) return 'hidden';
  for (let node: Element | null = el; node; node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host ?? null)) {
    const style = getComputedStyle(node);
    if (style.clipPath !== 'none' || (style.clip !== 'auto' && style.position === 'absolute')) return 'hidden';
    if (style.position === 'fixed' || node.matches(':popover-open')) return 'viewport';
    // Inside a box that clips or scrolls: that box is checked, not what it clips.
    if (node !== el && style.overflowX !== 'visible') return 'hidden';
  }
  return 'flow';
}

/** A short name for an element in assertion messages: `tag.class[part]`. */
export function describe(el: Element): string {
  const part = el.getAttribute('part');
  return `${el.localName}${el.classList.length ? `.${[...el.classList].join('.')}` : ''}${part ? `[part=${part}]` : ''}`;
}

/**
 * The elements under `box` (shadow trees included) that reach outside it horizontally, and
 * `box` itself when it scrolls sideways; popovers and other fixed elements must stay inside the
 * viewport instead. Empty when everything fits the width it is given.
 */
export function spillsOut(box: HTMLElement, tolerance = 0.5): string[] {
  const outer = box.getBoundingClientRect();
  const viewport = { left: 0, right: document.documentElement.clientWidth };
  const out = box.scrollWidth > box.clientWidth ? [`${describe(box)} scrolls: ${box.scrollWidth} > ${box.clientWidth}`] : [];
  for (const el of deepElements(box)) {
    const how = placement(el);
    if (how === 'hidden') continue;
    const within = how === 'viewport' ? viewport : outer;
    const r = el.getBoundingClientRect();
    if (r.left < within.left - tolerance || r.right > within.right + tolerance) {
      out.push(`${describe(el)}: ${Math.round(r.left - within.left)}…${Math.round(r.right - within.left)} of ${Math.round(within.right - within.left)}${how === 'viewport' ? ' (viewport)' : ''}`);
    }
  }
  return out;
}

/** Whether the text of `el` is cut short (an ellipsis or clipped overflow). */
export function truncated(el: HTMLElement): boolean {
  return el.scrollWidth > el.clientWidth + 0.5;
}

/**
 * The words of `el`'s text that the layout split across lines, e.g. `['Expenses']` for
 * "Expense / s". A word is a run without spaces; a hyphen is a fair place to break.
 */
export function wordsBrokenAcrossLines(el: Element): string[] {
  const broken: string[] = [];
  const range = document.createRange();
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  for (let text = walker.nextNode() as Text | null; text; text = walker.nextNode() as Text | null) {
    for (const match of text.data.matchAll(/[^\s-]+/g)) {
      range.setStart(text, match.index);
      range.setEnd(text, match.index + match[0].length);
      const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
      if (lines.size > 1) broken.push(match[0]);
    }
  }
  return broken;
}

/** Whether `el` lies inside the viewport. */
export function inViewport(el: Element): boolean {
  const r = el.getBoundingClientRect();
  return r.top >= 0 && r.left >= 0 && r.bottom <= window.innerHeight && r.right <= document.documentElement.clientWidth;
}
