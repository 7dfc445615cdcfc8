import { formatNumber, plural } from '../../internal/format.js';
import type { CampaignStrings } from '../campaign.strings.js';

const N = (n: number) => formatNumber('pl', n);

/** Campaign strings of `<confab-idea-board>` in Polish, loaded on demand. */
export const strings: CampaignStrings = {
  newCampaign: 'Nowa kampania',
  editCampaign: 'Edytuj kampanię',
  closeCampaign: 'Zamknij kampanię',
  newHeading: 'Nowa kampania',
  editHeading: 'Edytuj kampanię',
  formIntro: 'Ludzie poświęcają swój czas, gdy wiedzą, dlaczego się ich pyta i co stanie się z ich pomysłami.',
  titleLabel: 'Tytuł kampanii',
  purposeLabel: 'Cel',
  purposeHint: 'Wymagane. Dlaczego pytamy i co dzieje się z pomysłami: kto je czyta, kiedy decydujesz, jak informujesz o wynikach.',
  descriptionLabel: 'Opis',
  descriptionHint: 'Opcjonalnie. Kontekst, zasady, przykłady. Działa Markdown: **pogrubienie**, listy, linki.',
  closesLabel: 'Data zamknięcia',
  closesHint: 'Opcjonalnie. Kampania zamknie się sama na koniec tego dnia.',
  ownersLabel: 'Opiekunowie',
  ownersHint: 'Opiekunowie moderują pomysły tej kampanii. Wpisz imię i nazwisko, a potem wybierz strzałkami i klawiszem Enter.',
  ownersChosen: 'Wybrani opiekunowie',
  noOwners: 'Brak opiekunów: pomysły przeglądają moderatorzy.',
  removeOwner: (name) => `Usuń: ${name}`,
  peopleFound: (n) => plural('pl', n, {
    one: 'Znaleziono 1 osobę.', few: `Znaleziono ${N(n)} osoby.`, many: `Znaleziono ${N(n)} osób.`, other: `Znaleziono ${N(n)} osoby.`,
  }),
  noPeopleFound: 'Nikogo nie znaleziono.',
  peopleUnavailable: 'Wyszukiwanie osób nie jest dostępne na tym serwerze.',
  reopenLabel: 'Otwórz ponownie kampanię na nowe pomysły',
  createSubmit: 'Utwórz kampanię',
  saveSubmit: 'Zapisz kampanię',
  titleRequired: 'Nadaj kampanii tytuł.',
  purposeRequired: 'Napisz, dlaczego pytasz i co stanie się z pomysłami.',
  closesInPast: 'Wybierz datę zamknięcia w przyszłości.',
  created: (title) => `Utworzono kampanię „${title}”.`,
  saved: 'Zapisano kampanię.',
  closedDone: 'Kampania zamknięta. Nie przyjmuje nowych pomysłów; możesz ją otworzyć ponownie przyciskiem „Edytuj kampanię”.',
  closesOn: (date) => `Przyjmuje pomysły do ${date}`,
  closedOn: (date) => `Zamknięta ${date}`,
  ownersShown: (names) => `Pomysły przegląda: ${names}`,
  listHeading: 'Kampanie',
  listIntro: 'Wybierz kampanię, aby przeczytać pomysły i dodać własny.',
  listEmpty: 'Obecnie żadna kampania nie jest otwarta.',
  openCampaign: (title) => `Otwórz: ${title}`,
  opened: (title) => `Wyświetlana jest kampania „${title}”.`,
};
