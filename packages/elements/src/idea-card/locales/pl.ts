import { formatNumber, plural } from '../../internal/format.js';
import type { IdeaCardStrings } from '../idea-card.strings.js';

const N = (n: number) => formatNumber('pl', n);

/** `<confab-idea-card>` strings in Polish, loaded on demand. */
export const strings: IdeaCardStrings = {
  voteFor: (title) => `Zagłosuj na „${title}”`,
  votes: (n) => plural('pl', n, { one: `${N(n)} głos`, few: `${N(n)} głosy`, many: `${N(n)} głosów`, other: `${N(n)} głosu` }),
  readMore: 'Czytaj dalej',
  readLess: 'Pokaż mniej',
  proposedBy: 'Zaproponował(a)',
  tags: 'Tagi',
  comments: (n) => plural('pl', n, { one: `${N(n)} komentarz`, few: `${N(n)} komentarze`, many: `${N(n)} komentarzy`, other: `${N(n)} komentarza` }),
  noComments: 'Nie ma jeszcze komentarzy. Rozpocznij rozmowę.',
  moreComments: 'Pokaż więcej komentarzy',
  commentLabel: 'Twój komentarz',
  comment: 'Skomentuj',
  commentRequired: 'Najpierw napisz komentarz.',
  commentPosted: 'Twój komentarz został opublikowany.',
  commentQueued: 'Jesteś offline. Twój komentarz został zachowany i zostanie opublikowany, gdy wrócisz do sieci.',
  commentsHeading: 'Komentarze',
  status: {
    new: 'Nowy',
    'under-review': 'W ocenie',
    planned: 'Zaplanowany',
    'in-progress': 'W realizacji',
    implemented: 'Wdrożony',
    declined: 'Odrzucony',
  },
  statusLabel: 'Status',
  statusSetBy: 'Ustawił(a)',
  changeStatus: 'Zmień status',
  newStatus: 'Nowy status',
  note: 'Uzasadnienie (wymagane)',
  noteHint: 'Wyjaśnij decyzję: przeczyta ją każdy, kto obserwuje ten pomysł.',
  noteRequired: 'Napisz uzasadnienie zmiany; każda zmiana statusu go wymaga.',
  save: 'Zapisz',
  statusChanged: (status) => `Zmieniono status na „${status}”.`,
  voteRefused: (reason) => `Twój głos nie został zapisany i został cofnięty. ${reason}`,
  noIdea: 'Brak pomysłu do wyświetlenia: ustaw w atrybucie idea identyfikator pomysłu.',
  ownIdea: 'Nie możesz głosować na własny pomysł.',
};
