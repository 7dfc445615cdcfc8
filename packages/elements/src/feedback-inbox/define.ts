import { defineElement } from '../internal/define.js';
import { ConfabFeedbackInbox } from './feedback-inbox.js';

defineElement('confab-feedback-inbox', ConfabFeedbackInbox);

declare global {
  interface HTMLElementTagNameMap {
    'confab-feedback-inbox': ConfabFeedbackInbox;
  }
}
