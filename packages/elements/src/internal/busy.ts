import { nothing } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

/**
 * Marks a control busy without disabling it: `aria-disabled="true"` and `aria-busy="true"` while
 * busy, neither when idle. A disabled control drops the focus it holds to `<body>`; a busy one
 * keeps it. The control's handler ignores activations while busy.
 *
 * @example
 * ```ts
 * html`<button type="submit" ${busy(this.posting)}>${s.post}</button>`
 * ```
 */
class BusyDirective extends Directive {
  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('busy() is an element directive');
  }

  render(_busy: boolean) {
    return nothing;
  }

  override update(part: ElementPart, [busy]: [boolean]) {
    const el = part.element;
    if (busy) {
      el.setAttribute('aria-disabled', 'true');
      el.setAttribute('aria-busy', 'true');
    } else {
      el.removeAttribute('aria-disabled');
      el.removeAttribute('aria-busy');
    }
    return nothing;
  }
}

/** See `BusyDirective`. */
export const busy = directive(BusyDirective);
