import { defineElement } from '../internal/define.js';
import { ConfabIdeaCard } from './idea-card.js';

defineElement('confab-idea-card', ConfabIdeaCard);

declare global {
  interface HTMLElementTagNameMap {
    'confab-idea-card': ConfabIdeaCard;
  }
}
