import { formatNumber, plural } from '../../internal/format.js';
import type { ExpertBadgeStrings } from '../expert-badge.strings.js';

const N = (n: number) => formatNumber('it', n);

/** `<confab-expert-badge>` strings in Italian, loaded on demand. */
export const strings: ExpertBadgeStrings = {
  unknownPerson: 'Persona sconosciuta',
  loadFailed: 'Impossibile caricare questa persona.',
  loadOffline: 'Sei offline; impossibile caricare questa persona.',
  availability: { available: 'Disponibile', busy: 'Occupato', away: 'Assente', offline: 'Offline' },
  close: 'Chiudi profilo',
  ask: (first) => `Chiedi a ${first}`,
  endorse: 'Conferma',
  endorseSkill: (skill) => `Conferma ${skill}`,
  endorsements: (n) => plural('it', n, { one: `${N(n)} conferma`, other: `${N(n)} conferme` }),
  skills: 'Competenze',
  noSkills: 'Ancora nessuna competenza indicata.',
  evidence: 'Risposte',
  evidenceAccepted: (n, skill) => plural('it', n, { one: `${N(n)} risposta accettata su ${skill}`, other: `${N(n)} risposte accettate su ${skill}` }),
  evidenceAnswers: (n, skill) => plural('it', n, { one: `${N(n)} risposta su ${skill}`, other: `${N(n)} risposte su ${skill}` }),
  endorsed: (skill) => `Hai confermato ${skill}.`,
  unendorsed: (skill) => `Hai ritirato la tua conferma di ${skill}.`,
  endorseOffline: 'Sei offline. Riprova quando tornerai online.',
  availabilityUntil: (availability, date) => `${availability} fino al ${date}`,
  editProfile: 'Modifica profilo',
};
