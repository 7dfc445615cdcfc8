import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isAbortError } from '@confab/core';

/** What a look-up controller runs and where its answer goes. */
export interface LookupOptions<T> {
  /** Milliseconds of quiet before `schedule()` runs the look-up. */
  delay: number;
  /** The look-up; it must pass `signal` to the adapter. */
  run: (signal: AbortSignal) => Promise<T>;
  /** The answer of the latest look-up (never of a stale one). */
  done: (result: T) => void;
  /** The failure of the latest look-up (aborts are not failures). */
  failed: (error: unknown) => void;
}

/**
 * Look-ups while someone types ("Already asked?", similar ideas, suggested experts): debounced,
 * and a newer look-up aborts the one still running, so only the latest answer is shown. Pending
 * work is cancelled when the host disconnects. The host re-renders after every answer.
 *
 * @example
 * ```ts
 * private similar = new LookupController(this, { delay: 250,
 *   run: (signal) => area(this.backend!, 'ideas').similarIdeas(this.title, {}, { signal }),
 *   done: (ideas) => (this.ideas = ideas), failed: () => (this.ideas = []) });
 * // on input: this.similar.schedule();
 * ```
 */
export class LookupController<T> implements ReactiveController {
  private timer?: ReturnType<typeof setTimeout>;
  private running?: AbortController;

  constructor(private readonly host: ReactiveControllerHost, private readonly options: LookupOptions<T>) {
    host.addController(this);
  }

  /** Runs the look-up after a pause, cancelling any pending or running one. */
  schedule(): void {
    this.cancel();
    this.timer = setTimeout(() => void this.now(), this.options.delay);
  }

  /** Cancels the pending look-up and aborts a running one. */
  cancel(): void {
    clearTimeout(this.timer);
    this.running?.abort();
  }

  /** Runs the look-up at once. */
  async now(): Promise<void> {
    this.cancel();
    const running = (this.running = new AbortController());
    try {
      const result = await this.options.run(running.signal);
      if (running.signal.aborted) return;
      this.options.done(result);
    } catch (error) {
      if (running.signal.aborted || isAbortError(error)) return;
      this.options.failed(error);
    }
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.cancel();
  }
}
