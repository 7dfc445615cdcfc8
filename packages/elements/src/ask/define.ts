import { defineElement } from '../internal/define.js';
import { ConfabAsk } from './ask.js';

defineElement('confab-ask', ConfabAsk);

declare global {
  interface HTMLElementTagNameMap {
    'confab-ask': ConfabAsk;
  }
}
