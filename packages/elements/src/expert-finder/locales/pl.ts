import { formatNumber, plural } from '../../internal/format.js';
import type { ExpertFinderStrings } from '../expert-finder.strings.js';

const N = (n: number) => formatNumber('pl', n);

/** `<confab-expert-finder>` strings in Polish, loaded on demand. */
export const strings: ExpertFinderStrings = {
  label: 'Znajdź eksperta',
  placeholder: 'Umiejętność lub temat, np. Kubernetes',
  search: 'Szukaj',
  hint: 'Szukaj według umiejętności lub tematu. Kolejność ekspertów zależy od zaakceptowanych odpowiedzi i potwierdzeń.',
  searching: 'Wyszukiwanie…',
  found: (n) => plural('pl', n, {
    one: `Znaleziono ${N(n)} eksperta`, few: `Znaleziono ${N(n)} ekspertów`, many: `Znaleziono ${N(n)} ekspertów`, other: `Znaleziono ${N(n)} eksperta`,
  }),
  empty: (q) => `Nie znaleziono ekspertów dla „${q}”.`,
  offline: 'Jesteś offline. Wyszukaj ponownie, gdy wrócisz do sieci.',
  showMore: 'Pokaż więcej',
  more: (n) => plural('pl', n, {
    one: `Pokazano jeszcze ${N(n)} eksperta`, few: `Pokazano jeszcze ${N(n)} ekspertów`, many: `Pokazano jeszcze ${N(n)} ekspertów`, other: `Pokazano jeszcze ${N(n)} eksperta`,
  }),
  results: 'Eksperci',
  endorsementsFor: (n, skill) => plural('pl', n, {
    one: `${N(n)} potwierdzenie umiejętności ${skill}`, few: `${N(n)} potwierdzenia umiejętności ${skill}`,
    many: `${N(n)} potwierdzeń umiejętności ${skill}`, other: `${N(n)} potwierdzenia umiejętności ${skill}`,
  }),
  acceptedAnswersIn: (n, skill) => plural('pl', n, {
    one: `${N(n)} zaakceptowana odpowiedź w obszarze ${skill}`, few: `${N(n)} zaakceptowane odpowiedzi w obszarze ${skill}`,
    many: `${N(n)} zaakceptowanych odpowiedzi w obszarze ${skill}`, other: `${N(n)} zaakceptowanej odpowiedzi w obszarze ${skill}`,
  }),
  declared: (skill) => `Podaje umiejętność ${skill}`,
  nameMatch: 'Pasuje imię i nazwisko, stanowisko, dział lub lokalizacja',
};
