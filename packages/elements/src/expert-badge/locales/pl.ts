import { formatNumber, plural } from '../../internal/format.js';
import type { ExpertBadgeStrings } from '../expert-badge.strings.js';

const N = (n: number) => formatNumber('pl', n);

/** `<confab-expert-badge>` strings in Polish, loaded on demand. */
export const strings: ExpertBadgeStrings = {
  unknownPerson: 'Nieznana osoba',
  loadFailed: 'Nie udało się wczytać danych tej osoby.',
  loadOffline: 'Jesteś offline; nie można wczytać danych tej osoby.',
  availability: { available: 'Dostępny', busy: 'Zajęty', away: 'Nieobecny', offline: 'Offline' },
  close: 'Zamknij profil',
  ask: (first) => `Zapytaj: ${first}`,
  endorse: 'Potwierdź',
  endorseSkill: (skill) => `Potwierdź umiejętność ${skill}`,
  endorsements: (n) => plural('pl', n, { one: `${N(n)} potwierdzenie`, few: `${N(n)} potwierdzenia`, many: `${N(n)} potwierdzeń`, other: `${N(n)} potwierdzenia` }),
  skills: 'Umiejętności',
  noSkills: 'Nie podano jeszcze umiejętności.',
  evidence: 'Odpowiedzi',
  evidenceAccepted: (n, skill) => plural('pl', n, {
    one: `${N(n)} zaakceptowana odpowiedź w obszarze ${skill}`, few: `${N(n)} zaakceptowane odpowiedzi w obszarze ${skill}`,
    many: `${N(n)} zaakceptowanych odpowiedzi w obszarze ${skill}`, other: `${N(n)} zaakceptowanej odpowiedzi w obszarze ${skill}`,
  }),
  evidenceAnswers: (n, skill) => plural('pl', n, {
    one: `${N(n)} odpowiedź w obszarze ${skill}`, few: `${N(n)} odpowiedzi w obszarze ${skill}`,
    many: `${N(n)} odpowiedzi w obszarze ${skill}`, other: `${N(n)} odpowiedzi w obszarze ${skill}`,
  }),
  endorsed: (skill) => `Potwierdzono umiejętność ${skill}.`,
  unendorsed: (skill) => `Wycofano potwierdzenie umiejętności ${skill}.`,
  endorseOffline: 'Jesteś offline. Spróbuj ponownie, gdy wrócisz do sieci.',
  availabilityUntil: (availability, date) => `${availability} do ${date}`,
  editProfile: 'Edytuj profil',
};
