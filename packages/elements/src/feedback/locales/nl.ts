import { formatNumber, plural } from '../../internal/format.js';
import type { FeedbackStrings } from '../feedback.strings.js';

const N = (n: number) => formatNumber('nl', n);

/** `<confab-feedback>` strings in Dutch, loaded on demand. */
export const strings: FeedbackStrings = {
  question: 'Was deze pagina nuttig?',
  starsQuestion: 'Hoe beoordeel je deze pagina?',
  yes: 'Ja',
  no: 'Nee',
  stars: (n) => plural('nl', n, { one: `${N(n)} ster`, other: `${N(n)} sterren` }),
  starsValue: (n) => plural('nl', n, { one: `${N(n)} van 5 sterren`, other: `${N(n)} van 5 sterren` }),
  reasonsYes: ['Makkelijk te begrijpen', 'Mijn probleem is opgelost', 'Actueel'],
  reasonsNo: ['Verouderd', 'Onduidelijk', 'Informatie ontbreekt', 'Onjuist'],
  reasonLabel: 'Wat is de belangrijkste reden?',
  commentLabel: 'Voeg een opmerking toe (optioneel)',
  send: 'Versturen',
  skip: 'Overslaan',
  sending: 'Bezig met versturen…',
  sendNow: 'Nu versturen',
  anonymousNote: 'Anoniem verstuurd: de eigenaar van de pagina ziet je naam niet.',
  thanks: 'Bedankt voor je feedback!',
  answered: (when) => `Je hebt ${when} feedback gegeven.`,
  yourAnswer: 'Je antwoord',
  reason: 'Reden',
  comment: 'Opmerking',
  responseFrom: (name) => `Reactie van ${name}`,
  noResponse: 'De eigenaar van de pagina heeft nog niet gereageerd.',
  again: 'Nieuwe feedback geven',
  summaryHelpful: (h, n) => `${N(h)} van de ${N(n)} vonden dit nuttig`,
  summaryStars: (avg, n) => plural('nl', n, { one: `Beoordeeld met ${avg} van 5 (${N(n)} beoordeling)`, other: `Beoordeeld met ${avg} van 5 (${N(n)} beoordelingen)` }),
  summaryNone: 'Nog geen feedback.',
};
