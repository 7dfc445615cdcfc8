import type { Person } from '@confab/core';

/** Detail of `confab-ask-expert`: someone chose "Ask <name>" on a profile card. */
export interface ConfabAskExpertDetail {
  /** The person to ask, as the card showed them. */
  person: Person;
}

/** Detail of `confab-endorsed`: the current user endorsed a skill, or withdrew an endorsement. */
export interface ConfabEndorsedDetail {
  /** The person after the change, as the adapter returned them. */
  person: Person;
  /** The skill's name. */
  skill: string;
  /** True for an endorsement, false when it was withdrawn. */
  endorsed: boolean;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'confab-ask-expert': CustomEvent<ConfabAskExpertDetail>;
    'confab-endorsed': CustomEvent<ConfabEndorsedDetail>;
  }
}
