import type { Person } from '@confab/core';

/** Detail of `confab-profile-saved`: a profile was stored by `<confab-profile>`. */
export interface ConfabProfileSavedDetail {
  /** The person as the adapter stored them. */
  person: Person;
}

/**
 * Detail of `confab-edit-profile`: "Edit profile" was chosen on your own expert badge card,
 * which has no `profile-url` to link to. Cancel it (`preventDefault()`) when you handle it, e.g.
 * by opening a `<confab-profile>` in a dialog; the card then stays out of the way.
 */
export interface ConfabEditProfileDetail {
  /** The person whose card it is (the signed-in user). */
  person: Person;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'confab-profile-saved': CustomEvent<ConfabProfileSavedDetail>;
    'confab-edit-profile': CustomEvent<ConfabEditProfileDetail>;
  }
}
