import { formatNumber, plural } from '../../internal/format.js';
import type { IdeaCardStrings } from '../idea-card.strings.js';

const N = (n: number) => formatNumber('fr', n);

/** `<confab-idea-card>` strings in French, loaded on demand. */
export const strings: IdeaCardStrings = {
  voteFor: (title) => `Voter pour « ${title} »`,
  votes: (n) => plural('fr', n, { one: `${N(n)} vote`, other: `${N(n)} votes` }),
  readMore: 'Lire la suite',
  readLess: 'Afficher moins',
  proposedBy: 'Proposée par',
  tags: 'Étiquettes',
  comments: (n) => plural('fr', n, { one: `${N(n)} commentaire`, other: `${N(n)} commentaires` }),
  noComments: 'Aucun commentaire pour l’instant. Lancez la discussion.',
  moreComments: 'Afficher plus de commentaires',
  commentLabel: 'Votre commentaire',
  comment: 'Commenter',
  commentRequired: 'Rédigez d’abord un commentaire.',
  commentPosted: 'Votre commentaire a été publié.',
  commentQueued: 'Vous êtes hors ligne. Votre commentaire est conservé et sera publié dès votre retour en ligne.',
  commentsHeading: 'Commentaires',
  status: {
    new: 'Nouvelle',
    'under-review': 'En cours d’examen',
    planned: 'Prévue',
    'in-progress': 'En cours',
    implemented: 'Réalisée',
    declined: 'Refusée',
  },
  statusLabel: 'Statut',
  statusSetBy: 'Défini par',
  changeStatus: 'Changer le statut',
  newStatus: 'Nouveau statut',
  note: 'Note (obligatoire)',
  noteHint: 'Expliquez la décision : toutes les personnes qui suivent cette idée la liront.',
  noteRequired: 'Rédigez une note qui explique le changement ; tout changement de statut en demande une.',
  save: 'Enregistrer',
  statusChanged: (status) => `Statut changé en « ${status} ».`,
  voteRefused: (reason) => `Votre vote n’a pas été enregistré et a été annulé. ${reason}`,
  noIdea: 'Aucune idée à afficher : donnez à l’attribut idea l’identifiant d’une idée.',
  ownIdea: 'Vous ne pouvez pas voter pour votre propre idée.',
};
