import { defineElement } from '../internal/define.js';
import { ConfabExpertBadge } from './expert-badge.js';

defineElement('confab-expert-badge', ConfabExpertBadge);

declare global {
  interface HTMLElementTagNameMap {
    'confab-expert-badge': ConfabExpertBadge;
  }
}
