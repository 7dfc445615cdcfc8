import { defineElement } from '../internal/define.js';
import { ConfabModerationQueue } from './moderation-queue.js';

defineElement('confab-moderation-queue', ConfabModerationQueue);

declare global {
  interface HTMLElementTagNameMap {
    'confab-moderation-queue': ConfabModerationQueue;
  }
}
