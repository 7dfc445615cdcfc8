import { formatNumber, plural } from '../../internal/format.js';
import type { ExpertFinderStrings } from '../expert-finder.strings.js';

const N = (n: number) => formatNumber('ar', n);

/** `<confab-expert-finder>` strings in Arabic, loaded on demand. */
export const strings: ExpertFinderStrings = {
  label: 'ابحث عن خبير',
  placeholder: 'مهارة أو موضوع، مثل Kubernetes',
  search: 'بحث',
  hint: 'ابحث حسب المهارة أو الموضوع. يُرتَّب الخبراء حسب الإجابات المقبولة والتأييدات.',
  searching: 'جارٍ البحث…',
  found: (n) => plural('ar', n, {
    zero: 'لم يُعثر على خبراء', one: 'عُثر على خبير واحد', two: 'عُثر على خبيرين', few: `عُثر على ${N(n)} خبراء`, many: `عُثر على ${N(n)} خبيرًا`, other: `عُثر على ${N(n)} خبير`,
  }),
  empty: (q) => `لم يُعثر على خبراء لـ «${q}».`,
  offline: 'أنت غير متصل. ابحث مجددًا عند عودة الاتصال.',
  showMore: 'عرض المزيد',
  more: (n) => plural('ar', n, {
    zero: 'لا مزيد من الخبراء', one: 'عُرض خبير آخر', two: 'عُرض خبيران آخران', few: `عُرض ${N(n)} خبراء آخرين`, many: `عُرض ${N(n)} خبيرًا آخر`, other: `عُرض ${N(n)} خبير آخر`,
  }),
  results: 'الخبراء',
  endorsementsFor: (n, skill) => plural('ar', n, {
    zero: `لا تأييدات لـ ${skill}`, one: `تأييد واحد لـ ${skill}`, two: `تأييدان لـ ${skill}`, few: `${N(n)} تأييدات لـ ${skill}`, many: `${N(n)} تأييدًا لـ ${skill}`, other: `${N(n)} تأييد لـ ${skill}`,
  }),
  acceptedAnswersIn: (n, skill) => plural('ar', n, {
    zero: `لا إجابات مقبولة في ${skill}`, one: `إجابة مقبولة واحدة في ${skill}`, two: `إجابتان مقبولتان في ${skill}`,
    few: `${N(n)} إجابات مقبولة في ${skill}`, many: `${N(n)} إجابة مقبولة في ${skill}`, other: `${N(n)} إجابة مقبولة في ${skill}`,
  }),
  declared: (skill) => `يذكر ${skill} ضمن مهاراته`,
  nameMatch: 'يطابق الاسم أو المسمى الوظيفي أو القسم أو الموقع',
};
