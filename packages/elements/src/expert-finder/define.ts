import { defineElement } from '../internal/define.js';
import '../expert-badge/define.js';
import { ConfabExpertFinder } from './expert-finder.js';

defineElement('confab-expert-finder', ConfabExpertFinder);

declare global {
  interface HTMLElementTagNameMap {
    'confab-expert-finder': ConfabExpertFinder;
  }
}
