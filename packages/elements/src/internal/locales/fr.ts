import { formatDate, formatNumber, plural } from '../format.js';
import type { CommonStrings } from '../common.strings.js';

const N = (n: number) => formatNumber('fr', n);

/** The shared strings in French, loaded on demand. */
export const strings: CommonStrings = {
  loading: 'Chargement…',
  retry: 'Réessayer',
  dismiss: 'Fermer',
  cancel: 'Annuler',
  offline: 'Vous êtes hors ligne. Votre texte est conservé et sera envoyé dès votre retour en ligne.',
  queued: 'En attente d’envoi',
  noAdapter: 'Ce widget n’est relié à aucun serveur Confab. Ajoutez un <confab-provider> ou une balise meta confab-endpoint.',
  areaMissing: 'Cette fonction n’est pas disponible sur ce serveur.',
  error: 'Une erreur s’est produite.',
  errorNotFound: 'Cet élément n’existe plus.',
  errorForbidden: 'Vous n’êtes pas autorisé à effectuer cette action.',
  errorRestricted: (until) => `Vous pouvez lire, mais pas publier avant le ${formatDate('fr', until)}.`,
  errorUnauthenticated: 'Veuillez vous connecter pour continuer.',
  errorUnavailable: 'Le service est injoignable pour le moment.',
  errorRateLimited: (s) => plural('fr', s, { one: `Trop de requêtes. Réessayez dans ${N(s)} seconde.`, other: `Trop de requêtes. Réessayez dans ${N(s)} secondes.` }),
  errorConflict: 'Ceci a été modifié entre-temps. Rechargez la page et réessayez.',
  errorValidation: 'Veuillez vérifier votre saisie.',
  tooLong: (max, length) => `Trop long : ${N(length)} caractères sur ${N(max)} au maximum.`,
  charactersLeft: (n) => plural('fr', n, { one: `${N(n)} caractère restant`, other: `${N(n)} caractères restants` }),
  loadOffline: 'Vous êtes hors ligne ; le contenu se chargera dès votre retour en ligne.',
  voteQueued: 'Sera compté dès votre retour en ligne',
  voteCounted: 'Votre vote a été compté.',
  follow: 'Suivre',
  following: 'Suivi',
  followed: 'Vous suivez ceci désormais.',
  unfollowed: 'Vous ne suivez plus ceci.',
};
