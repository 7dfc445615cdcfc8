import type { PeopleAdminStrings } from '../people-admin.strings.js';

/** `<confab-people-admin>` strings in Polish, loaded on demand. */
export const strings: PeopleAdminStrings = {
  title: 'Osoby i role',
  notAllowed: 'Tylko administratorzy mogą nadawać i odbierać role.',
  signIn: 'Zaloguj się jako administrator, aby zarządzać rolami.',
  searchLabel: 'Szukaj osób',
  search: 'Szukaj',
  searchHint: 'Imiona i nazwiska, stanowiska, działy lub umiejętności. Zostaw puste, aby wyświetlić wszystkich.',
  empty: 'Nikt nie pasuje do tego wyszukiwania.',
  showMore: 'Pokaż więcej osób',
  roles: { member: 'Członek', moderator: 'Moderator', admin: 'Administrator' },
  currentRoles: (r) => `Role: ${r}`,
  roleFor: (r, n) => `${r}, ${n}`,
  granted: (r, n) => `${r}: rola nadana (${n}).`,
  revoked: (r, n) => `${r}: rola odebrana (${n}).`,
  rolledBack: (n, why) => `Role osoby ${n} nie zostały zmienione: ${why}`,
  lastAdmin: (n) => `${n} to ostatni administrator. Najpierw nadaj rolę administratora komuś innemu.`,
  fromIdentityProvider: (n) => `Te role pochodzą z systemu logowania: zmiana wprowadzona tutaj obowiązuje do następnego logowania (${n}).`,
  deactivated: 'Dezaktywowano w katalogu',
};
