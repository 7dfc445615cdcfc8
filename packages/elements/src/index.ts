/**
 * `@confab/elements`: every Confab widget, registered. This is the entry of the one-file
 * bundle `dist/confab.js`. Bundler users who want one widget import its `define` module
 * (`@confab/elements/feedback/define.js`) or its class (`@confab/elements/feedback/feedback.js`).
 */
import './provider/define.js';
import './feedback/define.js';
import './feedback-inbox/define.js';
import './ask/define.js';
import './idea-card/define.js';
import './idea-board/define.js';
import './expert-badge/define.js';
import './expert-finder/define.js';
import './people-admin/define.js';
import './profile/define.js';
import './notifications/define.js';
import './moderation-queue/define.js';
import './webhooks-admin/define.js';

export { configure } from './internal/defaults.js';
export { ConfabProvider } from './provider/provider.js';
export { ConfabFeedback } from './feedback/feedback.js';
export { ConfabFeedbackInbox } from './feedback-inbox/feedback-inbox.js';
export { ConfabAsk } from './ask/ask.js';
export { ConfabIdeaCard } from './idea-card/idea-card.js';
export { ConfabIdeaBoard } from './idea-board/idea-board.js';
export { ConfabExpertBadge } from './expert-badge/expert-badge.js';
export { ConfabExpertFinder } from './expert-finder/expert-finder.js';
export { ConfabPeopleAdmin } from './people-admin/people-admin.js';
export { ConfabProfile } from './profile/profile.js';
export { ConfabNotifications } from './notifications/notifications.js';
export { ConfabModerationQueue } from './moderation-queue/moderation-queue.js';
export { ConfabWebhooksAdmin } from './webhooks-admin/webhooks-admin.js';
export * from '@confab/core';
