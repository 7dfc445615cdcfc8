import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Adapter, ChangeEvent } from '@confab/core';

/** What a live controller needs from its widget. */
export interface LiveOptions {
  /** The adapter to subscribe to, or undefined while there is none. One without `live` gets no subscription. */
  adapter: () => Adapter | undefined;
  /** The scopes to follow, built with `scopes` from `@confab/core`; an empty list subscribes to nothing. */
  scopes: () => string[];
  /** Called for every change in those scopes. */
  onChange: (event: ChangeEvent) => void;
  /** Called when the stream could not resume (the changes missed were pruned): load what is shown again. */
  onReset: () => void;
}

/**
 * Keeps a widget subscribed to live changes while it is connected. It subscribes in
 * `hostConnected`, unsubscribes in `hostDisconnected` (so a moved element keeps listening),
 * and re-subscribes after an update that changed the adapter or the scopes. An adapter without
 * the `live` area is fine: the widget then simply does not update live.
 *
 * @example
 * ```ts
 * new LiveController(this, { adapter: () => this.backend, scopes: () => [scopes.idea(this.idea)], onChange: () => this.task.run(), onReset: () => this.task.run() });
 * ```
 */
export class LiveController implements ReactiveController {
  private unsubscribe?: () => void;
  private key = '';
  private adapter?: Adapter;

  constructor(host: ReactiveControllerHost, private readonly options: LiveOptions) {
    host.addController(this);
  }

  hostConnected(): void {
    this.sync();
  }

  hostUpdated(): void {
    this.sync();
  }

  hostDisconnected(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.key = '';
    this.adapter = undefined;
  }

  private sync(): void {
    const adapter = this.options.adapter();
    const scopes = this.options.scopes();
    const key = scopes.join('\n');
    if (adapter === this.adapter && key === this.key && (this.unsubscribe || !adapter?.live || !scopes.length)) return;
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.adapter = adapter;
    this.key = key;
    if (scopes.length) this.unsubscribe = adapter?.live?.subscribe(scopes, (e) => this.options.onChange(e), { onReset: () => this.options.onReset() });
  }
}
