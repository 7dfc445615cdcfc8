import { formatNumber, plural } from '../../internal/format.js';
import type { FeedbackInboxStrings } from '../feedback-inbox.strings.js';

const N = (n: number) => formatNumber('it', n);

/** `<confab-feedback-inbox>` strings in Italian, loaded on demand. */
export const strings: FeedbackInboxStrings = {
  title: 'Feedback',
  forSubject: (s) => `Feedback su ${s}`,
  notAllowed: 'Solo i moderatori e i responsabili della pagina possono vedere questo feedback.',
  signIn: 'Accedi come moderatore o responsabile della pagina per vedere questo feedback.',
  empty: 'Nessun feedback qui.',
  filterLabel: 'Mostra',
  filters: { open: 'Aperti', actioned: 'Gestiti', dismissed: 'Archiviati', all: 'Tutti' },
  subjectLabel: 'Oggetto',
  subjectHint: 'Lascia vuoto per tutti gli oggetti.',
  summaryCount: 'Feedback',
  summaryOpen: 'Aperti',
  summaryHelpful: 'L’hanno trovata utile',
  helpfulValue: (h, n) => `${N(h)} su ${N(n)}`,
  summaryAverage: 'Valutazione media',
  averageValue: (avg, n) => plural('it', n, { one: `${avg} su 5 (${N(n)} valutazione)`, other: `${avg} su 5 (${N(n)} valutazioni)` }),
  yes: 'Utile: sì',
  no: 'Utile: no',
  starsValue: (n) => plural('it', n, { one: `${N(n)} stella su 5`, other: `${N(n)} stelle su 5` }),
  anonymous: 'Anonimo',
  noComment: 'Nessun commento.',
  subject: 'Su',
  responseFrom: (name) => `Risposta di ${name}`,
  responseLabel: 'La tua risposta',
  respond: 'Rispondi',
  markActioned: 'Segna come gestito',
  dismiss: 'Archivia',
  reopen: 'Riapri',
  showMore: 'Mostra altro',
  responseRequired: 'Scrivi prima una risposta.',
  responded: 'Risposta inviata.',
  stateChanged: (state) => `Segnato come «${state}».`,
  newFeedback: 'È arrivato nuovo feedback.',
  feedbackFrom: (name) => `feedback di ${name}`,
  writeResponse: 'Scrivi una risposta',
  itemHeading: (name, rating) => `${name}: ${rating}`,
};
