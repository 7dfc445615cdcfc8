/**
 * Live scopes: the only place their names are built. A change event lists the scopes it
 * happened in; a subscriber follows some of them. Widgets, adapters and the server all use
 * these helpers, so a scope string is written once.
 *
 * @example
 * ```ts
 * adapter.live?.subscribe([scopes.question(id)], (event) => refresh(event));
 * ```
 */
import type { Id } from './types.js';

export const scopes = {
  /** Every change. */
  all: 'all',
  /** Every feedback change (owners' inboxes). */
  feedback: 'feedback',
  /** Questions asked in a context (a page URL or any key). */
  context: (context: string) => `context:${context}`,
  /** One question and its answers. */
  question: (id: Id) => `question:${id}`,
  /** Ideas of one campaign, or of none (`null`). */
  campaign: (id: Id | null) => `campaign:${id ?? 'none'}`,
  /** Every campaign created, edited or closed (campaign listings). */
  campaigns: 'campaigns',
  /** One idea and its comments. */
  idea: (id: Id) => `idea:${id}`,
  /** Feedback on one subject. */
  subject: (subject: string) => `subject:${subject}`,
  /** One person's profile. */
  person: (id: Id) => `person:${id}`,
  /** One person's notifications: only that person receives them. */
  inbox: (id: Id) => `inbox:${id}`,
  /** Issue 13: the moderation queue (`moderation.queue`): only moderators receive it. */
  moderation: 'moderation',
} as const;

/** The scopes of a change to a question or its answers. */
export function questionScopes(q: { id: Id; context: string }): string[] {
  return [scopes.context(q.context), scopes.question(q.id)];
}

/** The scopes of a change to an idea or its comments. */
export function ideaScopes(idea: { id: Id; campaignId: Id | null }): string[] {
  return [scopes.campaign(idea.campaignId), scopes.idea(idea.id)];
}

/** The scopes of a change to a campaign itself: every listing, and boards of that campaign. */
export function campaignScopes(campaign: { id: Id }): string[] {
  return [scopes.campaigns, scopes.campaign(campaign.id)];
}

/** The scopes of a change to feedback. */
export function feedbackScopes(f: { subject: string }): string[] {
  return [scopes.subject(f.subject), scopes.feedback];
}

/** The scopes of a change to a person. */
export function personScopes(personId: Id): string[] {
  return [scopes.person(personId)];
}
