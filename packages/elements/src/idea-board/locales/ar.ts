import { formatNumber, plural } from '../../internal/format.js';
import type { IdeaBoardStrings } from '../idea-board.strings.js';

const N = (n: number) => formatNumber('ar', n);

/** `<confab-idea-board>` strings in Arabic, loaded on demand. */
export const strings: IdeaBoardStrings = {
  defaultTitle: 'الأفكار',
  whyWeAsk: 'لماذا نسأل',
  open: 'مفتوحة لاستقبال الأفكار',
  closed: 'مغلقة',
  closedMessage: 'هذه الحملة مغلقة ولا تقبل أفكارًا جديدة. لا يزال بإمكانك القراءة والتصويت والتعليق.',
  formHeading: 'اقترح فكرة',
  titleLabel: 'عنوان الفكرة',
  descriptionLabel: 'الوصف',
  descriptionHint: 'اختياري. يمكنك استخدام Markdown: **غامق**، قوائم، روابط.',
  tagsLabel: 'الوسوم',
  tagsHint: 'اختياري. افصل بين الوسوم بفواصل.',
  submit: 'أرسل الفكرة',
  titleRequired: 'أعطِ فكرتك عنوانًا.',
  tooManyTags: (max) => `${max} وسوم كحد أقصى.`,
  submitted: 'أُرسلت فكرتك.',
  queued: 'أنت غير متصل. ستُحفظ فكرتك وتُرسل عند عودة الاتصال.',
  pendingHeading: 'بانتظار الإرسال',
  similarHeading: 'أفكار مشابهة',
  similarHint: 'هل فكرتك بينها؟ صوّت لها بدلًا من نشرها مرتين.',
  similarFound: (n) => plural('ar', n, { one: 'وُجدت فكرة مشابهة واحدة.', two: 'وُجدت فكرتان مشابهتان.', few: `وُجدت ${N(n)} أفكار مشابهة.`, other: `وُجدت ${N(n)} فكرة مشابهة.` }),
  voteFor: (title) => `صوّت لصالح «${title}»`,
  votes: (n) => plural('ar', n, { zero: 'لا أصوات', one: 'صوت واحد', two: 'صوتان', few: `${N(n)} أصوات`, many: `${N(n)} صوتًا`, other: `${N(n)} صوت` }),
  sortLabel: 'الترتيب حسب',
  sortTop: 'الأعلى تصويتًا',
  sortNew: 'الأحدث',
  sortTrending: 'الرائجة',
  statusFilter: 'الحالة',
  allStatuses: 'كل الحالات',
  listHeading: 'الأفكار',
  empty: 'لا توجد أفكار بعد. كن أول من يقترح فكرة.',
  emptyFiltered: 'لا توجد أفكار بهذه الحالة.',
  showMore: 'عرض مزيد من الأفكار',
  newIdeas: (n) => plural('ar', n, { one: 'فكرة جديدة واحدة — اعرضها', two: 'فكرتان جديدتان — اعرضهما', few: `${N(n)} أفكار جديدة — اعرضها`, other: `${N(n)} فكرة جديدة — اعرضها` }),
  shown: (n) => plural('ar', n, { zero: 'لا أفكار معروضة', one: 'تُعرض فكرة واحدة', two: 'تُعرض فكرتان', few: `تُعرض ${N(n)} أفكار`, other: `تُعرض ${N(n)} فكرة` }),
  voteRefused: (reason) => `لم يُحفظ صوتك وتم التراجع عنه. ${reason}`,
  skipIdeas: 'تخطي الأفكار',
};
