import type { PeopleAdminStrings } from '../people-admin.strings.js';

/** `<confab-people-admin>` strings in Japanese, loaded on demand. */
export const strings: PeopleAdminStrings = {
  title: 'ユーザーと役割',
  notAllowed: '役割の付与と取り消しができるのは管理者だけです。',
  signIn: '役割を管理するには管理者としてサインインしてください。',
  searchLabel: 'ユーザーを検索',
  search: '検索',
  searchHint: '名前、役職、部署、スキルで検索できます。空欄にすると全員を表示します。',
  empty: 'この検索に一致するユーザーはいません。',
  showMore: 'さらに表示',
  roles: { member: 'メンバー', moderator: 'モデレーター', admin: '管理者' },
  currentRoles: (r) => `役割: ${r}`,
  roleFor: (r, n) => `${r}、${n}`,
  granted: (r, n) => `${n}さんに${r}を付与しました。`,
  revoked: (r, n) => `${n}さんの${r}を取り消しました。`,
  rolledBack: (n, why) => `${n}さんの役割は変更されませんでした: ${why}`,
  lastAdmin: (n) => `${n}さんは最後の管理者です。先に別のユーザーを管理者にしてください。`,
  fromIdentityProvider: (n) => `これらの役割はサインインシステムから設定されています。ここでの変更は${n}さんが次にサインインするまで有効です。`,
  deactivated: 'ディレクトリで無効化済み',
};
