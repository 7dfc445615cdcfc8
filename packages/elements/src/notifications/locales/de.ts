import { formatNumber } from '../../internal/format.js';
import type { NotificationsStrings } from '../notifications.strings.js';

const N = (n: number) => formatNumber('de', n);

/** `<confab-notifications>` strings in German, loaded on demand. */
export const strings: NotificationsStrings = {
  bell: (n) => `Benachrichtigungen, ${N(n)} ungelesen`,
  title: 'Benachrichtigungen',
  markAllRead: 'Alle als gelesen markieren',
  preferences: 'Einstellungen',
  back: 'Zurück zu den Benachrichtigungen',
  empty: 'Noch keine Benachrichtigungen.',
  signIn: 'Melden Sie sich an, um Ihre Benachrichtigungen zu sehen.',
  unread: 'Ungelesen',
  showMore: 'Mehr anzeigen',
  allRead: 'Alle Benachrichtigungen als gelesen markiert.',
  arrived: (text) => `Neue Benachrichtigung: ${text}`,
  someone: 'Jemand',
  line: {
    'answer.created': (a, t) => `${a} hat geantwortet: ${t}`,
    'answer.accepted': (a, t) => `${a} hat eine Antwort akzeptiert: ${t}`,
    'question.routed': (_a, t) => `Sie wurden gefragt: ${t}`,
    'question.escalated': (_a, t) => `Weitere Fachleute gefragt: ${t}`,
    'idea.status': (a, t) => `${a} hat den Status geändert: ${t}`,
    'comment.created': (a, t) => `${a} hat kommentiert: ${t}`,
    'idea.review-due': (_a, t) => `Wartet auf Prüfung: ${t}`,
    'feedback.responded': (a, t) => `${a} hat auf Ihr Feedback geantwortet: ${t}`,
    mention: (a, t) => `${a} hat Sie erwähnt in: ${t}`,
    'webhook.disabled': (_a, t) => `Ein Webhook wurde deaktiviert: ${t}`,
    'content.moderated': (_a, t) => `Ihr Beitrag wurde moderiert: ${t}`,
  },
  types: {
    'question.routed': 'An Sie gerichtete Fragen',
    'answer.created': 'Neue Antworten',
    'answer.accepted': 'Akzeptierte Antworten',
    'question.escalated': 'An weitere Fachleute weitergegebene Fragen',
    'idea.status': 'Statusänderungen von Ideen',
    'comment.created': 'Neue Kommentare',
    'idea.review-due': 'Ideen, die auf Prüfung warten',
    'feedback.responded': 'Antworten auf Ihr Feedback',
    mention: 'Erwähnungen',
    'webhook.disabled': 'Deaktivierte Webhooks',
    'content.moderated': 'Moderation Ihrer Beiträge',
  },
  channels: { page: 'Auf der Seite', digest: 'In der E-Mail-Zusammenfassung', immediate: 'Sofort per E-Mail', off: 'Aus' },
  digestLabel: 'E-Mail-Zusammenfassung',
  digest: { daily: 'Täglich', weekly: 'Wöchentlich' },
  autoFollowLegend: 'Automatisch folgen',
  autoFollow: { write: 'Was ich schreibe', vote: 'Worüber ich abstimme', comment: 'Was ich kommentiere' },
  save: 'Einstellungen speichern',
  saved: 'Einstellungen gespeichert.',
};
