import type { Availability } from '@confab/core';
import { plural } from '../internal/format.js';
import type { StringTables } from '../internal/localize.js';

/** Every string `<confab-expert-badge>` shows; override any of them with the `strings` property. */
export interface ExpertBadgeStrings {
  /** Shown instead of a person the backend does not know. */
  unknownPerson: string;
  /** The person could not be loaded (besides being unknown). */
  loadFailed: string;
  /** The person could not be loaded because the browser is offline. */
  loadOffline: string;
  /** Text alternatives of the availability dot. */
  availability: Record<Exclude<Availability, 'unknown'>, string>;
  /** The close button of the profile card. */
  close: string;
  /** The "ask" action, with the person's first name. */
  ask: (firstName: string) => string;
  /** The visible label of an endorse toggle. */
  endorse: string;
  /** The accessible name of an endorse toggle. */
  endorseSkill: (skill: string) => string;
  /** How many people endorsed a skill. */
  endorsements: (n: number) => string;
  skills: string;
  noSkills: string;
  evidence: string;
  /** "12 accepted answers in Travel". */
  evidenceAccepted: (n: number, skill: string) => string;
  /** "3 answers in Travel", when none was accepted yet. */
  evidenceAnswers: (n: number, skill: string) => string;
  /** Announced after an endorsement. */
  endorsed: (skill: string) => string;
  /** Announced after an endorsement was withdrawn. */
  unendorsed: (skill: string) => string;
  /** An endorsement failed because the browser is offline. */
  endorseOffline: string;
}

/** The badge's strings in English, German and Arabic. */
export const expertBadgeStrings: StringTables<ExpertBadgeStrings> = {
  en: {
    unknownPerson: 'Unknown person',
    loadFailed: 'This person could not be loaded.',
    loadOffline: 'You are offline; this person cannot be loaded.',
    availability: { available: 'Available', busy: 'Busy', away: 'Away', offline: 'Offline' },
    close: 'Close profile',
    ask: (first) => `Ask ${first}`,
    endorse: 'Endorse',
    endorseSkill: (skill) => `Endorse ${skill}`,
    endorsements: (n) => plural('en', n, { one: '1 endorsement', other: `${n} endorsements` }),
    skills: 'Skills',
    noSkills: 'No skills listed yet.',
    evidence: 'Answers',
    evidenceAccepted: (n, skill) => plural('en', n, { one: `1 accepted answer in ${skill}`, other: `${n} accepted answers in ${skill}` }),
    evidenceAnswers: (n, skill) => plural('en', n, { one: `1 answer in ${skill}`, other: `${n} answers in ${skill}` }),
    endorsed: (skill) => `You endorsed ${skill}.`,
    unendorsed: (skill) => `You withdrew your endorsement of ${skill}.`,
    endorseOffline: 'You are offline. Try again when you are back online.',
  },
  de: {
    unknownPerson: 'Unbekannte Person',
    loadFailed: 'Diese Person konnte nicht geladen werden.',
    loadOffline: 'Sie sind offline; diese Person kann nicht geladen werden.',
    availability: { available: 'Verfügbar', busy: 'Beschäftigt', away: 'Abwesend', offline: 'Offline' },
    close: 'Profil schließen',
    ask: (first) => `${first} fragen`,
    endorse: 'Bestätigen',
    endorseSkill: (skill) => `${skill} bestätigen`,
    endorsements: (n) => plural('de', n, { one: '1 Bestätigung', other: `${n} Bestätigungen` }),
    skills: 'Kenntnisse',
    noSkills: 'Noch keine Kenntnisse angegeben.',
    evidence: 'Antworten',
    evidenceAccepted: (n, skill) => plural('de', n, { one: `1 akzeptierte Antwort zu ${skill}`, other: `${n} akzeptierte Antworten zu ${skill}` }),
    evidenceAnswers: (n, skill) => plural('de', n, { one: `1 Antwort zu ${skill}`, other: `${n} Antworten zu ${skill}` }),
    endorsed: (skill) => `Sie haben ${skill} bestätigt.`,
    unendorsed: (skill) => `Sie haben Ihre Bestätigung für ${skill} zurückgezogen.`,
    endorseOffline: 'Sie sind offline. Versuchen Sie es erneut, wenn Sie wieder online sind.',
  },
  ar: {
    unknownPerson: 'شخص غير معروف',
    loadFailed: 'تعذّر تحميل بيانات هذا الشخص.',
    loadOffline: 'أنت غير متصل؛ لا يمكن تحميل بيانات هذا الشخص.',
    availability: { available: 'متاح', busy: 'مشغول', away: 'بعيد', offline: 'غير متصل' },
    close: 'إغلاق الملف الشخصي',
    ask: (first) => `اسأل ${first}`,
    endorse: 'تأييد',
    endorseSkill: (skill) => `تأييد ${skill}`,
    endorsements: (n) => plural('ar', n, {
      zero: 'لا تأييدات', one: 'تأييد واحد', two: 'تأييدان', few: `${n} تأييدات`, many: `${n} تأييدًا`, other: `${n} تأييد`,
    }),
    skills: 'المهارات',
    noSkills: 'لم تُذكر أي مهارات بعد.',
    evidence: 'الإجابات',
    evidenceAccepted: (n, skill) => plural('ar', n, {
      zero: `لا إجابات مقبولة في ${skill}`, one: `إجابة مقبولة واحدة في ${skill}`, two: `إجابتان مقبولتان في ${skill}`,
      few: `${n} إجابات مقبولة في ${skill}`, many: `${n} إجابة مقبولة في ${skill}`, other: `${n} إجابة مقبولة في ${skill}`,
    }),
    evidenceAnswers: (n, skill) => plural('ar', n, {
      zero: `لا إجابات في ${skill}`, one: `إجابة واحدة في ${skill}`, two: `إجابتان في ${skill}`,
      few: `${n} إجابات في ${skill}`, many: `${n} إجابة في ${skill}`, other: `${n} إجابة في ${skill}`,
    }),
    endorsed: (skill) => `لقد أيّدت ${skill}.`,
    unendorsed: (skill) => `لقد سحبت تأييدك لـ ${skill}.`,
    endorseOffline: 'أنت غير متصل. حاول مجددًا عند عودة الاتصال.',
  },
};
