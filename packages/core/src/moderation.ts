/**
 * Issue 13: the settings of "just enough structure" and the weight of a report. The domain
 * (`./domain/moderation*.ts`) applies them; the server reads them from its environment and
 * `MemoryAdapter` from its options.
 */
import type { ModerationRecord } from './types.js';

/** How moderation behaves; every field has a default (`DEFAULT_MODERATION_POLICY`). */
export interface ModerationPolicy {
  /**
   * `CONFAB_AUTO_HIDE_SCORE`: an item whose open reports weigh this much in all is hidden pending
   * review and its author is told why. Default 3: three members with no record, or fewer members
   * whose earlier reports moderators agreed with (see `reportWeight`).
   */
  autoHideScore: number;
  /** `CONFAB_HOLD_FIRST_POSTS`: a person's first N posts wait for approval; 0 (the default) is off. Overridden per campaign and context. */
  holdFirstPosts: number;
  /** `CONFAB_NEW_PERSON_HOURS`: how long a person counts as new after Confab first sees them (default 24). */
  newPersonHours: number;
  /** `CONFAB_NEW_PERSON_POSTS_PER_HOUR`: posts a new person may make in any hour (default 5); others are limited only by the server's rate limits. */
  newPersonPostsPerHour: number;
  /** `CONFAB_NEW_PERSON_LINKS`: links a new person may put in one post (default 2). */
  newPersonLinks: number;
}

/** The defaults, documented in the README. */
export const DEFAULT_MODERATION_POLICY: Readonly<ModerationPolicy> = Object.freeze({
  autoHideScore: 3,
  holdFirstPosts: 0,
  newPersonHours: 24,
  newPersonPostsPerHour: 5,
  newPersonLinks: 2,
});

/** The lightest and heaviest a report can weigh. */
export const REPORT_WEIGHT = { min: 0.5, max: 3 } as const;

/**
 * What a report adds to an item's score, from the reporter's record: 1, plus ¼ for each earlier
 * report moderators agreed with, minus ¼ for each they dismissed, between 0.5 and 3. So a
 * member whose eight earlier reports were right hides an item alone at the default score of 3,
 * and one whose reports were mostly wrong counts for half.
 *
 * @example
 * ```ts
 * reportWeight({ reportsAgreed: 4, reportsDismissed: 0 }); // 2
 * ```
 */
export function reportWeight(record: Pick<ModerationRecord, 'reportsAgreed' | 'reportsDismissed'>): number {
  const raw = 1 + (record.reportsAgreed - record.reportsDismissed) / 4;
  return Math.min(REPORT_WEIGHT.max, Math.max(REPORT_WEIGHT.min, raw));
}
