import { formatNumber, plural } from '../../internal/format.js';
import type { ExpertBadgeStrings } from '../expert-badge.strings.js';

const N = (n: number) => formatNumber('fr', n);

/** `<confab-expert-badge>` strings in French, loaded on demand. */
export const strings: ExpertBadgeStrings = {
  unknownPerson: 'Personne inconnue',
  loadFailed: 'Impossible de charger cette personne.',
  loadOffline: 'Vous êtes hors ligne ; impossible de charger cette personne.',
  availability: { available: 'Disponible', busy: 'Occupé', away: 'Absent', offline: 'Hors ligne' },
  close: 'Fermer le profil',
  ask: (first) => `Demander à ${first}`,
  endorse: 'Recommander',
  endorseSkill: (skill) => `Recommander pour ${skill}`,
  endorsements: (n) => plural('fr', n, { one: `${N(n)} recommandation`, other: `${N(n)} recommandations` }),
  skills: 'Compétences',
  noSkills: 'Aucune compétence indiquée pour l’instant.',
  evidence: 'Réponses',
  evidenceAccepted: (n, skill) => plural('fr', n, { one: `${N(n)} réponse acceptée en ${skill}`, other: `${N(n)} réponses acceptées en ${skill}` }),
  evidenceAnswers: (n, skill) => plural('fr', n, { one: `${N(n)} réponse en ${skill}`, other: `${N(n)} réponses en ${skill}` }),
  endorsed: (skill) => `Vous avez recommandé cette personne pour ${skill}.`,
  unendorsed: (skill) => `Vous avez retiré votre recommandation pour ${skill}.`,
  endorseOffline: 'Vous êtes hors ligne. Réessayez dès votre retour en ligne.',
  availabilityUntil: (availability, date) => `${availability} jusqu’au ${date}`,
  editProfile: 'Modifier le profil',
};
