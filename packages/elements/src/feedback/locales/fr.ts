import { formatNumber, plural } from '../../internal/format.js';
import type { FeedbackStrings } from '../feedback.strings.js';

const N = (n: number) => formatNumber('fr', n);

/** `<confab-feedback>` strings in French, loaded on demand. */
export const strings: FeedbackStrings = {
  question: 'Cette page vous a-t-elle été utile ?',
  starsQuestion: 'Comment évaluez-vous cette page ?',
  yes: 'Oui',
  no: 'Non',
  stars: (n) => plural('fr', n, { one: `${N(n)} étoile`, other: `${N(n)} étoiles` }),
  starsValue: (n) => plural('fr', n, { one: `${N(n)} étoile sur 5`, other: `${N(n)} étoiles sur 5` }),
  reasonsYes: ['Facile à comprendre', 'A résolu mon problème', 'À jour'],
  reasonsNo: ['Obsolète', 'Peu clair', 'Informations manquantes', 'Inexact'],
  reasonLabel: 'Quelle est la raison principale ?',
  commentLabel: 'Ajouter un commentaire (facultatif)',
  send: 'Envoyer',
  skip: 'Passer',
  sending: 'Envoi…',
  sendNow: 'Envoyer maintenant',
  anonymousNote: 'Envoi anonyme : le responsable de la page ne verra pas votre nom.',
  thanks: 'Merci pour votre avis !',
  answered: (when) => `Vous avez donné votre avis ${when}.`,
  yourAnswer: 'Votre réponse',
  reason: 'Raison',
  comment: 'Commentaire',
  responseFrom: (name) => `Réponse de ${name}`,
  noResponse: 'Le responsable de la page n’a pas encore répondu.',
  again: 'Donner un nouvel avis',
  summaryHelpful: (h, n) => `${N(h)} sur ${N(n)} ont trouvé cette page utile`,
  summaryStars: (avg, n) => plural('fr', n, { one: `Note : ${avg} sur 5 (${N(n)} évaluation)`, other: `Note : ${avg} sur 5 (${N(n)} évaluations)` }),
  summaryNone: 'Aucun avis pour l’instant.',
};
