import { formatNumber, plural } from '../../internal/format.js';
import type { ExpertFinderStrings } from '../expert-finder.strings.js';

const N = (n: number) => formatNumber('he', n);

/** `<confab-expert-finder>` strings in Hebrew, loaded on demand. */
export const strings: ExpertFinderStrings = {
  label: 'חיפוש מומחה',
  placeholder: 'מיומנות או נושא, למשל Kubernetes',
  search: 'חיפוש',
  hint: 'אפשר לחפש לפי מיומנות או נושא. המומחים מדורגים לפי תשובות מאושרות והמלצות.',
  searching: 'מחפש…',
  found: (n) => plural('he', n, { one: 'נמצא מומחה אחד', two: 'נמצאו שני מומחים', other: `נמצאו ${N(n)} מומחים` }),
  empty: (q) => `לא נמצאו מומחים עבור ״${q}״.`,
  offline: 'אין חיבור לרשת. אפשר לחפש שוב כשהחיבור יחזור.',
  showMore: 'הצגת עוד',
  more: (n) => plural('he', n, { one: 'מוצג מומחה נוסף אחד', two: 'מוצגים שני מומחים נוספים', other: `מוצגים ${N(n)} מומחים נוספים` }),
  results: 'מומחים',
  endorsementsFor: (n, skill) => plural('he', n, { one: `המלצה אחת על ${skill}`, two: `שתי המלצות על ${skill}`, other: `${N(n)} המלצות על ${skill}` }),
  acceptedAnswersIn: (n, skill) => plural('he', n, { one: `תשובה מאושרת אחת בנושא ${skill}`, two: `שתי תשובות מאושרות בנושא ${skill}`, other: `${N(n)} תשובות מאושרות בנושא ${skill}` }),
  declared: (skill) => `מציין/ת את ${skill} כמיומנות`,
  nameMatch: 'תואם לשם, לתפקיד, למחלקה או למיקום',
};
