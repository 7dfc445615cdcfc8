import type { PeopleAdminStrings } from '../people-admin.strings.js';

/** `<confab-people-admin>` strings in Spanish, loaded on demand. */
export const strings: PeopleAdminStrings = {
  title: 'Personas y roles',
  notAllowed: 'Solo los administradores pueden conceder y retirar roles.',
  signIn: 'Inicia sesión como administrador para gestionar los roles.',
  searchLabel: 'Buscar personas',
  search: 'Buscar',
  searchHint: 'Nombres, cargos, departamentos o habilidades. Déjalo vacío para ver a todos.',
  empty: 'Nadie coincide con esta búsqueda.',
  showMore: 'Mostrar más personas',
  roles: { member: 'Miembro', moderator: 'Moderador', admin: 'Administrador' },
  currentRoles: (r) => `Roles: ${r}`,
  roleFor: (r, n) => `${r}, ${n}`,
  granted: (r, n) => `${r}: rol concedido a ${n}.`,
  revoked: (r, n) => `${r}: rol retirado a ${n}.`,
  rolledBack: (n, why) => `Los roles de ${n} no se cambiaron: ${why}`,
  lastAdmin: (n) => `${n} es el último administrador. Primero haz administrador a otra persona.`,
  fromIdentityProvider: (n) => `Estos roles vienen del sistema de inicio de sesión: un cambio aquí dura hasta que ${n} vuelva a iniciar sesión.`,
  deactivated: 'Desactivado en el directorio',
};
