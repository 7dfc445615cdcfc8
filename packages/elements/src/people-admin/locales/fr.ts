import type { PeopleAdminStrings } from '../people-admin.strings.js';

/** `<confab-people-admin>` strings in French, loaded on demand. */
export const strings: PeopleAdminStrings = {
  title: 'Personnes et rôles',
  notAllowed: 'Seuls les administrateurs peuvent attribuer et retirer des rôles.',
  signIn: 'Connectez-vous en tant qu’administrateur pour gérer les rôles.',
  searchLabel: 'Rechercher des personnes',
  search: 'Rechercher',
  searchHint: 'Noms, fonctions, services ou compétences. Laissez vide pour afficher tout le monde.',
  empty: 'Personne ne correspond à cette recherche.',
  showMore: 'Afficher plus de personnes',
  roles: { member: 'Membre', moderator: 'Modérateur', admin: 'Administrateur' },
  currentRoles: (r) => `Rôles : ${r}`,
  roleFor: (r, n) => `${r}, ${n}`,
  granted: (r, n) => `${r} : rôle attribué à ${n}.`,
  revoked: (r, n) => `${r} : rôle retiré à ${n}.`,
  rolledBack: (n, why) => `Les rôles de ${n} n’ont pas été modifiés : ${why}`,
  lastAdmin: (n) => `${n} est le dernier administrateur. Nommez d’abord quelqu’un d’autre administrateur.`,
  fromIdentityProvider: (n) => `Ces rôles viennent du système de connexion : une modification ici ne dure que jusqu’à la prochaine connexion de ${n}.`,
  deactivated: 'Désactivé dans l’annuaire',
};
