import { formatNumber, plural } from '../../internal/format.js';
import type { FeedbackInboxStrings } from '../feedback-inbox.strings.js';

const N = (n: number) => formatNumber('fr', n);

/** `<confab-feedback-inbox>` strings in French, loaded on demand. */
export const strings: FeedbackInboxStrings = {
  title: 'Avis',
  forSubject: (s) => `Avis sur ${s}`,
  notAllowed: 'Seuls les modérateurs et les responsables de la page peuvent voir ces avis.',
  signIn: 'Connectez-vous en tant que modérateur ou responsable de la page pour voir ces avis.',
  empty: 'Aucun avis ici.',
  filterLabel: 'Afficher',
  filters: { open: 'Ouverts', actioned: 'Traités', dismissed: 'Écartés', all: 'Tous' },
  subjectLabel: 'Sujet',
  subjectHint: 'Laissez vide pour tous les sujets.',
  summaryCount: 'Avis',
  summaryOpen: 'Ouverts',
  summaryHelpful: 'L’ont trouvée utile',
  helpfulValue: (h, n) => `${N(h)} sur ${N(n)}`,
  summaryAverage: 'Note moyenne',
  averageValue: (avg, n) => plural('fr', n, { one: `${avg} sur 5 (${N(n)} évaluation)`, other: `${avg} sur 5 (${N(n)} évaluations)` }),
  yes: 'Utile : oui',
  no: 'Utile : non',
  starsValue: (n) => plural('fr', n, { one: `${N(n)} étoile sur 5`, other: `${N(n)} étoiles sur 5` }),
  anonymous: 'Anonyme',
  noComment: 'Aucun commentaire.',
  subject: 'Sur',
  responseFrom: (name) => `Réponse de ${name}`,
  responseLabel: 'Votre réponse',
  respond: 'Répondre',
  markActioned: 'Marquer comme traité',
  dismiss: 'Écarter',
  reopen: 'Rouvrir',
  showMore: 'Afficher plus',
  responseRequired: 'Rédigez d’abord une réponse.',
  responded: 'Réponse envoyée.',
  stateChanged: (state) => `Marqué comme « ${state} ».`,
  newFeedback: 'De nouveaux avis sont arrivés.',
  feedbackFrom: (name) => `avis de ${name}`,
  writeResponse: 'Rédiger une réponse',
  itemHeading: (name, rating) => `${name} : ${rating}`,
};
