import { formatNumber, plural } from '../../internal/format.js';
import type { ExpertBadgeStrings } from '../expert-badge.strings.js';

const N = (n: number) => formatNumber('nl', n);

/** `<confab-expert-badge>` strings in Dutch, loaded on demand. */
export const strings: ExpertBadgeStrings = {
  unknownPerson: 'Onbekende persoon',
  loadFailed: 'Deze persoon kon niet worden geladen.',
  loadOffline: 'Je bent offline; deze persoon kan niet worden geladen.',
  availability: { available: 'Beschikbaar', busy: 'Bezet', away: 'Afwezig', offline: 'Offline' },
  close: 'Profiel sluiten',
  ask: (first) => `${first} een vraag stellen`,
  endorse: 'Onderschrijven',
  endorseSkill: (skill) => `${skill} onderschrijven`,
  endorsements: (n) => plural('nl', n, { one: `${N(n)} onderschrijving`, other: `${N(n)} onderschrijvingen` }),
  skills: 'Vaardigheden',
  noSkills: 'Nog geen vaardigheden vermeld.',
  evidence: 'Antwoorden',
  evidenceAccepted: (n, skill) => plural('nl', n, { one: `${N(n)} geaccepteerd antwoord over ${skill}`, other: `${N(n)} geaccepteerde antwoorden over ${skill}` }),
  evidenceAnswers: (n, skill) => plural('nl', n, { one: `${N(n)} antwoord over ${skill}`, other: `${N(n)} antwoorden over ${skill}` }),
  endorsed: (skill) => `Je hebt ${skill} onderschreven.`,
  unendorsed: (skill) => `Je hebt je onderschrijving van ${skill} ingetrokken.`,
  endorseOffline: 'Je bent offline. Probeer het opnieuw zodra je weer online bent.',
  availabilityUntil: (availability, date) => `${availability} tot ${date}`,
  editProfile: 'Profiel bewerken',
};
