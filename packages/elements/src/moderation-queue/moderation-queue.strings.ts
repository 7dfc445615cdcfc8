import type { AuditAction, ContentKind, ReportReason, Role } from '@confab/core';
import { formatNumber, plural } from '../internal/format.js';
import { stringTables } from '../internal/localize.js';

/** A count written the English way (`Intl.NumberFormat`): 1,234. */
const N = (n: number) => formatNumber('en', n);

/** The "Show" filter of the queue: everything, reported items only, or held first posts only. */
export type QueueShow = 'everything' | 'reported' | 'held';

/** The strings of `<confab-moderation-queue>`; override any of them per instance with the `strings` property. */
export interface ModerationQueueStrings {
  /** The widget's heading. */
  title: string;
  /** Shown to anyone who is not a moderator or an admin (signed out included). */
  notAllowed: string;
  /** The queue holds nothing (for these filters). */
  empty: string;
  /** The label of the group of view buttons. */
  views: string;
  /** The view button of the queue itself. */
  queue: string;
  /** The view button (and heading) of the audit log. */
  history: string;
  kindLabel: string;
  allKinds: string;
  /** Each kind's name, capitalised (a filter option and an entry's label). */
  kinds: Record<ContentKind, string>;
  reasonLabel: string;
  allReasons: string;
  /** Each report reason, capitalised. */
  reasons: Record<ReportReason, string>;
  showLabel: string;
  shows: Record<QueueShow, string>;
  /** An entry's heading: its kind and title ("Answer: How do I book travel?"). */
  entryTitle: (kind: string, title: string) => string;
  /** When the entry entered the queue; `time` is relative ("2 hours ago"). */
  queued: (time: string) => string;
  /** Before the reason of an audit entry. */
  reasonShown: (reason: string) => string;
  /** The heading of an entry's reports. */
  reports: (n: number) => string;
  /** An entry's score: the sum of its open reports' weights. */
  score: (score: string) => string;
  /** One report: its reason and who made it, with the weight of their record. */
  report: (reason: string, name: string, weight: string) => string;
  /** A held post without reports. */
  noReports: string;
  /** The heading of the author's part of an entry. */
  author: (name: string) => string;
  reportsAgreed: string;
  reportsDismissed: string;
  removed: string;
  approvedPosts: string;
  restrictedUntil: string;
  notRestricted: string;
  /** The heading of earlier moderation of an author. */
  historyOf: (name: string) => string;
  noHistory: string;
  /** Each audit action, as a short past-tense phrase. */
  actions: Record<AuditAction, string>;
  /** The actor of an automatic action (auto-hide by reports, roles from the identity provider). */
  automatic: string;
  /** Whom an audit entry concerns. */
  about: (name: string) => string;
  forDays: (n: number) => string;
  roles: Record<Role, string>;
  rolesNow: (roles: string) => string;
  holdFirstPosts: (n: number) => string;
  noteLabel: string;
  noteHint: string;
  noteRequired: string;
  keep: string;
  hide: string;
  delete: string;
  restore: string;
  approve: string;
  restrictAuthor: string;
  daysLabel: string;
  daysHint: string;
  daysInvalid: string;
  kept: string;
  hiddenDone: string;
  deleted: string;
  restored: string;
  approved: string;
  restricted: (name: string, until: string) => string;
  unrestricted: (name: string) => string;
  staffNotes: (name: string) => string;
  noStaffNotes: string;
  addStaffNote: string;
  staffNoteLabel: string;
  saveNote: string;
  staffNoteRequired: string;
  staffNoteSaved: string;
  /** Announced when an item enters the queue live. */
  newEntry: string;
  /** Announced when another moderator resolved an item shown here. */
  entryResolved: string;
  showMore: string;
  historyEmpty: string;
  /** Shown in "History" to moderators who are not admins. */
  historyForbidden: string;
  /** A moderation action failed offline: nothing was kept for later. */
  actionOffline: string;
}

/** `<confab-moderation-queue>` strings: English built in, every other language in its own module under `locales/`, loaded when used. */
export const moderationQueueStrings = stringTables<ModerationQueueStrings>('moderation-queue', {
  en: {
    title: 'Moderation queue',
    notAllowed: 'Only moderators can see the moderation queue.',
    empty: 'Nothing to review',
    views: 'View',
    queue: 'Queue',
    history: 'History',
    kindLabel: 'Kind',
    allKinds: 'All kinds',
    kinds: { question: 'Question', answer: 'Answer', idea: 'Idea', comment: 'Comment', feedback: 'Feedback' },
    reasonLabel: 'Reason',
    allReasons: 'All reasons',
    reasons: { spam: 'Spam', offensive: 'Offensive', 'off-topic': 'Off-topic', other: 'Other' },
    showLabel: 'Show',
    shows: { everything: 'Everything', reported: 'Reported', held: 'Held' },
    entryTitle: (kind, title) => `${kind}: ${title}`,
    queued: (time) => `Queued ${time}`,
    reasonShown: (reason) => `Reason: ${reason}`,
    reports: (n) => plural('en', n, { one: '1 report', other: `${N(n)} reports` }),
    score: (score) => `Score: ${score}`,
    report: (reason, name, weight) => `${reason}, reported by ${name} (weight ${weight})`,
    noReports: 'No reports: a first post waiting for approval.',
    author: (name) => `Author: ${name}`,
    reportsAgreed: 'Reports agreed',
    reportsDismissed: 'Reports dismissed',
    removed: 'Posts removed',
    approvedPosts: 'Approved posts',
    restrictedUntil: 'Restricted until',
    notRestricted: 'Not restricted',
    historyOf: (name) => `History of ${name}`,
    noHistory: 'No earlier moderation.',
    actions: {
      edit: 'edited', hide: 'hid', delete: 'deleted', restore: 'restored', approve: 'approved', keep: 'kept',
      'auto-hide': 'hid after reports', restrict: 'restricted', 'staff-note': 'added a staff note', roles: 'changed roles', policy: 'changed the hold of first posts',
    },
    automatic: 'Automatic',
    about: (name) => `about ${name}`,
    forDays: (n) => (n === 0 ? 'restriction lifted' : plural('en', n, { one: 'for 1 day', other: `for ${N(n)} days` })),
    roles: { member: 'Member', moderator: 'Moderator', admin: 'Admin' },
    rolesNow: (roles) => `now: ${roles}`,
    holdFirstPosts: (n) => plural('en', n, { one: 'hold the first post', other: `hold the first ${N(n)} posts` }),
    noteLabel: 'Note',
    noteHint: 'Required for Hide, Delete and Restrict author. The author sees it.',
    noteRequired: 'Write a note: Hide, Delete and Restrict author need one.',
    keep: 'Keep',
    hide: 'Hide',
    delete: 'Delete',
    restore: 'Restore',
    approve: 'Approve',
    restrictAuthor: 'Restrict author',
    daysLabel: 'Days',
    daysHint: 'How long the author can read but not post; 0 lifts a restriction.',
    daysInvalid: 'Enter a whole number of days from 0 to 365.',
    kept: 'Kept: the reports were dismissed.',
    hiddenDone: 'Hidden.',
    deleted: 'Deleted.',
    restored: 'Restored: everyone can see it again.',
    approved: 'Approved: everyone can see it now.',
    restricted: (name, until) => `${name} can read but cannot post until ${until}.`,
    unrestricted: (name) => `${name} can post again.`,
    staffNotes: (name) => `Staff notes on ${name}`,
    noStaffNotes: 'No staff notes yet.',
    addStaffNote: 'Add staff note',
    staffNoteLabel: 'Staff note',
    saveNote: 'Save note',
    staffNoteRequired: 'Write the staff note first.',
    staffNoteSaved: 'Staff note saved.',
    newEntry: 'A new item is waiting for review.',
    entryResolved: 'Another moderator dealt with an item.',
    showMore: 'Show more',
    historyEmpty: 'Nothing in the audit log yet.',
    historyForbidden: 'Only admins can read the audit log.',
    actionOffline: 'You are offline. Nothing was changed; try again when you are back online.',
  },
  de: () => import('./locales/de.js'),
  fr: () => import('./locales/fr.js'),
  es: () => import('./locales/es.js'),
  it: () => import('./locales/it.js'),
  nl: () => import('./locales/nl.js'),
  pl: () => import('./locales/pl.js'),
  pt: () => import('./locales/pt.js'),
  ja: () => import('./locales/ja.js'),
  ar: () => import('./locales/ar.js'),
  he: () => import('./locales/he.js'),
});
