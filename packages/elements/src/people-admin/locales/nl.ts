import type { PeopleAdminStrings } from '../people-admin.strings.js';

/** `<confab-people-admin>` strings in Dutch, loaded on demand. */
export const strings: PeopleAdminStrings = {
  title: 'Mensen en rollen',
  notAllowed: 'Alleen beheerders kunnen rollen toekennen en intrekken.',
  signIn: 'Meld je aan als beheerder om rollen te beheren.',
  searchLabel: 'Mensen zoeken',
  search: 'Zoeken',
  searchHint: 'Namen, functies, afdelingen of vaardigheden. Laat leeg om iedereen te tonen.',
  empty: 'Niemand past bij deze zoekopdracht.',
  showMore: 'Meer mensen tonen',
  roles: { member: 'Lid', moderator: 'Moderator', admin: 'Beheerder' },
  currentRoles: (r) => `Rollen: ${r}`,
  roleFor: (r, n) => `${r}, ${n}`,
  granted: (r, n) => `${r} toegekend aan ${n}.`,
  revoked: (r, n) => `${r} ingetrokken voor ${n}.`,
  rolledBack: (n, why) => `De rollen van ${n} zijn niet gewijzigd: ${why}`,
  lastAdmin: (n) => `${n} is de laatste beheerder. Maak eerst iemand anders beheerder.`,
  fromIdentityProvider: (n) => `Deze rollen komen uit het aanmeldsysteem: een wijziging hier geldt tot ${n} zich opnieuw aanmeldt.`,
  deactivated: 'Gedeactiveerd in de personeelsgids',
};
