import type { NotificationChannel, NotificationType } from '@confab/core';
import { formatNumber } from '../internal/format.js';
import { stringTables } from '../internal/localize.js';

/** A count written the English way (`Intl.NumberFormat`): 1,234. */
const N = (n: number) => formatNumber('en', n);

/** The strings of `<confab-notifications>`; override any of them per instance with the `strings` property. */
export interface NotificationsStrings {
  /** The bell's accessible name: "Notifications, 3 unread". */
  bell: (unread: number) => string;
  title: string;
  markAllRead: string;
  preferences: string;
  /** Leaves the preferences for the list. */
  back: string;
  empty: string;
  signIn: string;
  /** Marks an unread notification for screen readers (the dot shows it). */
  unread: string;
  showMore: string;
  allRead: string;
  /** Announced politely when a notification arrives live. */
  arrived: (text: string) => string;
  /** Stands for an unknown actor. */
  someone: string;
  /** One line per type: who (actor's name) did what on which item (title). */
  line: Record<NotificationType, (actor: string, title: string) => string>;
  /** Each type as the preferences list it. */
  types: Record<NotificationType, string>;
  channels: Record<NotificationChannel, string>;
  digestLabel: string;
  digest: { daily: string; weekly: string };
  autoFollowLegend: string;
  autoFollow: { write: string; vote: string; comment: string };
  save: string;
  saved: string;
}

/** `<confab-notifications>` strings: English built in, every other language in its own module under `locales/`, loaded when used. */
export const notificationsStrings = stringTables<NotificationsStrings>('notifications', {
  en: {
    bell: (n) => `Notifications, ${N(n)} unread`,
    title: 'Notifications',
    markAllRead: 'Mark all as read',
    preferences: 'Preferences',
    back: 'Back to notifications',
    empty: 'No notifications yet.',
    signIn: 'Sign in to see your notifications.',
    unread: 'Unread',
    showMore: 'Show more',
    allRead: 'All notifications marked as read.',
    arrived: (text) => `New notification: ${text}`,
    someone: 'Someone',
    line: {
      'answer.created': (a, t) => `${a} answered: ${t}`,
      'answer.accepted': (a, t) => `${a} accepted an answer: ${t}`,
      'question.routed': (_a, t) => `You were asked: ${t}`,
      'question.escalated': (_a, t) => `Asked more experts: ${t}`,
      'idea.status': (a, t) => `${a} changed the status of: ${t}`,
      'comment.created': (a, t) => `${a} commented on: ${t}`,
      'idea.review-due': (_a, t) => `Waiting for review: ${t}`,
      'feedback.responded': (a, t) => `${a} responded to your feedback on: ${t}`,
      mention: (a, t) => `${a} mentioned you in: ${t}`,
      'webhook.disabled': (_a, t) => `A webhook was disabled: ${t}`,
      'content.moderated': (_a, t) => `Your post was moderated: ${t}`,
    },
    types: {
      'question.routed': 'Questions asked of you',
      'answer.created': 'New answers',
      'answer.accepted': 'Accepted answers',
      'question.escalated': 'Questions passed on to more experts',
      'idea.status': 'Status changes of ideas',
      'comment.created': 'New comments',
      'idea.review-due': 'Ideas waiting for review',
      'feedback.responded': 'Responses to your feedback',
      mention: 'Mentions',
      'webhook.disabled': 'Disabled webhooks',
      'content.moderated': 'Moderation of your posts',
    },
    channels: { page: 'In the page', digest: 'In the e-mail digest', immediate: 'E-mail at once', off: 'Off' },
    digestLabel: 'E-mail digest',
    digest: { daily: 'Daily', weekly: 'Weekly' },
    autoFollowLegend: 'Follow automatically',
    autoFollow: { write: 'What I write', vote: 'What I vote on', comment: 'What I comment on' },
    save: 'Save preferences',
    saved: 'Preferences saved.',
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
