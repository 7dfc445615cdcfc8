import { formatNumber, plural } from '../../internal/format.js';
import type { IdeaBoardStrings } from '../idea-board.strings.js';

const N = (n: number) => formatNumber('pl', n);

/** `<confab-idea-board>` strings in Polish, loaded on demand. */
export const strings: IdeaBoardStrings = {
  defaultTitle: 'Pomysły',
  whyWeAsk: 'Dlaczego pytamy',
  open: 'Czekamy na pomysły',
  closed: 'Zamknięta',
  closedMessage: 'Ta kampania jest zamknięta i nie przyjmuje nowych pomysłów. Nadal możesz czytać, głosować i komentować.',
  formHeading: 'Zaproponuj pomysł',
  titleLabel: 'Tytuł pomysłu',
  descriptionLabel: 'Opis',
  descriptionHint: 'Opcjonalnie. Działa Markdown: **pogrubienie**, listy, linki.',
  tagsLabel: 'Tagi',
  tagsHint: 'Opcjonalnie. Oddziel tagi przecinkami.',
  submit: 'Zgłoś pomysł',
  titleRequired: 'Nadaj pomysłowi tytuł.',
  tooManyTags: (max) => plural('pl', max, {
    one: `Maksymalnie ${N(max)} tag.`, few: `Maksymalnie ${N(max)} tagi.`, many: `Maksymalnie ${N(max)} tagów.`, other: `Maksymalnie ${N(max)} tagu.`,
  }),
  submitted: 'Twój pomysł został zgłoszony.',
  queued: 'Jesteś offline. Twój pomysł został zachowany i zostanie zgłoszony, gdy wrócisz do sieci.',
  pendingHeading: 'Czeka na zgłoszenie',
  similarHeading: 'Podobne pomysły',
  similarHint: 'Czy Twój jest wśród nich? Zagłosuj na niego zamiast zgłaszać go drugi raz.',
  similarFound: (n) => plural('pl', n, {
    one: `Znaleziono ${N(n)} podobny pomysł.`, few: `Znaleziono ${N(n)} podobne pomysły.`, many: `Znaleziono ${N(n)} podobnych pomysłów.`, other: `Znaleziono ${N(n)} podobnego pomysłu.`,
  }),
  voteFor: (title) => `Zagłosuj na „${title}”`,
  votes: (n) => plural('pl', n, { one: `${N(n)} głos`, few: `${N(n)} głosy`, many: `${N(n)} głosów`, other: `${N(n)} głosu` }),
  sortLabel: 'Sortuj według',
  sortTop: 'Najpopularniejsze',
  sortNew: 'Najnowsze',
  sortTrending: 'Zyskujące popularność',
  statusFilter: 'Status',
  allStatuses: 'Wszystkie statusy',
  listHeading: 'Pomysły',
  empty: 'Nie ma jeszcze pomysłów. Zaproponuj pierwszy.',
  emptyFiltered: 'Brak pomysłów o tym statusie.',
  showMore: 'Pokaż więcej pomysłów',
  newIdeas: (n) => plural('pl', n, {
    one: `${N(n)} nowy pomysł — pokaż`, few: `${N(n)} nowe pomysły — pokaż`, many: `${N(n)} nowych pomysłów — pokaż`, other: `${N(n)} nowego pomysłu — pokaż`,
  }),
  shown: (n) => plural('pl', n, {
    one: `Wyświetlono ${N(n)} pomysł`, few: `Wyświetlono ${N(n)} pomysły`, many: `Wyświetlono ${N(n)} pomysłów`, other: `Wyświetlono ${N(n)} pomysłu`,
  }),
  voteRefused: (reason) => `Twój głos nie został zapisany i został cofnięty. ${reason}`,
  skipIdeas: 'Pomiń listę pomysłów',
};
