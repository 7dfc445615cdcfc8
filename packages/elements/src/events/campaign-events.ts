import type { Id } from '@confab/core';

/**
 * Detail of `confab-campaign-selected`: the reader picked a campaign in a board's listing of
 * campaigns (`campaigns` attribute, no `campaign-href`); the board now shows it.
 */
export interface ConfabCampaignSelectedDetail {
  campaign: Id;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'confab-campaign-selected': CustomEvent<ConfabCampaignSelectedDetail>;
  }
}
