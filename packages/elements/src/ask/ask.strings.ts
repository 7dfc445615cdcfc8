import { plural } from '../internal/format.js';
import type { StringTables } from '../internal/localize.js';

/** Every string `<confab-ask>` shows; override any of them per instance with the `strings` property. */
export interface AskStrings {
  /** Heading of the widget. */
  heading: string;
  composerHeading: string;
  /** Accessible name of the title field; must contain "question". */
  titleLabel: string;
  /** Accessible name of the details field; must contain "details". */
  detailsLabel: string;
  tagsLabel: string;
  tagsHint: string;
  /** The submit button; "Ask". */
  ask: string;
  titleRequired: string;
  similarHeading: string;
  expertsHeading: string;
  notify: (name: string) => string;
  listHeading: string;
  sortLabel: string;
  sortNew: string;
  sortVotes: string;
  sortUnanswered: string;
  empty: string;
  showMore: string;
  askedBy: (name: string) => string;
  answeredBy: (name: string) => string;
  votes: (n: number) => string;
  answers: (n: number) => string;
  answered: string;
  back: string;
  noAnswers: string;
  /** Accessible name of the answer field; must contain "answer". */
  answerLabel: string;
  postAnswer: string;
  answerRequired: string;
  accept: string;
  unaccept: string;
  acceptedMark: string;
  upvoteQuestion: string;
  upvoteAnswer: string;
  voteFailed: string;
  questionQueued: string;
  answerQueued: string;
  questionPosted: string;
  answerPosted: string;
  liveQuestion: (title: string) => string;
  liveAnswer: (name: string) => string;
  liveAccepted: string;
  routedTo: (names: string) => string;
  pendingQuestions: string;
}

const plain = (n: number) => String(n);

/** The `<confab-ask>` strings in English, German and Arabic. */
export const askStrings: StringTables<AskStrings> = {
  en: {
    heading: 'Questions and answers',
    composerHeading: 'Ask a question',
    titleLabel: 'Your question',
    detailsLabel: 'Details (optional, Markdown)',
    tagsLabel: 'Tags (optional)',
    tagsHint: 'Separate tags with commas.',
    ask: 'Ask',
    titleRequired: 'Please write your question.',
    similarHeading: 'Already asked?',
    expertsHeading: 'People who may know',
    notify: (name) => `Notify ${name}`,
    listHeading: 'Questions on this page',
    sortLabel: 'Sort by',
    sortNew: 'Newest',
    sortVotes: 'Most votes',
    sortUnanswered: 'Unanswered',
    empty: 'No questions yet. Be the first to ask.',
    showMore: 'Show more',
    askedBy: (name) => `asked by ${name}`,
    answeredBy: (name) => `answered by ${name}`,
    votes: (n) => plural('en', n, { one: '1 vote', other: `${plain(n)} votes` }),
    answers: (n) => plural('en', n, { one: '1 answer', other: `${plain(n)} answers` }),
    answered: 'Answered',
    back: 'Back to questions',
    noAnswers: 'No answers yet.',
    answerLabel: 'Your answer (Markdown)',
    postAnswer: 'Post answer',
    answerRequired: 'Please write an answer.',
    accept: 'Accept',
    unaccept: 'Withdraw acceptance',
    acceptedMark: 'Accepted answer',
    upvoteQuestion: 'Upvote question',
    upvoteAnswer: 'Upvote answer',
    voteFailed: 'Your vote could not be saved and was undone.',
    questionQueued: 'Your question is kept and will be sent when the connection is back.',
    answerQueued: 'Your answer is kept and will be sent when the connection is back.',
    questionPosted: 'Your question was posted.',
    answerPosted: 'Your answer was posted.',
    liveQuestion: (title) => `New question: ${title}`,
    liveAnswer: (name) => `${name} posted an answer.`,
    liveAccepted: 'An answer was accepted.',
    routedTo: (names) => `Addressed to ${names}`,
    pendingQuestions: 'Waiting to send',
  },
  de: {
    heading: 'Fragen und Antworten',
    composerHeading: 'Eine Frage stellen',
    titleLabel: 'Ihre Frage',
    detailsLabel: 'Details (optional, Markdown)',
    tagsLabel: 'Schlagwörter (optional)',
    tagsHint: 'Schlagwörter durch Kommas trennen.',
    ask: 'Fragen',
    titleRequired: 'Bitte schreiben Sie Ihre Frage.',
    similarHeading: 'Schon gefragt?',
    expertsHeading: 'Wer es wissen könnte',
    notify: (name) => `${name} benachrichtigen`,
    listHeading: 'Fragen zu dieser Seite',
    sortLabel: 'Sortieren nach',
    sortNew: 'Neueste',
    sortVotes: 'Meiste Stimmen',
    sortUnanswered: 'Unbeantwortet',
    empty: 'Noch keine Fragen. Stellen Sie die erste.',
    showMore: 'Mehr anzeigen',
    askedBy: (name) => `gefragt von ${name}`,
    answeredBy: (name) => `beantwortet von ${name}`,
    votes: (n) => plural('de', n, { one: '1 Stimme', other: `${plain(n)} Stimmen` }),
    answers: (n) => plural('de', n, { one: '1 Antwort', other: `${plain(n)} Antworten` }),
    answered: 'Beantwortet',
    back: 'Zurück zu den Fragen',
    noAnswers: 'Noch keine Antworten.',
    answerLabel: 'Ihre Antwort (Markdown)',
    postAnswer: 'Antwort senden',
    answerRequired: 'Bitte schreiben Sie eine Antwort.',
    accept: 'Akzeptieren',
    unaccept: 'Akzeptanz zurücknehmen',
    acceptedMark: 'Akzeptierte Antwort',
    upvoteQuestion: 'Für die Frage stimmen',
    upvoteAnswer: 'Für die Antwort stimmen',
    voteFailed: 'Ihre Stimme konnte nicht gespeichert werden und wurde zurückgenommen.',
    questionQueued: 'Ihre Frage bleibt erhalten und wird gesendet, sobald die Verbindung wieder steht.',
    answerQueued: 'Ihre Antwort bleibt erhalten und wird gesendet, sobald die Verbindung wieder steht.',
    questionPosted: 'Ihre Frage wurde veröffentlicht.',
    answerPosted: 'Ihre Antwort wurde veröffentlicht.',
    liveQuestion: (title) => `Neue Frage: ${title}`,
    liveAnswer: (name) => `${name} hat eine Antwort geschrieben.`,
    liveAccepted: 'Eine Antwort wurde akzeptiert.',
    routedTo: (names) => `Gerichtet an ${names}`,
    pendingQuestions: 'Wartet auf Versand',
  },
  ar: {
    heading: 'أسئلة وأجوبة',
    composerHeading: 'اطرح سؤالًا',
    titleLabel: 'سؤالك',
    detailsLabel: 'التفاصيل (اختياري، Markdown)',
    tagsLabel: 'الوسوم (اختياري)',
    tagsHint: 'افصل بين الوسوم بفواصل.',
    ask: 'اسأل',
    titleRequired: 'يرجى كتابة سؤالك.',
    similarHeading: 'هل سُئل من قبل؟',
    expertsHeading: 'أشخاص قد يعرفون الإجابة',
    notify: (name) => `إشعار ${name}`,
    listHeading: 'الأسئلة في هذه الصفحة',
    sortLabel: 'الترتيب حسب',
    sortNew: 'الأحدث',
    sortVotes: 'الأكثر تصويتًا',
    sortUnanswered: 'بلا إجابة',
    empty: 'لا توجد أسئلة بعد. كن أول من يسأل.',
    showMore: 'عرض المزيد',
    askedBy: (name) => `سأله ${name}`,
    answeredBy: (name) => `أجاب ${name}`,
    votes: (n) => plural('ar', n, { zero: 'لا أصوات', one: 'صوت واحد', two: 'صوتان', few: `${plain(n)} أصوات`, many: `${plain(n)} صوتًا`, other: `${plain(n)} صوت` }),
    answers: (n) => plural('ar', n, { zero: 'لا إجابات', one: 'إجابة واحدة', two: 'إجابتان', few: `${plain(n)} إجابات`, many: `${plain(n)} إجابة`, other: `${plain(n)} إجابة` }),
    answered: 'تمت الإجابة',
    back: 'العودة إلى الأسئلة',
    noAnswers: 'لا توجد إجابات بعد.',
    answerLabel: 'إجابتك (Markdown)',
    postAnswer: 'نشر الإجابة',
    answerRequired: 'يرجى كتابة إجابة.',
    accept: 'قبول',
    unaccept: 'سحب القبول',
    acceptedMark: 'إجابة مقبولة',
    upvoteQuestion: 'التصويت للسؤال',
    upvoteAnswer: 'التصويت للإجابة',
    voteFailed: 'تعذّر حفظ صوتك وتم التراجع عنه.',
    questionQueued: 'سؤالك محفوظ وسيُرسل عند عودة الاتصال.',
    answerQueued: 'إجابتك محفوظة وستُرسل عند عودة الاتصال.',
    questionPosted: 'تم نشر سؤالك.',
    answerPosted: 'تم نشر إجابتك.',
    liveQuestion: (title) => `سؤال جديد: ${title}`,
    liveAnswer: (name) => `نشر ${name} إجابة.`,
    liveAccepted: 'تم قبول إجابة.',
    routedTo: (names) => `موجّه إلى ${names}`,
    pendingQuestions: 'بانتظار الإرسال',
  },
};
