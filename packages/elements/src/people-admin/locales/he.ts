import type { PeopleAdminStrings } from '../people-admin.strings.js';

/** `<confab-people-admin>` strings in Hebrew, loaded on demand. */
export const strings: PeopleAdminStrings = {
  title: 'אנשים ותפקידים',
  notAllowed: 'רק מנהלי מערכת יכולים להעניק ולשלול תפקידים.',
  signIn: 'יש להתחבר כמנהל מערכת כדי לנהל תפקידים.',
  searchLabel: 'חיפוש אנשים',
  search: 'חיפוש',
  searchHint: 'שמות, תפקידים, מחלקות או מיומנויות. השאירו ריק כדי להציג את כולם.',
  empty: 'אף אחד לא מתאים לחיפוש הזה.',
  showMore: 'הצגת אנשים נוספים',
  roles: { member: 'חבר', moderator: 'מנחה', admin: 'מנהל מערכת' },
  currentRoles: (r) => `תפקידים: ${r}`,
  roleFor: (r, n) => `${r}, ${n}`,
  granted: (r, n) => `התפקיד ${r} הוענק ל${n}.`,
  revoked: (r, n) => `התפקיד ${r} נשלל מ${n}.`,
  rolledBack: (n, why) => `התפקידים של ${n} לא שונו: ${why}`,
  lastAdmin: (n) => `${n} הוא מנהל המערכת האחרון. יש למנות קודם מישהו אחר למנהל מערכת.`,
  fromIdentityProvider: (n) => `התפקידים האלה מגיעים ממערכת ההתחברות: שינוי כאן תקף עד ש${n} יתחבר שוב.`,
  deactivated: 'הושבת במדריך',
};
