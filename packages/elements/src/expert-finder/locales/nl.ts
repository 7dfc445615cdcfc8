import { formatNumber, plural } from '../../internal/format.js';
import type { ExpertFinderStrings } from '../expert-finder.strings.js';

const N = (n: number) => formatNumber('nl', n);

/** `<confab-expert-finder>` strings in Dutch, loaded on demand. */
export const strings: ExpertFinderStrings = {
  label: 'Een expert zoeken',
  placeholder: 'Vaardigheid of onderwerp, bijv. Kubernetes',
  search: 'Zoeken',
  hint: 'Zoek op vaardigheid of onderwerp. Experts worden gerangschikt op geaccepteerde antwoorden en onderschrijvingen.',
  searching: 'Bezig met zoeken…',
  found: (n) => plural('nl', n, { one: `${N(n)} expert gevonden`, other: `${N(n)} experts gevonden` }),
  empty: (q) => `Geen experts gevonden voor ‘${q}’.`,
  offline: 'Je bent offline. Zoek opnieuw zodra je weer online bent.',
  showMore: 'Meer tonen',
  more: (n) => plural('nl', n, { one: `Nog ${N(n)} expert getoond`, other: `Nog ${N(n)} experts getoond` }),
  results: 'Experts',
  endorsementsFor: (n, skill) => plural('nl', n, { one: `${N(n)} onderschrijving voor ${skill}`, other: `${N(n)} onderschrijvingen voor ${skill}` }),
  acceptedAnswersIn: (n, skill) => plural('nl', n, { one: `${N(n)} geaccepteerd antwoord over ${skill}`, other: `${N(n)} geaccepteerde antwoorden over ${skill}` }),
  declared: (skill) => `Noemt ${skill} als vaardigheid`,
  nameMatch: 'Komt overeen met naam, functie, afdeling of locatie',
};
