import type { ReactiveControllerHost } from 'lit';
import type { Adapter, WebhookEndpointWithSecret } from '@confab/core';
import type { CommonStrings } from '../internal/common.strings.js';
import type { FocusController } from '../internal/focus-controller.js';
import type { WebhooksAdminStrings } from './webhooks-admin.strings.js';

/** What the parts of `<confab-webhooks-admin>` (actions, form, delivery log) need from the widget. */
export interface WebhooksHost extends ReactiveControllerHost {
  readonly renderRoot: HTMLElement | DocumentFragment;
  /** The adapter, when it offers webhooks. */
  readonly webhooksBackend: Adapter | undefined;
  /** The strings in force. */
  readonly s: WebhooksAdminStrings;
  readonly common: CommonStrings;
  /** The language of formatted dates and numbers. */
  readonly locale: string;
  readonly focuser: FocusController;
  /** Says `message` through the widget's live region. */
  say(message: string): void;
  /** Loads the endpoints again; resolves once they are shown. */
  reload(): Promise<void>;
  /** Forgets what the widget shows of a removed endpoint: its form, its delivery log, its secret. */
  forget(id: string): void;
  /** Shows the secret of a create or a rotation, once. */
  showSecret(endpoint: WebhookEndpointWithSecret): void;
}
