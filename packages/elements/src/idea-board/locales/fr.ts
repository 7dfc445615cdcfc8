import { formatNumber, plural } from '../../internal/format.js';
import type { IdeaBoardStrings } from '../idea-board.strings.js';

const N = (n: number) => formatNumber('fr', n);

/** `<confab-idea-board>` strings in French, loaded on demand. */
export const strings: IdeaBoardStrings = {
  defaultTitle: 'Idées',
  whyWeAsk: 'Pourquoi nous vous demandons',
  open: 'Ouverte aux idées',
  closed: 'Clôturée',
  closedMessage: 'Cette campagne est clôturée et n’accepte plus de nouvelles idées. Vous pouvez toujours lire, voter et commenter.',
  formHeading: 'Proposer une idée',
  titleLabel: 'Titre de l’idée',
  descriptionLabel: 'Description',
  descriptionHint: 'Facultatif. Markdown accepté : **gras**, listes, liens.',
  tagsLabel: 'Étiquettes',
  tagsHint: 'Facultatif. Séparez les étiquettes par des virgules.',
  submit: 'Soumettre l’idée',
  titleRequired: 'Donnez un titre à votre idée.',
  tooManyTags: (max) => `${N(max)} étiquettes au maximum.`,
  submitted: 'Votre idée a été soumise.',
  queued: 'Vous êtes hors ligne. Votre idée est conservée et sera soumise dès votre retour en ligne.',
  pendingHeading: 'En attente de soumission',
  similarHeading: 'Idées similaires',
  similarHint: 'La vôtre en fait-elle partie ? Votez pour elle plutôt que de la publier deux fois.',
  similarFound: (n) => plural('fr', n, { one: `${N(n)} idée similaire trouvée.`, other: `${N(n)} idées similaires trouvées.` }),
  voteFor: (title) => `Voter pour « ${title} »`,
  votes: (n) => plural('fr', n, { one: `${N(n)} vote`, other: `${N(n)} votes` }),
  sortLabel: 'Trier par',
  sortTop: 'Les plus votées',
  sortNew: 'Plus récentes',
  sortTrending: 'Tendances',
  statusFilter: 'Statut',
  allStatuses: 'Tous les statuts',
  listHeading: 'Idées',
  empty: 'Aucune idée pour l’instant. Soyez le premier à en proposer une.',
  emptyFiltered: 'Aucune idée avec ce statut.',
  showMore: 'Afficher plus d’idées',
  newIdeas: (n) => plural('fr', n, { one: `${N(n)} nouvelle idée — afficher`, other: `${N(n)} nouvelles idées — afficher` }),
  shown: (n) => plural('fr', n, { one: `${N(n)} idée affichée`, other: `${N(n)} idées affichées` }),
  voteRefused: (reason) => `Votre vote n’a pas été enregistré et a été annulé. ${reason}`,
  skipIdeas: 'Passer la liste des idées',
};
