import type { ReportReason } from '@confab/core';
import { stringTables } from './localize.js';
import type { ByKind } from './content.strings.js';

/** The strings of the content forms (`content-forms.ts`), loaded with them on first use. */
export interface ContentFormStrings {
  /** The report form's radio group. */
  reasonLegend: string;
  reasons: Record<ReportReason, string>;
  note: string;
  noteRequired: string;
  sendReport: string;
  cancel: string;
  /** Announced after a report was sent. */
  reported: string;
  /** A second report of the same item. */
  alreadyReported: string;
  /** The moderator's reason for hiding, deleting or editing someone else's item. */
  moderatorReason: string;
  reasonRequired: string;
  /** The confirm buttons. */
  hide: string;
  remove: string;
  /** The author's delete confirmation: "Delete this answer?" */
  confirmRemove: ByKind;
  title: string;
  body: string;
  /** Comma-separated tags. */
  tags: string;
  titleRequired: string;
  bodyRequired: string;
  saveChanges: string;
  saved: string;
  /** The edit was refused and rolled back; the draft stays in the form. */
  notSaved: (why: string) => string;
  hiddenDone: string;
  removedDone: string;
  /** One earlier version: "Version 2, by Kwame Mensah". */
  version: (n: number, editor: string) => string;
  noVersions: string;
}

/** The forms' strings: English built in, the other languages in the `content-locales/` modules. */
export const contentFormStrings = stringTables<ContentFormStrings>('content-forms', {
  en: {
    reasonLegend: 'Reason',
    reasons: { spam: 'Spam', offensive: 'Offensive', 'off-topic': 'Off-topic', other: 'Other' },
    note: 'Note',
    noteRequired: 'Please add a note when the reason is Other.',
    sendReport: 'Send report',
    cancel: 'Cancel',
    reported: 'Thank you. A moderator will look at it.',
    alreadyReported: 'You already reported this.',
    moderatorReason: 'Reason',
    reasonRequired: 'Please give a reason.',
    hide: 'Hide',
    remove: 'Delete',
    confirmRemove: { question: 'Delete this question?', answer: 'Delete this answer?', idea: 'Delete this idea?', comment: 'Delete this comment?', feedback: 'Delete this feedback comment?' },
    title: 'Title',
    body: 'Text (Markdown)',
    tags: 'Tags (comma-separated)',
    titleRequired: 'Please write a title.',
    bodyRequired: 'Please write some text.',
    saveChanges: 'Save changes',
    saved: 'Changes saved.',
    notSaved: (why) => `Your changes were not saved: ${why} Your text is still in the form.`,
    hiddenDone: 'Hidden. Only its author and moderators can see it now.',
    removedDone: 'Deleted.',
    version: (n, editor) => `Version ${n}, by ${editor}`,
    noVersions: 'No earlier versions.',
  },
  de: () => import('./content-locales/de.js').then((m) => ({ strings: m.forms })),
  fr: () => import('./content-locales/fr.js').then((m) => ({ strings: m.forms })),
  es: () => import('./content-locales/es.js').then((m) => ({ strings: m.forms })),
  it: () => import('./content-locales/it.js').then((m) => ({ strings: m.forms })),
  nl: () => import('./content-locales/nl.js').then((m) => ({ strings: m.forms })),
  pl: () => import('./content-locales/pl.js').then((m) => ({ strings: m.forms })),
  pt: () => import('./content-locales/pt.js').then((m) => ({ strings: m.forms })),
  ja: () => import('./content-locales/ja.js').then((m) => ({ strings: m.forms })),
  ar: () => import('./content-locales/ar.js').then((m) => ({ strings: m.forms })),
  he: () => import('./content-locales/he.js').then((m) => ({ strings: m.forms })),
});
