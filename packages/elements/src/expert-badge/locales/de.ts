import { formatNumber, plural } from '../../internal/format.js';
import type { ExpertBadgeStrings } from '../expert-badge.strings.js';

const N = (n: number) => formatNumber('de', n);

/** `<confab-expert-badge>` strings in German, loaded on demand. */
export const strings: ExpertBadgeStrings = {
  unknownPerson: 'Unbekannte Person',
  loadFailed: 'Diese Person konnte nicht geladen werden.',
  loadOffline: 'Sie sind offline; diese Person kann nicht geladen werden.',
  availability: { available: 'Verfügbar', busy: 'Beschäftigt', away: 'Abwesend', offline: 'Offline' },
  close: 'Profil schließen',
  ask: (first) => `${first} fragen`,
  endorse: 'Bestätigen',
  endorseSkill: (skill) => `${skill} bestätigen`,
  endorsements: (n) => plural('de', n, { one: '1 Bestätigung', other: `${N(n)} Bestätigungen` }),
  skills: 'Kenntnisse',
  noSkills: 'Noch keine Kenntnisse angegeben.',
  evidence: 'Antworten',
  evidenceAccepted: (n, skill) => plural('de', n, { one: `1 akzeptierte Antwort zu ${skill}`, other: `${N(n)} akzeptierte Antworten zu ${skill}` }),
  evidenceAnswers: (n, skill) => plural('de', n, { one: `1 Antwort zu ${skill}`, other: `${N(n)} Antworten zu ${skill}` }),
  endorsed: (skill) => `Sie haben ${skill} bestätigt.`,
  unendorsed: (skill) => `Sie haben Ihre Bestätigung für ${skill} zurückgezogen.`,
  endorseOffline: 'Sie sind offline. Versuchen Sie es erneut, wenn Sie wieder online sind.',
  availabilityUntil: (availability, date) => `${availability} bis ${date}`,
  editProfile: 'Profil bearbeiten',
};
