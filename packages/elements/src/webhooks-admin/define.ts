import { defineElement } from '../internal/define.js';
import { ConfabWebhooksAdmin } from './webhooks-admin.js';

defineElement('confab-webhooks-admin', ConfabWebhooksAdmin);

declare global {
  interface HTMLElementTagNameMap {
    'confab-webhooks-admin': ConfabWebhooksAdmin;
  }
}
