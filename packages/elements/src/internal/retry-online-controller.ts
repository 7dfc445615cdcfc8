import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Loads a widget's data again when the browser comes back online after the load failed, so an
 * error state caused by a lost connection heals without a click on "Retry".
 *
 * @example
 * ```ts
 * new RetryOnlineController(this, () => this.task.status === TaskStatus.ERROR, () => this.task.run());
 * ```
 */
export class RetryOnlineController implements ReactiveController {
  constructor(host: ReactiveControllerHost, private readonly failed: () => boolean, private readonly retry: () => unknown) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('online', this.onOnline);
  }

  hostDisconnected(): void {
    window.removeEventListener('online', this.onOnline);
  }

  private onOnline = () => {
    if (this.failed()) void this.retry();
  };
}
