import { formatNumber, plural } from '../../internal/format.js';
import type { IdeaBoardStrings } from '../idea-board.strings.js';

const N = (n: number) => formatNumber('it', n);

/** `<confab-idea-board>` strings in Italian, loaded on demand. */
export const strings: IdeaBoardStrings = {
  defaultTitle: 'Idee',
  whyWeAsk: 'Perché lo chiediamo',
  open: 'Aperta alle idee',
  closed: 'Chiusa',
  closedMessage: 'Questa campagna è chiusa e non accetta nuove idee. Puoi comunque leggere, votare e commentare.',
  formHeading: 'Proponi un’idea',
  titleLabel: 'Titolo dell’idea',
  descriptionLabel: 'Descrizione',
  descriptionHint: 'Facoltativa. Puoi usare Markdown: **grassetto**, elenchi, link.',
  tagsLabel: 'Tag',
  tagsHint: 'Facoltativi. Separa i tag con le virgole.',
  submit: 'Invia l’idea',
  titleRequired: 'Dai un titolo alla tua idea.',
  tooManyTags: (max) => `Al massimo ${N(max)} tag.`,
  submitted: 'La tua idea è stata inviata.',
  queued: 'Sei offline. La tua idea viene conservata e sarà inviata quando tornerai online.',
  pendingHeading: 'In attesa di invio',
  similarHeading: 'Idee simili',
  similarHint: 'La tua è tra queste? Votala invece di pubblicarla due volte.',
  similarFound: (n) => plural('it', n, { one: `${N(n)} idea simile trovata.`, other: `${N(n)} idee simili trovate.` }),
  voteFor: (title) => `Vota «${title}»`,
  votes: (n) => plural('it', n, { one: `${N(n)} voto`, other: `${N(n)} voti` }),
  sortLabel: 'Ordina per',
  sortTop: 'Più votate',
  sortNew: 'Più recenti',
  sortTrending: 'Di tendenza',
  statusFilter: 'Stato',
  allStatuses: 'Tutti gli stati',
  listHeading: 'Idee',
  empty: 'Ancora nessuna idea. Proponi tu la prima.',
  emptyFiltered: 'Nessuna idea con questo stato.',
  showMore: 'Mostra altre idee',
  newIdeas: (n) => plural('it', n, { one: `${N(n)} nuova idea — mostra`, other: `${N(n)} nuove idee — mostra` }),
  shown: (n) => plural('it', n, { one: `${N(n)} idea mostrata`, other: `${N(n)} idee mostrate` }),
  voteRefused: (reason) => `Il tuo voto non è stato salvato ed è stato annullato. ${reason}`,
  skipIdeas: 'Salta l’elenco delle idee',
};
