import type { PeopleAdminStrings } from '../people-admin.strings.js';

/** `<confab-people-admin>` strings in German, loaded on demand. */
export const strings: PeopleAdminStrings = {
  title: 'Personen und Rollen',
  notAllowed: 'Nur Admins können Rollen vergeben und entziehen.',
  signIn: 'Melden Sie sich als Admin an, um Rollen zu verwalten.',
  searchLabel: 'Personen suchen',
  search: 'Suchen',
  searchHint: 'Namen, Titel, Abteilungen oder Fähigkeiten. Leer lassen, um alle aufzulisten.',
  empty: 'Niemand passt zu dieser Suche.',
  showMore: 'Weitere Personen anzeigen',
  roles: { member: 'Mitglied', moderator: 'Moderator:in', admin: 'Admin' },
  currentRoles: (r) => `Rollen: ${r}`,
  roleFor: (r, n) => `${r}, ${n}`,
  granted: (r, n) => `${r} an ${n} vergeben.`,
  revoked: (r, n) => `${r} für ${n} entzogen.`,
  rolledBack: (n, why) => `Die Rollen von ${n} wurden nicht geändert: ${why}`,
  lastAdmin: (n) => `${n} ist der letzte Admin. Machen Sie zuerst eine andere Person zum Admin.`,
  fromIdentityProvider: (n) => `Diese Rollen kommen aus dem Anmeldesystem: Eine Änderung hier gilt nur, bis sich ${n} wieder anmeldet.`,
  deactivated: 'Im Verzeichnis deaktiviert',
};
