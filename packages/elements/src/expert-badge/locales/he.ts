import { formatNumber, plural } from '../../internal/format.js';
import type { ExpertBadgeStrings } from '../expert-badge.strings.js';

const N = (n: number) => formatNumber('he', n);

/** `<confab-expert-badge>` strings in Hebrew, loaded on demand. */
export const strings: ExpertBadgeStrings = {
  unknownPerson: 'אדם לא מוכר',
  loadFailed: 'לא ניתן היה לטעון את פרטי האדם הזה.',
  loadOffline: 'אין חיבור לרשת; לא ניתן לטעון את פרטי האדם הזה.',
  availability: { available: 'זמין', busy: 'עסוק', away: 'לא ליד המחשב', offline: 'לא מחובר' },
  close: 'סגירת הפרופיל',
  ask: (first) => `לשאול את ${first}`,
  endorse: 'המלצה',
  endorseSkill: (skill) => `המלצה על ${skill}`,
  endorsements: (n) => plural('he', n, { one: 'המלצה אחת', two: 'שתי המלצות', other: `${N(n)} המלצות` }),
  skills: 'מיומנויות',
  noSkills: 'עדיין לא צוינו מיומנויות.',
  evidence: 'תשובות',
  evidenceAccepted: (n, skill) => plural('he', n, { one: `תשובה מאושרת אחת בנושא ${skill}`, two: `שתי תשובות מאושרות בנושא ${skill}`, other: `${N(n)} תשובות מאושרות בנושא ${skill}` }),
  evidenceAnswers: (n, skill) => plural('he', n, { one: `תשובה אחת בנושא ${skill}`, two: `שתי תשובות בנושא ${skill}`, other: `${N(n)} תשובות בנושא ${skill}` }),
  endorsed: (skill) => `המלצת על ${skill}.`,
  unendorsed: (skill) => `ביטלת את ההמלצה שלך על ${skill}.`,
  endorseOffline: 'אין חיבור לרשת. אפשר לנסות שוב כשהחיבור יחזור.',
  availabilityUntil: (availability, date) => `${availability} עד ${date}`,
  editProfile: 'עריכת הפרופיל',
};
