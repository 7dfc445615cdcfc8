import { formatNumber, plural } from '../../internal/format.js';
import type { ExpertFinderStrings } from '../expert-finder.strings.js';

const N = (n: number) => formatNumber('it', n);

/** `<confab-expert-finder>` strings in Italian, loaded on demand. */
export const strings: ExpertFinderStrings = {
  label: 'Trova un esperto',
  placeholder: 'Competenza o argomento, ad es. Kubernetes',
  search: 'Cerca',
  hint: 'Cerca per competenza o argomento. Gli esperti sono ordinati in base alle risposte accettate e alle conferme.',
  searching: 'Ricerca in corso…',
  found: (n) => plural('it', n, { one: `${N(n)} esperto trovato`, other: `${N(n)} esperti trovati` }),
  empty: (q) => `Nessun esperto trovato per «${q}».`,
  offline: 'Sei offline. Ripeti la ricerca quando tornerai online.',
  showMore: 'Mostra altro',
  more: (n) => plural('it', n, { one: `Mostrato ${N(n)} altro esperto`, other: `Mostrati altri ${N(n)} esperti` }),
  results: 'Esperti',
  endorsementsFor: (n, skill) => plural('it', n, { one: `${N(n)} conferma per ${skill}`, other: `${N(n)} conferme per ${skill}` }),
  acceptedAnswersIn: (n, skill) => plural('it', n, { one: `${N(n)} risposta accettata su ${skill}`, other: `${N(n)} risposte accettate su ${skill}` }),
  declared: (skill) => `Indica ${skill} tra le sue competenze`,
  nameMatch: 'Corrisponde a nome, ruolo, reparto o sede',
};
