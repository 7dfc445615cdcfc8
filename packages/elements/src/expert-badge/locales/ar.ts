import { formatNumber, plural } from '../../internal/format.js';
import type { ExpertBadgeStrings } from '../expert-badge.strings.js';

const N = (n: number) => formatNumber('ar', n);

/** `<confab-expert-badge>` strings in Arabic, loaded on demand. */
export const strings: ExpertBadgeStrings = {
  unknownPerson: 'شخص غير معروف',
  loadFailed: 'تعذّر تحميل بيانات هذا الشخص.',
  loadOffline: 'أنت غير متصل؛ لا يمكن تحميل بيانات هذا الشخص.',
  availability: { available: 'متاح', busy: 'مشغول', away: 'بعيد', offline: 'غير متصل' },
  close: 'إغلاق الملف الشخصي',
  ask: (first) => `اسأل ${first}`,
  endorse: 'تأييد',
  endorseSkill: (skill) => `تأييد ${skill}`,
  endorsements: (n) => plural('ar', n, {
    zero: 'لا تأييدات', one: 'تأييد واحد', two: 'تأييدان', few: `${N(n)} تأييدات`, many: `${N(n)} تأييدًا`, other: `${N(n)} تأييد`,
  }),
  skills: 'المهارات',
  noSkills: 'لم تُذكر أي مهارات بعد.',
  evidence: 'الإجابات',
  evidenceAccepted: (n, skill) => plural('ar', n, {
    zero: `لا إجابات مقبولة في ${skill}`, one: `إجابة مقبولة واحدة في ${skill}`, two: `إجابتان مقبولتان في ${skill}`,
    few: `${N(n)} إجابات مقبولة في ${skill}`, many: `${N(n)} إجابة مقبولة في ${skill}`, other: `${N(n)} إجابة مقبولة في ${skill}`,
  }),
  evidenceAnswers: (n, skill) => plural('ar', n, {
    zero: `لا إجابات في ${skill}`, one: `إجابة واحدة في ${skill}`, two: `إجابتان في ${skill}`,
    few: `${N(n)} إجابات في ${skill}`, many: `${N(n)} إجابة في ${skill}`, other: `${N(n)} إجابة في ${skill}`,
  }),
  endorsed: (skill) => `لقد أيّدت ${skill}.`,
  unendorsed: (skill) => `لقد سحبت تأييدك لـ ${skill}.`,
  endorseOffline: 'أنت غير متصل. حاول مجددًا عند عودة الاتصال.',
  availabilityUntil: (availability, date) => `${availability} حتى ${date}`,
  editProfile: 'تعديل الملف الشخصي',
};
