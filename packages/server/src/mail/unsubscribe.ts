/** What an unsubscribe link changes: the mailed channels it names become "in the page" only. */
import { NOTIFICATION_TYPES, type NotificationPreferences } from '@confab/core';
import type { UnsubscribeScope } from './tokens.js';

/**
 * The preferences after unsubscribing from `scope`: one type, every type mailed in the digest, or
 * every mailed type ('all'). Notifications keep appearing in the page; nothing else changes.
 */
export function unsubscribed(prefs: NotificationPreferences, scope: UnsubscribeScope): NotificationPreferences {
  const channels = { ...prefs.channels };
  for (const type of NOTIFICATION_TYPES) {
    const channel = channels[type];
    const mailed = channel === 'digest' || channel === 'immediate';
    if (!mailed) continue;
    if (scope === 'all' || scope === type || (scope === 'digest' && channel === 'digest')) channels[type] = 'page';
  }
  return { ...prefs, channels };
}
