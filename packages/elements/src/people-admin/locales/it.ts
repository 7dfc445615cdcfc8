import type { PeopleAdminStrings } from '../people-admin.strings.js';

/** `<confab-people-admin>` strings in Italian, loaded on demand. */
export const strings: PeopleAdminStrings = {
  title: 'Persone e ruoli',
  notAllowed: 'Solo gli amministratori possono assegnare e revocare i ruoli.',
  signIn: 'Accedi come amministratore per gestire i ruoli.',
  searchLabel: 'Cerca persone',
  search: 'Cerca',
  searchHint: 'Nomi, qualifiche, reparti o competenze. Lascia vuoto per elencare tutti.',
  empty: 'Nessuno corrisponde a questa ricerca.',
  showMore: 'Mostra altre persone',
  roles: { member: 'Membro', moderator: 'Moderatore', admin: 'Amministratore' },
  currentRoles: (r) => `Ruoli: ${r}`,
  roleFor: (r, n) => `${r}, ${n}`,
  granted: (r, n) => `${r}: ruolo assegnato a ${n}.`,
  revoked: (r, n) => `${r}: ruolo revocato a ${n}.`,
  rolledBack: (n, why) => `I ruoli di ${n} non sono stati modificati: ${why}`,
  lastAdmin: (n) => `${n} è l’ultimo amministratore. Nomina prima un altro amministratore.`,
  fromIdentityProvider: (n) => `Questi ruoli provengono dal sistema di accesso: una modifica qui vale solo fino al prossimo accesso di ${n}.`,
  deactivated: 'Disattivato nella rubrica',
};
