import type { ContentKind } from '@confab/core';
import { stringTables, type Locales } from './localize.js';

/** One text per content kind: "Report answer", "Report comment", … */
export type ByKind = Record<ContentKind, string>;

/** Builds a `ByKind` from each kind's word (with its article where the language needs one) and a pattern. */
export function byKind(words: ByKind, pattern: (word: string) => string): ByKind {
  return {
    question: pattern(words.question), answer: pattern(words.answer), idea: pattern(words.idea),
    comment: pattern(words.comment), feedback: pattern(words.feedback),
  };
}

/**
 * The strings of the content lifecycle that every item shows at once (`content-actions.ts`,
 * `content-status.ts`): the action buttons' accessible names and the state labels. The forms'
 * strings load with the forms (`content-forms.strings.ts`).
 */
export interface ContentStrings {
  /** "Report answer": not on your own content, absent signed out. */
  report: ByKind;
  /** "Edit answer": the author and moderators. */
  edit: ByKind;
  /** "Delete answer": the author and moderators. */
  remove: ByKind;
  /** "Hide answer": moderators. */
  hide: ByKind;
  /** "Restore answer": moderators, on hidden and deleted items. */
  restore: ByKind;
  /** Before the time of the last edit: "edited <time>". */
  edited: string;
  removedByAuthor: string;
  removedByModerator: string;
  /** The label of hidden content (its author and moderators see it, with the reason). */
  hidden: string;
  /** The reason shown for content hidden by reports (the backend's own text is English). */
  hiddenByCommunity: string;
  /** Before the reason of a hidden or deleted item: "Reason: …". */
  reason: (reason: string) => string;
  /** A held first post, for its author and moderators. */
  held: string;
  /** Moderators, on an edited item. */
  earlierVersions: string;
  /** Announced after "Restore". */
  restored: string;
}

const en = {
  question: 'question', answer: 'answer', idea: 'idea', comment: 'comment', feedback: 'feedback',
};

/** Every language but English: one module each under `content-locales/`, with the forms' strings. */
export const contentLocales: Omit<Locales<ContentStrings>, 'en'> = {
  de: () => import('./content-locales/de.js'),
  fr: () => import('./content-locales/fr.js'),
  es: () => import('./content-locales/es.js'),
  it: () => import('./content-locales/it.js'),
  nl: () => import('./content-locales/nl.js'),
  pl: () => import('./content-locales/pl.js'),
  pt: () => import('./content-locales/pt.js'),
  ja: () => import('./content-locales/ja.js'),
  ar: () => import('./content-locales/ar.js'),
  he: () => import('./content-locales/he.js'),
};

/** The content lifecycle's labels and buttons: English built in. */
export const contentStrings = stringTables<ContentStrings>('content', {
  en: {
    report: byKind(en, (w) => `Report ${w}`),
    edit: byKind(en, (w) => `Edit ${w}`),
    remove: byKind(en, (w) => `Delete ${w}`),
    hide: byKind(en, (w) => `Hide ${w}`),
    restore: byKind(en, (w) => `Restore ${w}`),
    edited: 'edited',
    removedByAuthor: 'Removed by its author',
    removedByModerator: 'Removed by a moderator',
    hidden: 'Hidden',
    hiddenByCommunity: 'Hidden pending review: reported by members.',
    reason: (reason) => `Reason: ${reason}`,
    held: 'Waiting for review',
    earlierVersions: 'Earlier versions',
    restored: 'Restored. Everyone can see it again.',
  },
  ...contentLocales,
});
