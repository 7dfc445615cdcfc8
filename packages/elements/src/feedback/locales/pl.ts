import { formatNumber, plural } from '../../internal/format.js';
import type { FeedbackStrings } from '../feedback.strings.js';

const N = (n: number) => formatNumber('pl', n);

/** `<confab-feedback>` strings in Polish, loaded on demand. */
export const strings: FeedbackStrings = {
  question: 'Czy ta strona była pomocna?',
  starsQuestion: 'Jak oceniasz tę stronę?',
  yes: 'Tak',
  no: 'Nie',
  stars: (n) => plural('pl', n, { one: `${N(n)} gwiazdka`, few: `${N(n)} gwiazdki`, many: `${N(n)} gwiazdek`, other: `${N(n)} gwiazdki` }),
  starsValue: (n) => `${N(n)} z 5 gwiazdek`,
  reasonsYes: ['Łatwa do zrozumienia', 'Rozwiązała mój problem', 'Aktualna'],
  reasonsNo: ['Nieaktualna', 'Niejasna', 'Brakuje informacji', 'Błędna'],
  reasonLabel: 'Jaki jest główny powód?',
  commentLabel: 'Dodaj komentarz (opcjonalnie)',
  send: 'Wyślij',
  skip: 'Pomiń',
  sending: 'Wysyłanie…',
  sendNow: 'Wyślij teraz',
  anonymousNote: 'Wysłano anonimowo: właściciel strony nie zobaczy Twojego imienia i nazwiska.',
  thanks: 'Dziękujemy za opinię!',
  answered: (when) => `Twoja opinia: ${when}.`,
  yourAnswer: 'Twoja odpowiedź',
  reason: 'Powód',
  comment: 'Komentarz',
  responseFrom: (name) => `Odpowiedź od: ${name}`,
  noResponse: 'Właściciel strony jeszcze nie odpowiedział.',
  again: 'Wystaw nową opinię',
  summaryHelpful: (h, n) => `Uznane za pomocne: ${N(h)} z ${N(n)}`,
  summaryStars: (avg, n) => plural('pl', n, {
    one: `Ocena ${avg} z 5 (${N(n)} ocena)`, few: `Ocena ${avg} z 5 (${N(n)} oceny)`, many: `Ocena ${avg} z 5 (${N(n)} ocen)`, other: `Ocena ${avg} z 5 (${N(n)} oceny)`,
  }),
  summaryNone: 'Nie ma jeszcze opinii.',
};
