import type { PeopleAdminStrings } from '../people-admin.strings.js';

/** `<confab-people-admin>` strings in Portuguese, loaded on demand. */
export const strings: PeopleAdminStrings = {
  title: 'Pessoas e funções',
  notAllowed: 'Só administradores podem conceder e retirar funções.',
  signIn: 'Inicie sessão como administrador para gerir funções.',
  searchLabel: 'Pesquisar pessoas',
  search: 'Pesquisar',
  searchHint: 'Nomes, cargos, departamentos ou competências. Deixe vazio para listar todos.',
  empty: 'Ninguém corresponde a esta pesquisa.',
  showMore: 'Mostrar mais pessoas',
  roles: { member: 'Membro', moderator: 'Moderador', admin: 'Administrador' },
  currentRoles: (r) => `Funções: ${r}`,
  roleFor: (r, n) => `${r}, ${n}`,
  granted: (r, n) => `${r}: função concedida a ${n}.`,
  revoked: (r, n) => `${r}: função retirada a ${n}.`,
  rolledBack: (n, why) => `As funções de ${n} não foram alteradas: ${why}`,
  lastAdmin: (n) => `${n} é o último administrador. Torne outra pessoa administrador primeiro.`,
  fromIdentityProvider: (n) => `Estas funções vêm do sistema de início de sessão: uma alteração aqui dura até ${n} voltar a iniciar sessão.`,
  deactivated: 'Desativado no diretório',
};
