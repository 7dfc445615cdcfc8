/**
 * The Follow button, shared by the ask thread, the idea card, the idea board (its campaign) and
 * the expert badge's card: "Follow" or "Following" with `aria-pressed`, small and the same
 * everywhere. `FollowController` loads whether the signed-in person follows the target and
 * toggles it through the adapter's `notifications` area; without that area, or signed out, no
 * button is drawn.
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { Adapter, FollowTarget } from '@confab/core';
import { commonStrings, type CommonStrings } from './common.strings.js';
import type { LocalizeController } from './localize.js';

/** What a widget gives its follow controller. */
export interface FollowOptions {
  adapter: () => Adapter | undefined;
  /** The item to follow, or undefined while it is not known yet. */
  target: () => FollowTarget | undefined;
  /** Says a message politely (the widget's `announce`). */
  announce: (message: string) => void;
  localize: LocalizeController;
  /**
   * The signed-in user when the widget already knows it (null: signed out; undefined: not yet
   * known, so wait); without this option the controller asks the adapter.
   */
  user?: () => { id: string } | null | undefined;
}

/** Keeps the follow state of one target. */
export class FollowController implements ReactiveController {
  /** Null until known (or when no button is shown). */
  following: boolean | null = null;
  busy = false;
  private key = '';
  private adapter?: Adapter;

  constructor(private readonly host: ReactiveControllerHost, private readonly options: FollowOptions) {
    host.addController(this);
  }

  hostConnected(): void {
    this.sync();
  }

  hostUpdated(): void {
    this.sync();
  }

  private sync(): void {
    const adapter = this.options.adapter();
    const target = this.options.target();
    const known = this.options.user?.();
    // Wait until the widget knows who reads; then nothing to do when signed out.
    const key = target && known !== undefined && known !== null ? `${target.kind}\n${target.id}` : target && !this.options.user ? `${target.kind}\n${target.id}` : '';
    if (adapter === this.adapter && key === this.key) return;
    this.adapter = adapter;
    this.key = key;
    this.following = null;
    const area = adapter?.notifications;
    if (!adapter || !area || !target) return;
    void (async () => {
      try {
        if (!this.options.user && !(await adapter.identity.currentUser())) return;
        const on = await area.following(target);
        if (this.key === key && this.adapter === adapter) {
          this.following = on;
          this.host.requestUpdate();
        }
      } catch (error) {
        console.warn('[confab] could not load whether you follow this:', error);
      }
    })();
  }

  get strings(): CommonStrings {
    return this.options.localize.strings(commonStrings);
  }

  /** Follows or unfollows; the button shows the new state at once and goes back if the write fails. */
  async toggle(): Promise<void> {
    const area = this.adapter?.notifications;
    const target = this.options.target();
    if (!area || !target || this.following === null || this.busy) return;
    const next = !this.following;
    this.following = next;
    this.busy = true;
    this.host.requestUpdate();
    try {
      this.following = await area.follow(target, next);
      this.options.announce(next ? this.strings.followed : this.strings.unfollowed);
    } catch (error) {
      this.following = !next;
      console.warn('[confab] could not change following:', error);
    } finally {
      this.busy = false;
      this.host.requestUpdate();
    }
  }
}

/** The button: "Follow" or "Following" (`aria-pressed`), or nothing while the state is unknown. */
export function followButton(ctl: FollowController): TemplateResult | typeof nothing {
  if (ctl.following === null) return nothing;
  const s = ctl.strings;
  return html`<button type="button" part="follow" class="follow" aria-pressed=${ctl.following} aria-disabled=${ctl.busy}
    @click=${() => void ctl.toggle()}>${ctl.following ? s.following : s.follow}</button>`;
}
