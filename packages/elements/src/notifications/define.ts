import { defineElement } from '../internal/define.js';
import { ConfabNotifications } from './notifications.js';

defineElement('confab-notifications', ConfabNotifications);

declare global {
  interface HTMLElementTagNameMap {
    'confab-notifications': ConfabNotifications;
  }
}
