import { formatNumber, plural } from '../../internal/format.js';
import type { FeedbackInboxStrings } from '../feedback-inbox.strings.js';

const N = (n: number) => formatNumber('de', n);

/** `<confab-feedback-inbox>` strings in German, loaded on demand. */
export const strings: FeedbackInboxStrings = {
  title: 'Feedback',
  forSubject: (s) => `Feedback zu ${s}`,
  notAllowed: 'Nur Moderierende und Verantwortliche der Seite können dieses Feedback sehen.',
  signIn: 'Melden Sie sich als Moderator:in oder Verantwortliche:r der Seite an, um dieses Feedback zu sehen.',
  empty: 'Hier gibt es kein Feedback.',
  filterLabel: 'Anzeigen',
  filters: { open: 'Offen', actioned: 'Erledigt', dismissed: 'Verworfen', all: 'Alle' },
  subjectLabel: 'Gegenstand',
  subjectHint: 'Leer lassen für alle Gegenstände.',
  summaryCount: 'Feedback',
  summaryOpen: 'Offen',
  summaryHelpful: 'Fanden es hilfreich',
  helpfulValue: (h, n) => `${N(h)} von ${N(n)}`,
  summaryAverage: 'Durchschnittliche Bewertung',
  averageValue: (avg, n) => plural('de', n, { one: `${avg} von 5 (1 Bewertung)`, other: `${avg} von 5 (${N(n)} Bewertungen)` }),
  yes: 'Hilfreich: ja',
  no: 'Hilfreich: nein',
  starsValue: (n) => plural('de', n, { one: '1 von 5 Sternen', other: `${N(n)} von 5 Sternen` }),
  anonymous: 'Anonym',
  noComment: 'Kein Kommentar.',
  subject: 'Zu',
  responseFrom: (name) => `Antwort von ${name}`,
  responseLabel: 'Ihre Antwort',
  respond: 'Antworten',
  markActioned: 'Als erledigt markieren',
  dismiss: 'Verwerfen',
  reopen: 'Wieder öffnen',
  showMore: 'Mehr anzeigen',
  responseRequired: 'Schreiben Sie zuerst eine Antwort.',
  responded: 'Antwort gesendet.',
  stateChanged: (state) => `Markiert als „${state}“.`,
  newFeedback: 'Neues Feedback ist eingegangen.',
  feedbackFrom: (name) => `Feedback von ${name}`,
  writeResponse: 'Antwort schreiben',
  itemHeading: (name, rating) => `${name}: ${rating}`,
};
