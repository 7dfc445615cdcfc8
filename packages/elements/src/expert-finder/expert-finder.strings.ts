import { plural } from '../internal/format.js';
import type { StringTables } from '../internal/localize.js';

/** Every string `<confab-expert-finder>` shows; override any of them with the `strings` property. */
export interface ExpertFinderStrings {
  /** The search box's label; its accessible name must say "expert". */
  label: string;
  placeholder: string;
  search: string;
  /** Shown before the first search. */
  hint: string;
  searching: string;
  /** Announced with the results: how many experts are shown. */
  found: (n: number) => string;
  /** "No experts found for …". */
  empty: (query: string) => string;
  /** The search failed because the browser is offline. */
  offline: string;
  showMore: string;
  /** Announced after "Show more". */
  more: (n: number) => string;
  /** The heading of the result list, for screen-reader navigation. */
  results: string;
  /** Reasons a person ranks, one per matching skill. */
  endorsementsFor: (n: number, skill: string) => string;
  acceptedAnswersIn: (n: number, skill: string) => string;
  declared: (skill: string) => string;
  /** A person found by name, title, department or location only. */
  nameMatch: string;
}

/** The finder's strings in English, German and Arabic. */
export const expertFinderStrings: StringTables<ExpertFinderStrings> = {
  en: {
    label: 'Find an expert',
    placeholder: 'Skill or topic, e.g. Kubernetes',
    search: 'Search',
    hint: 'Search by skill or topic. Experts are ranked by accepted answers and endorsements.',
    searching: 'Searching…',
    found: (n) => plural('en', n, { one: '1 expert found', other: `${n} experts found` }),
    empty: (q) => `No experts found for “${q}”.`,
    offline: 'You are offline. Search again when you are back online.',
    showMore: 'Show more',
    more: (n) => plural('en', n, { one: '1 more expert shown', other: `${n} more experts shown` }),
    results: 'Experts',
    endorsementsFor: (n, skill) => plural('en', n, { one: `1 endorsement for ${skill}`, other: `${n} endorsements for ${skill}` }),
    acceptedAnswersIn: (n, skill) => plural('en', n, { one: `1 accepted answer in ${skill}`, other: `${n} accepted answers in ${skill}` }),
    declared: (skill) => `Lists ${skill} as a skill`,
    nameMatch: 'Matches name, title, department or location',
  },
  de: {
    label: 'Expertin oder Experten finden',
    placeholder: 'Kenntnis oder Thema, z. B. Kubernetes',
    search: 'Suchen',
    hint: 'Suchen Sie nach Kenntnis oder Thema. Die Reihenfolge ergibt sich aus akzeptierten Antworten und Bestätigungen.',
    searching: 'Suche läuft …',
    found: (n) => plural('de', n, { one: '1 Person gefunden', other: `${n} Personen gefunden` }),
    empty: (q) => `Keine Expertinnen oder Experten für „${q}“ gefunden.`,
    offline: 'Sie sind offline. Suchen Sie erneut, wenn Sie wieder online sind.',
    showMore: 'Mehr anzeigen',
    more: (n) => plural('de', n, { one: '1 weitere Person angezeigt', other: `${n} weitere Personen angezeigt` }),
    results: 'Expertinnen und Experten',
    endorsementsFor: (n, skill) => plural('de', n, { one: `1 Bestätigung für ${skill}`, other: `${n} Bestätigungen für ${skill}` }),
    acceptedAnswersIn: (n, skill) => plural('de', n, { one: `1 akzeptierte Antwort zu ${skill}`, other: `${n} akzeptierte Antworten zu ${skill}` }),
    declared: (skill) => `Gibt ${skill} als Kenntnis an`,
    nameMatch: 'Name, Titel, Abteilung oder Ort passen',
  },
  ar: {
    label: 'ابحث عن خبير',
    placeholder: 'مهارة أو موضوع، مثل Kubernetes',
    search: 'بحث',
    hint: 'ابحث حسب المهارة أو الموضوع. يُرتَّب الخبراء حسب الإجابات المقبولة والتأييدات.',
    searching: 'جارٍ البحث…',
    found: (n) => plural('ar', n, {
      zero: 'لم يُعثر على خبراء', one: 'عُثر على خبير واحد', two: 'عُثر على خبيرين', few: `عُثر على ${n} خبراء`, many: `عُثر على ${n} خبيرًا`, other: `عُثر على ${n} خبير`,
    }),
    empty: (q) => `لم يُعثر على خبراء لـ «${q}».`,
    offline: 'أنت غير متصل. ابحث مجددًا عند عودة الاتصال.',
    showMore: 'عرض المزيد',
    more: (n) => plural('ar', n, {
      zero: 'لا مزيد من الخبراء', one: 'عُرض خبير آخر', two: 'عُرض خبيران آخران', few: `عُرض ${n} خبراء آخرين`, many: `عُرض ${n} خبيرًا آخر`, other: `عُرض ${n} خبير آخر`,
    }),
    results: 'الخبراء',
    endorsementsFor: (n, skill) => plural('ar', n, {
      zero: `لا تأييدات لـ ${skill}`, one: `تأييد واحد لـ ${skill}`, two: `تأييدان لـ ${skill}`, few: `${n} تأييدات لـ ${skill}`, many: `${n} تأييدًا لـ ${skill}`, other: `${n} تأييد لـ ${skill}`,
    }),
    acceptedAnswersIn: (n, skill) => plural('ar', n, {
      zero: `لا إجابات مقبولة في ${skill}`, one: `إجابة مقبولة واحدة في ${skill}`, two: `إجابتان مقبولتان في ${skill}`,
      few: `${n} إجابات مقبولة في ${skill}`, many: `${n} إجابة مقبولة في ${skill}`, other: `${n} إجابة مقبولة في ${skill}`,
    }),
    declared: (skill) => `يذكر ${skill} ضمن مهاراته`,
    nameMatch: 'يطابق الاسم أو المسمى الوظيفي أو القسم أو الموقع',
  },
};
