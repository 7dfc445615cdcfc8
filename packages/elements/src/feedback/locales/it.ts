import { formatNumber, plural } from '../../internal/format.js';
import type { FeedbackStrings } from '../feedback.strings.js';

const N = (n: number) => formatNumber('it', n);

/** `<confab-feedback>` strings in Italian, loaded on demand. */
export const strings: FeedbackStrings = {
  question: 'Questa pagina ti è stata utile?',
  starsQuestion: 'Come valuti questa pagina?',
  yes: 'Sì',
  no: 'No',
  stars: (n) => plural('it', n, { one: `${N(n)} stella`, other: `${N(n)} stelle` }),
  starsValue: (n) => plural('it', n, { one: `${N(n)} stella su 5`, other: `${N(n)} stelle su 5` }),
  reasonsYes: ['Facile da capire', 'Ha risolto il mio problema', 'Aggiornata'],
  reasonsNo: ['Non aggiornata', 'Poco chiara', 'Mancano informazioni', 'Errata'],
  reasonLabel: 'Qual è il motivo principale?',
  commentLabel: 'Aggiungi un commento (facoltativo)',
  send: 'Invia',
  skip: 'Salta',
  sending: 'Invio in corso…',
  sendNow: 'Invia ora',
  anonymousNote: 'Inviato in forma anonima: il responsabile della pagina non vedrà il tuo nome.',
  thanks: 'Grazie per il tuo feedback!',
  answered: (when) => `Hai lasciato un feedback ${when}.`,
  yourAnswer: 'La tua risposta',
  reason: 'Motivo',
  comment: 'Commento',
  responseFrom: (name) => `Risposta di ${name}`,
  noResponse: 'Il responsabile della pagina non ha ancora risposto.',
  again: 'Lascia un nuovo feedback',
  summaryHelpful: (h, n) => `${N(h)} su ${N(n)} l’hanno trovata utile`,
  summaryStars: (avg, n) => plural('it', n, { one: `Valutazione: ${avg} su 5 (${N(n)} valutazione)`, other: `Valutazione: ${avg} su 5 (${N(n)} valutazioni)` }),
  summaryNone: 'Ancora nessun feedback.',
};
