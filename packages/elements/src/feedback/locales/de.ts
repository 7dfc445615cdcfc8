import { formatNumber, plural } from '../../internal/format.js';
import type { FeedbackStrings } from '../feedback.strings.js';

const N = (n: number) => formatNumber('de', n);

/** `<confab-feedback>` strings in German, loaded on demand. */
export const strings: FeedbackStrings = {
  question: 'War diese Seite hilfreich?',
  starsQuestion: 'Wie bewerten Sie diese Seite?',
  yes: 'Ja',
  no: 'Nein',
  stars: (n) => plural('de', n, { one: '1 Stern', other: `${N(n)} Sterne` }),
  starsValue: (n) => plural('de', n, { one: '1 von 5 Sternen', other: `${N(n)} von 5 Sternen` }),
  reasonsYes: ['Leicht verständlich', 'Problem gelöst', 'Aktuell'],
  reasonsNo: ['Veraltet', 'Unklar', 'Informationen fehlen', 'Falsch'],
  reasonLabel: 'Was ist der Hauptgrund?',
  commentLabel: 'Kommentar hinzufügen (optional)',
  send: 'Senden',
  skip: 'Überspringen',
  sending: 'Wird gesendet …',
  sendNow: 'Jetzt senden',
  anonymousNote: 'Anonym gesendet: Die Verantwortlichen der Seite sehen Ihren Namen nicht.',
  thanks: 'Danke für Ihr Feedback!',
  answered: (when) => `Sie haben ${when} Feedback gegeben.`,
  yourAnswer: 'Ihre Antwort',
  reason: 'Grund',
  comment: 'Kommentar',
  responseFrom: (name) => `Antwort von ${name}`,
  noResponse: 'Die Verantwortlichen der Seite haben noch nicht geantwortet.',
  again: 'Erneut Feedback geben',
  summaryHelpful: (h, n) => `${N(h)} von ${N(n)} fanden das hilfreich`,
  summaryStars: (avg, n) => plural('de', n, { one: `Bewertet mit ${avg} von 5 (1 Bewertung)`, other: `Bewertet mit ${avg} von 5 (${N(n)} Bewertungen)` }),
  summaryNone: 'Noch kein Feedback.',
};
