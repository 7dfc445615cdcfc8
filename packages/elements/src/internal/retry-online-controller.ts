import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { TaskStatus, type Task } from '@lit/task';

/**
 * Runs a widget's data task again when the browser comes back online after the task failed,
 * so an error state caused by a lost connection heals without a click on "Retry".
 *
 * @example
 * ```ts
 * private readonly task = new Task(this, { … });
 * constructor() { super(); new RetryOnlineController(this, () => this.task); }
 * ```
 */
export class RetryOnlineController implements ReactiveController {
  constructor(host: ReactiveControllerHost, private readonly task: () => Pick<Task, 'status' | 'run'>) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('online', this.onOnline);
  }

  hostDisconnected(): void {
    window.removeEventListener('online', this.onOnline);
  }

  private onOnline = () => {
    const task = this.task();
    if (task.status === TaskStatus.ERROR) void task.run();
  };
}
