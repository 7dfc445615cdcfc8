import { defineElement } from '../internal/define.js';
import '../idea-card/define.js';
import { ConfabIdeaBoard } from './idea-board.js';

defineElement('confab-idea-board', ConfabIdeaBoard);

declare global {
  interface HTMLElementTagNameMap {
    'confab-idea-board': ConfabIdeaBoard;
  }
}
