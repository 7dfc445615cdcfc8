import { defineElement } from '../internal/define.js';
import { ConfabFeedback } from './feedback.js';

defineElement('confab-feedback', ConfabFeedback);

declare global {
  interface HTMLElementTagNameMap {
    'confab-feedback': ConfabFeedback;
  }
}
