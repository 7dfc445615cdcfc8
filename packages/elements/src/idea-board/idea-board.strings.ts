import type { StringTables } from '../internal/localize.js';
import { plural } from '../internal/format.js';

/** Every string `<confab-idea-board>` shows; override any of them with the `strings` property. */
export interface IdeaBoardStrings {
  /** Heading of a board without a campaign. */
  defaultTitle: string;
  whyWeAsk: string;
  open: string;
  closed: string;
  closedMessage: string;
  formHeading: string;
  titleLabel: string;
  descriptionLabel: string;
  descriptionHint: string;
  tagsLabel: string;
  tagsHint: string;
  submit: string;
  titleRequired: string;
  tooManyTags: (max: number) => string;
  submitted: string;
  queued: string;
  pendingHeading: string;
  similarHeading: string;
  similarHint: string;
  similarFound: (n: number) => string;
  voteFor: (title: string) => string;
  votes: (n: number) => string;
  sortLabel: string;
  sortTop: string;
  sortNew: string;
  sortTrending: string;
  statusFilter: string;
  allStatuses: string;
  listHeading: string;
  empty: string;
  emptyFiltered: string;
  showMore: string;
  newIdeas: (n: number) => string;
  shown: (n: number) => string;
  voteRefused: (reason: string) => string;
}

/** The idea board's strings in English, German and Arabic. */
export const ideaBoardStrings: StringTables<IdeaBoardStrings> = {
  en: {
    defaultTitle: 'Ideas',
    whyWeAsk: 'Why we ask',
    open: 'Open for ideas',
    closed: 'Closed',
    closedMessage: 'This campaign is closed and takes no new ideas. You can still read, vote and comment.',
    formHeading: 'Propose an idea',
    titleLabel: 'Idea title',
    descriptionLabel: 'Description',
    descriptionHint: 'Optional. Markdown works: **bold**, lists, links.',
    tagsLabel: 'Tags',
    tagsHint: 'Optional. Separate tags with commas.',
    submit: 'Submit idea',
    titleRequired: 'Give your idea a title.',
    tooManyTags: (max) => `At most ${max} tags.`,
    submitted: 'Your idea was submitted.',
    queued: 'You are offline. Your idea is kept and will be submitted when you are back online.',
    pendingHeading: 'Waiting to be submitted',
    similarHeading: 'Similar ideas',
    similarHint: 'Is yours among them? Vote for it instead of posting it twice.',
    similarFound: (n) => plural('en', n, { one: '1 similar idea found.', other: `${n} similar ideas found.` }),
    voteFor: (title) => `Vote for ${title}`,
    votes: (n) => plural('en', n, { one: '1 vote', other: `${n} votes` }),
    sortLabel: 'Sort by',
    sortTop: 'Top',
    sortNew: 'Newest',
    sortTrending: 'Trending',
    statusFilter: 'Status',
    allStatuses: 'All statuses',
    listHeading: 'Ideas',
    empty: 'No ideas yet. Be the first to propose one.',
    emptyFiltered: 'No ideas with this status.',
    showMore: 'Show more ideas',
    newIdeas: (n) => plural('en', n, { one: '1 new idea — show', other: `${n} new ideas — show` }),
    shown: (n) => plural('en', n, { one: 'Showing 1 idea', other: `Showing ${n} ideas` }),
    voteRefused: (reason) => `Your vote was not saved and has been undone. ${reason}`,
  },
  de: {
    defaultTitle: 'Ideen',
    whyWeAsk: 'Warum wir fragen',
    open: 'Offen für Ideen',
    closed: 'Geschlossen',
    closedMessage: 'Diese Kampagne ist geschlossen und nimmt keine neuen Ideen an. Lesen, abstimmen und kommentieren können Sie weiterhin.',
    formHeading: 'Eine Idee vorschlagen',
    titleLabel: 'Titel der Idee',
    descriptionLabel: 'Beschreibung',
    descriptionHint: 'Optional. Markdown ist möglich: **fett**, Listen, Links.',
    tagsLabel: 'Schlagwörter',
    tagsHint: 'Optional. Trennen Sie Schlagwörter mit Kommas.',
    submit: 'Idee einreichen',
    titleRequired: 'Geben Sie Ihrer Idee einen Titel.',
    tooManyTags: (max) => `Höchstens ${max} Schlagwörter.`,
    submitted: 'Ihre Idee wurde eingereicht.',
    queued: 'Sie sind offline. Ihre Idee bleibt erhalten und wird eingereicht, sobald Sie wieder online sind.',
    pendingHeading: 'Wartet auf Einreichung',
    similarHeading: 'Ähnliche Ideen',
    similarHint: 'Ist Ihre dabei? Stimmen Sie dafür, statt sie doppelt einzureichen.',
    similarFound: (n) => plural('de', n, { one: '1 ähnliche Idee gefunden.', other: `${n} ähnliche Ideen gefunden.` }),
    voteFor: (title) => `Für „${title}“ stimmen`,
    votes: (n) => plural('de', n, { one: '1 Stimme', other: `${n} Stimmen` }),
    sortLabel: 'Sortieren nach',
    sortTop: 'Beliebteste',
    sortNew: 'Neueste',
    sortTrending: 'Im Trend',
    statusFilter: 'Status',
    allStatuses: 'Alle Status',
    listHeading: 'Ideen',
    empty: 'Noch keine Ideen. Schlagen Sie die erste vor.',
    emptyFiltered: 'Keine Ideen mit diesem Status.',
    showMore: 'Weitere Ideen anzeigen',
    newIdeas: (n) => plural('de', n, { one: '1 neue Idee – anzeigen', other: `${n} neue Ideen – anzeigen` }),
    shown: (n) => plural('de', n, { one: '1 Idee angezeigt', other: `${n} Ideen angezeigt` }),
    voteRefused: (reason) => `Ihre Stimme wurde nicht gespeichert und zurückgenommen. ${reason}`,
  },
  ar: {
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
    similarFound: (n) => plural('ar', n, { one: 'وُجدت فكرة مشابهة واحدة.', two: 'وُجدت فكرتان مشابهتان.', few: `وُجدت ${n} أفكار مشابهة.`, other: `وُجدت ${n} فكرة مشابهة.` }),
    voteFor: (title) => `صوّت لصالح «${title}»`,
    votes: (n) => plural('ar', n, { zero: 'لا أصوات', one: 'صوت واحد', two: 'صوتان', few: `${n} أصوات`, many: `${n} صوتًا`, other: `${n} صوت` }),
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
    newIdeas: (n) => plural('ar', n, { one: 'فكرة جديدة واحدة — اعرضها', two: 'فكرتان جديدتان — اعرضهما', few: `${n} أفكار جديدة — اعرضها`, other: `${n} فكرة جديدة — اعرضها` }),
    shown: (n) => plural('ar', n, { zero: 'لا أفكار معروضة', one: 'تُعرض فكرة واحدة', two: 'تُعرض فكرتان', few: `تُعرض ${n} أفكار`, other: `تُعرض ${n} فكرة` }),
    voteRefused: (reason) => `لم يُحفظ صوتك وتم التراجع عنه. ${reason}`,
  },
};
