import { formatNumber, plural } from '../../internal/format.js';
import type { FeedbackInboxStrings } from '../feedback-inbox.strings.js';

const N = (n: number) => formatNumber('pl', n);

/** `<confab-feedback-inbox>` strings in Polish, loaded on demand. */
export const strings: FeedbackInboxStrings = {
  title: 'Opinie',
  forSubject: (s) => `Opinie o: ${s}`,
  notAllowed: 'Te opinie widzą tylko moderatorzy i właściciele strony.',
  signIn: 'Zaloguj się jako moderator lub właściciel strony, aby zobaczyć te opinie.',
  empty: 'Brak opinii.',
  filterLabel: 'Pokaż',
  filters: { open: 'Otwarte', actioned: 'Załatwione', dismissed: 'Odrzucone', all: 'Wszystkie' },
  subjectLabel: 'Temat',
  subjectHint: 'Zostaw puste, aby zobaczyć wszystkie tematy.',
  summaryCount: 'Opinie',
  summaryOpen: 'Otwarte',
  summaryHelpful: 'Uznali za pomocne',
  helpfulValue: (h, n) => `${N(h)} z ${N(n)}`,
  summaryAverage: 'Średnia ocena',
  averageValue: (avg, n) => plural('pl', n, {
    one: `${avg} z 5 (${N(n)} ocena)`, few: `${avg} z 5 (${N(n)} oceny)`, many: `${avg} z 5 (${N(n)} ocen)`, other: `${avg} z 5 (${N(n)} oceny)`,
  }),
  yes: 'Pomocna: tak',
  no: 'Pomocna: nie',
  starsValue: (n) => `${N(n)} z 5 gwiazdek`,
  anonymous: 'Anonimowo',
  noComment: 'Brak komentarza.',
  subject: 'Dotyczy',
  responseFrom: (name) => `Odpowiedź od: ${name}`,
  responseLabel: 'Twoja odpowiedź',
  respond: 'Odpowiedz',
  markActioned: 'Oznacz jako załatwione',
  dismiss: 'Odrzuć',
  reopen: 'Otwórz ponownie',
  showMore: 'Pokaż więcej',
  responseRequired: 'Najpierw napisz odpowiedź.',
  responded: 'Wysłano odpowiedź.',
  stateChanged: (state) => `Oznaczono jako „${state}”.`,
  newFeedback: 'Przyszły nowe opinie.',
  feedbackFrom: (name) => `opinia od: ${name}`,
  writeResponse: 'Napisz odpowiedź',
  itemHeading: (name, rating) => `${name}: ${rating}`,
};
