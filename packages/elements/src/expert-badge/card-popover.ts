import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { supportsPopover } from './badge-parts.js';

/** How long the pointer rests on the chip before the card opens. */
export const HOVER_OPEN_MS = 500;
/** How long the card waits after the pointer left before a hover-opened card closes. */
export const HOVER_CLOSE_MS = 300;


/** What the popover controller needs from its host. */
export interface CardPopoverOptions {
  /** The card element (a `popover="manual"` element where supported). */
  card: () => HTMLElement | null | undefined;
  /** The chip the card belongs to; focus returns here. */
  anchor: () => HTMLElement | null | undefined;
  dir: () => 'ltr' | 'rtl';
  /** Called after the card opened or closed. */
  onToggle?: (open: boolean) => void;
}

let openNow: CardPopoverController | null = null;

/**
 * A non-modal profile card anchored to a chip: opened by activation or by resting the pointer
 * on the chip for `HOVER_OPEN_MS`; closed by Escape (focus back on the chip when it was inside),
 * a click outside, or the pointer leaving a card that hovering opened. Uses the Popover API
 * (`popover="manual"`, top layer) where available, else a fixed-position element; only one
 * card is open on a page at a time.
 */
export class CardPopoverController implements ReactiveController {
  /** Whether the card is open. */
  open = false;
  /** How the card was opened: a hover-opened card closes when the pointer leaves. */
  openedBy: 'hover' | 'click' | null = null;
  private openTimer?: ReturnType<typeof setTimeout>;
  /** Places the card again when its content changes size (the person loads, a message appears). */
  private readonly resizes = typeof ResizeObserver === 'undefined' ? undefined : new ResizeObserver(() => this.position());
  private closeTimer?: ReturnType<typeof setTimeout>;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement, private readonly options: CardPopoverOptions) {
    host.addController(this);
  }

  /** Opens the card (or pins a hover-opened one). */
  show(by: 'hover' | 'click'): void {
    this.clearTimers();
    if (this.open) {
      if (by === 'click') this.openedBy = 'click';
      return;
    }
    if (openNow && openNow !== this) openNow.hide();
    openNow = this;
    this.open = true;
    this.openedBy = by;
    document.addEventListener('pointerdown', this.onPointerDown, true);
    document.addEventListener('keydown', this.onKeyDown);
    window.addEventListener('scroll', this.onReflow, { capture: true, passive: true });
    window.addEventListener('resize', this.onReflow, { passive: true });
    this.host.requestUpdate();
    void this.host.updateComplete.then(() => {
      if (!this.open) return;
      const card = this.options.card();
      if (card && supportsPopover && !card.matches(':popover-open')) card.showPopover();
      if (card) this.resizes?.observe(card);
      this.position();
      this.options.onToggle?.(true);
    });
  }

  /** Closes the card; with `focusAnchor`, focus moves to the chip. */
  hide(focusAnchor = false): void {
    this.clearTimers();
    if (!this.open) return;
    this.open = false;
    this.openedBy = null;
    if (openNow === this) openNow = null;
    document.removeEventListener('pointerdown', this.onPointerDown, true);
    document.removeEventListener('keydown', this.onKeyDown);
    window.removeEventListener('scroll', this.onReflow, { capture: true });
    window.removeEventListener('resize', this.onReflow);
    this.resizes?.disconnect();
    const card = this.options.card();
    if (card && supportsPopover && card.matches(':popover-open')) card.hidePopover();
    if (focusAnchor) this.options.anchor()?.focus();
    this.host.requestUpdate();
    this.options.onToggle?.(false);
  }

  /** Click on the chip: opens, pins a hover-opened card, or closes a pinned one. */
  toggle(): void {
    if (this.open && this.openedBy === 'click') this.hide();
    else this.show('click');
  }

  /** The pointer entered the chip or the card. */
  pointerEnter(onCard: boolean): void {
    clearTimeout(this.closeTimer);
    if (!this.open && !onCard) {
      clearTimeout(this.openTimer);
      this.openTimer = setTimeout(() => this.show('hover'), HOVER_OPEN_MS);
    }
  }

  /** The pointer left the chip or the card. */
  pointerLeave(): void {
    clearTimeout(this.openTimer);
    if (this.open && this.openedBy === 'hover') {
      clearTimeout(this.closeTimer);
      this.closeTimer = setTimeout(() => this.hide(), HOVER_CLOSE_MS);
    }
  }

  hostDisconnected(): void {
    this.hide();
  }

  private clearTimers(): void {
    clearTimeout(this.openTimer);
    clearTimeout(this.closeTimer);
  }

  private onPointerDown = (event: PointerEvent) => {
    if (!event.composedPath().includes(this.host)) this.hide();
  };

  private onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    // Not :focus-within, which needs the window to have system focus.
    const focusWasInside = this.host.shadowRoot?.activeElement != null;
    this.hide(focusWasInside);
  };

  private onReflow = () => this.position();

  /**
   * Places the card below the chip (above when there is no room below), always inside the
   * viewport, so that the control focused in it is in view (WCAG 2.4.11). In a narrow widget or on
   * a narrow screen (the styles set `--_card-sheet: 1`), the card is a bottom sheet instead.
   */
  position(): void {
    const card = this.options.card();
    const anchor = this.options.anchor();
    if (!this.open || !card || !anchor) return;
    const sheet = getComputedStyle(card).getPropertyValue('--_card-sheet').trim() === '1';
    card.dataset.placement = sheet ? 'sheet' : 'anchored';
    if (sheet) {
      card.style.left = card.style.top = '';
      return;
    }
    const a = anchor.getBoundingClientRect();
    const width = card.offsetWidth;
    const height = card.offsetHeight;
    const vw = document.documentElement.clientWidth;
    const vh = window.innerHeight;
    const margin = 8;
    const gap = 4;
    let left = this.options.dir() === 'rtl' ? a.right - width : a.left;
    left = Math.max(margin, Math.min(left, vw - width - margin));
    let top = a.bottom + gap;
    if (top + height > vh - margin) top = a.top - gap - height >= margin ? a.top - gap - height : vh - margin - height;
    top = Math.max(margin, top);
    card.style.left = `${Math.round(left)}px`;
    card.style.top = `${Math.round(top)}px`;
  }
}
