import { defineElement } from '../internal/define.js';
import { ConfabPeopleAdmin } from './people-admin.js';

defineElement('confab-people-admin', ConfabPeopleAdmin);

declare global {
  interface HTMLElementTagNameMap {
    'confab-people-admin': ConfabPeopleAdmin;
  }
}
