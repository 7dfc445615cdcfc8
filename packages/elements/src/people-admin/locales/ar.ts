import type { PeopleAdminStrings } from '../people-admin.strings.js';

/** `<confab-people-admin>` strings in Arabic, loaded on demand. */
export const strings: PeopleAdminStrings = {
  title: 'الأشخاص والأدوار',
  notAllowed: 'يمكن للمسؤولين فقط منح الأدوار وسحبها.',
  signIn: 'سجّل الدخول بصفتك مسؤولًا لإدارة الأدوار.',
  searchLabel: 'البحث عن أشخاص',
  search: 'بحث',
  searchHint: 'الأسماء أو المسميات الوظيفية أو الأقسام أو المهارات. اتركه فارغًا لعرض الجميع.',
  empty: 'لا أحد يطابق هذا البحث.',
  showMore: 'عرض المزيد من الأشخاص',
  roles: { member: 'عضو', moderator: 'مشرف', admin: 'مسؤول' },
  currentRoles: (r) => `الأدوار: ${r}`,
  roleFor: (r, n) => `${r}، ${n}`,
  granted: (r, n) => `تم منح دور ${r} إلى ${n}.`,
  revoked: (r, n) => `تم سحب دور ${r} من ${n}.`,
  rolledBack: (n, why) => `لم تتغير أدوار ${n}: ${why}`,
  lastAdmin: (n) => `${n} هو آخر مسؤول. اجعل شخصًا آخر مسؤولًا أولًا.`,
  fromIdentityProvider: (n) => `تأتي هذه الأدوار من نظام تسجيل الدخول: يبقى أي تغيير هنا حتى يسجّل ${n} الدخول مرة أخرى.`,
  deactivated: 'معطّل في الدليل',
};
