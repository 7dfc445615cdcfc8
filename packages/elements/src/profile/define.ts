import { defineElement } from '../internal/define.js';
import { ConfabProfile } from './profile.js';

defineElement('confab-profile', ConfabProfile);

declare global {
  interface HTMLElementTagNameMap {
    'confab-profile': ConfabProfile;
  }
}
