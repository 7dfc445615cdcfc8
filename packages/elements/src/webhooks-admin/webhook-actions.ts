import { area, type WebhookEndpoint, type WebhooksArea } from '@confab/core';
import { errorMessage } from '../internal/error-message.js';
import type { WebhooksHost } from './webhooks-host.js';

/** An action that asks first. */
export type ConfirmedAction = 'rotate' | 'remove';

/**
 * The changes of one endpoint from its row: enable or disable it, and — after "Rotate secret" or
 * "Remove" was confirmed — rotate its secret or remove it. It keeps each endpoint's busy state,
 * its refusal, and the question being asked. A retried change keeps its idempotency key, so it
 * takes effect once. After each change the list is loaded again and the change is announced;
 * focus stays on the control, goes to the new secret, or (after a removal) to the next endpoint.
 */
export class WebhookActions {
  busy = new Set<string>();
  errors: Record<string, string> = {};
  /** The endpoint and action awaiting confirmation, if any. */
  confirming: { id: string; action: ConfirmedAction } | null = null;
  private readonly keys = new Map<string, { input: string; key: string }>();

  constructor(private readonly host: WebhooksHost) {}

  /** Asks before rotating or removing; focus moves to the confirming button. */
  ask(endpoint: WebhookEndpoint, action: ConfirmedAction): void {
    this.confirming = { id: endpoint.id, action };
    this.host.requestUpdate();
    void this.host.focuser.to(`#confirm-${CSS.escape(endpoint.id)}`);
  }

  /** Drops the question; focus goes back to the button that asked it. */
  cancel(): void {
    const asked = this.confirming;
    if (!asked || this.busy.has(asked.id)) return;
    this.confirming = null;
    this.host.requestUpdate();
    void this.host.focuser.to(`#${asked.action}-${CSS.escape(asked.id)}`);
  }

  /** Runs the confirmed action. */
  confirm(endpoint: WebhookEndpoint, endpoints: readonly WebhookEndpoint[]): Promise<void> {
    const action = this.confirming?.id === endpoint.id ? this.confirming.action : undefined;
    if (action === 'rotate') return this.rotate(endpoint);
    if (action === 'remove') return this.remove(endpoint, endpoints);
    return Promise.resolve();
  }

  /** Enables or disables an endpoint; re-enabling clears the reason it was disabled. */
  async setEnabled(endpoint: WebhookEndpoint, enabled: boolean): Promise<void> {
    const s = this.host.s;
    await this.write(endpoint, `enabled\n${enabled}`, (w, idempotencyKey) => w.update(endpoint.id, { enabled }, { idempotencyKey }), async () => {
      await this.host.reload();
      this.host.say(enabled ? s.enabledNow(endpoint.url) : s.disabledNow(endpoint.url));
    });
  }

  private async rotate(endpoint: WebhookEndpoint): Promise<void> {
    await this.write(endpoint, 'rotate', (w, idempotencyKey) => w.rotateSecret(endpoint.id, { idempotencyKey }), async (rotated) => {
      this.host.showSecret(rotated);
      this.host.say(this.host.s.rotated(endpoint.url));
      await this.host.reload();
    }, 'rotate');
  }

  private async remove(endpoint: WebhookEndpoint, endpoints: readonly WebhookEndpoint[]): Promise<void> {
    const at = endpoints.findIndex((e) => e.id === endpoint.id);
    const next = endpoints[at + 1] ?? endpoints[at - 1];
    await this.write(endpoint, 'remove', (w, idempotencyKey) => w.remove(endpoint.id, { idempotencyKey }), async () => {
      this.host.say(this.host.s.removed(endpoint.url));
      this.host.forget(endpoint.id);
      await this.host.reload();
      await this.host.focuser.to(...(next ? [`#endpoint-${CSS.escape(next.id)}`] : []), '#add');
    }, 'remove');
  }

  /** The same key while the same change is retried; a new one for a new change. */
  private keyFor(id: string, input: string): string {
    const last = this.keys.get(id);
    if (last?.input === input) return last.key;
    const made = crypto.randomUUID();
    this.keys.set(id, { input, key: made });
    return made;
  }

  private async write<T>(
    endpoint: WebhookEndpoint, input: string, call: (w: WebhooksArea, idempotencyKey: string) => Promise<T>,
    done: (result: T) => Promise<void>, asked?: ConfirmedAction,
  ): Promise<void> {
    const backend = this.host.webhooksBackend;
    const id = endpoint.id;
    if (!backend || this.busy.has(id)) return;
    this.busy = new Set(this.busy).add(id);
    this.errors = { ...this.errors, [id]: '' };
    this.host.requestUpdate();
    let failed = false;
    try {
      const result = await call(area(backend, 'webhooks'), this.keyFor(id, input));
      this.keys.delete(id);
      if (asked) this.confirming = null;
      await done(result);
    } catch (error) {
      failed = true;
      this.errors = { ...this.errors, [id]: this.host.s.notChanged(endpoint.url, errorMessage(error, this.host.common)) };
    } finally {
      const busy = new Set(this.busy);
      busy.delete(id);
      this.busy = busy;
      this.host.requestUpdate();
    }
    // A refused confirmation closes the question; focus goes back to the button that asked it.
    if (failed && asked && this.confirming?.id === id) this.cancel();
  }
}
