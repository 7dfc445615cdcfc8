import { formatNumber, plural } from '../../internal/format.js';
import type { ExpertFinderStrings } from '../expert-finder.strings.js';

const N = (n: number) => formatNumber('fr', n);

/** `<confab-expert-finder>` strings in French, loaded on demand. */
export const strings: ExpertFinderStrings = {
  label: 'Trouver un expert',
  placeholder: 'Compétence ou sujet, p. ex. Kubernetes',
  search: 'Rechercher',
  hint: 'Recherchez par compétence ou par sujet. Les experts sont classés selon leurs réponses acceptées et leurs recommandations.',
  searching: 'Recherche…',
  found: (n) => plural('fr', n, { one: `${N(n)} expert trouvé`, other: `${N(n)} experts trouvés` }),
  empty: (q) => `Aucun expert trouvé pour « ${q} ».`,
  offline: 'Vous êtes hors ligne. Relancez la recherche dès votre retour en ligne.',
  showMore: 'Afficher plus',
  more: (n) => plural('fr', n, { one: `${N(n)} expert de plus affiché`, other: `${N(n)} experts de plus affichés` }),
  results: 'Experts',
  endorsementsFor: (n, skill) => plural('fr', n, { one: `${N(n)} recommandation pour ${skill}`, other: `${N(n)} recommandations pour ${skill}` }),
  acceptedAnswersIn: (n, skill) => plural('fr', n, { one: `${N(n)} réponse acceptée en ${skill}`, other: `${N(n)} réponses acceptées en ${skill}` }),
  declared: (skill) => `Indique ${skill} parmi ses compétences`,
  nameMatch: 'Correspond au nom, au poste, au service ou au lieu',
};
