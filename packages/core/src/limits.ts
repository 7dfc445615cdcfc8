/**
 * Size limits on user input, the same in every adapter and in the reference server.
 * Lengths count UTF-16 code units, as `String.prototype.length` does.
 */
export const LIMITS = {
  /** An id: a person (a token's `sub`), question, answer, idea or feedback. */
  id: 200,
  /** A person's display name. */
  name: 200,
  /** A question or idea title. */
  title: 200,
  /** A question, answer or idea body (Markdown). */
  body: 20_000,
  /** A comment on an idea. */
  comment: 5_000,
  /** A feedback comment. */
  feedbackComment: 1_000,
  /** A feedback reason chip. */
  reason: 100,
  /** An owner's response to feedback, or a reviewer's status note. */
  note: 2_000,
  /** One tag or skill name. */
  tag: 40,
  /** Tags on one item. */
  tags: 10,
  /** A context or subject key (usually a URL). */
  key: 2_000,
  /** A search text. */
  query: 200,
  /** Scopes one live stream names; a client following more asks for `all` and filters itself. */
  scopes: 20,
  /** The largest page a list returns. */
  pageSize: 100,
  /** A profile's title, department or location. */
  profileField: 200,
  /** A profile's "About" (Markdown). */
  about: 2_000,
  /** Skills on one profile. */
  skills: 30,
  // Campaigns (created and edited by admins).
  /** A campaign's purpose: why we ask, and what happens to the ideas. */
  purpose: 1_000,
  /** A campaign's description (Markdown). */
  campaignDescription: 10_000,
  /** Owners of one campaign. */
  owners: 20,
} as const;
