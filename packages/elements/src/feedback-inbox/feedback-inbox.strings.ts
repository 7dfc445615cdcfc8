import type { FeedbackState } from '@confab/core';
import { plural } from '../internal/format.js';
import type { StringTables } from '../internal/localize.js';

/** The state filter of the inbox: one state, or every state. */
export type InboxFilter = FeedbackState | 'all';

/** The strings of `<confab-feedback-inbox>`; override any of them per instance with the `strings` property. */
export interface FeedbackInboxStrings {
  title: string;
  /** Heading suffix naming the subject, e.g. "for https://intranet/travel". */
  forSubject: (subject: string) => string;
  notAllowed: string;
  signIn: string;
  empty: string;
  filterLabel: string;
  filters: Record<InboxFilter, string>;
  subjectLabel: string;
  subjectHint: string;
  summaryCount: string;
  summaryOpen: string;
  summaryHelpful: string;
  helpfulValue: (helpful: number, count: number) => string;
  summaryAverage: string;
  averageValue: (average: string, count: number) => string;
  yes: string;
  no: string;
  starsValue: (n: number) => string;
  anonymous: string;
  noComment: string;
  subject: string;
  responseFrom: (name: string) => string;
  /** The response box's label; it must contain the word for "response". */
  responseLabel: string;
  respond: string;
  markActioned: string;
  dismiss: string;
  reopen: string;
  showMore: string;
  responseRequired: string;
  responded: string;
  stateChanged: (state: string) => string;
  newFeedback: string;
}

/** `<confab-feedback-inbox>` strings in English, German and Arabic. */
export const feedbackInboxStrings: StringTables<FeedbackInboxStrings> = {
  en: {
    title: 'Feedback',
    forSubject: (s) => `Feedback for ${s}`,
    notAllowed: 'Only moderators and page owners can see this feedback.',
    signIn: 'Sign in as a moderator or page owner to see this feedback.',
    empty: 'No feedback here.',
    filterLabel: 'Show',
    filters: { open: 'Open', actioned: 'Actioned', dismissed: 'Dismissed', all: 'All' },
    subjectLabel: 'Subject',
    subjectHint: 'Leave empty for every subject.',
    summaryCount: 'Feedback',
    summaryOpen: 'Open',
    summaryHelpful: 'Found it helpful',
    helpfulValue: (h, n) => `${h} of ${n}`,
    summaryAverage: 'Average rating',
    averageValue: (avg, n) => plural('en', n, { one: `${avg} of 5 (1 rating)`, other: `${avg} of 5 (${n} ratings)` }),
    yes: 'Helpful: yes',
    no: 'Helpful: no',
    starsValue: (n) => plural('en', n, { one: '1 of 5 stars', other: `${n} of 5 stars` }),
    anonymous: 'Anonymous',
    noComment: 'No comment.',
    subject: 'On',
    responseFrom: (name) => `Response from ${name}`,
    responseLabel: 'Your response',
    respond: 'Respond',
    markActioned: 'Mark actioned',
    dismiss: 'Dismiss',
    reopen: 'Reopen',
    showMore: 'Show more',
    responseRequired: 'Write a response first.',
    responded: 'Response sent.',
    stateChanged: (state) => `Marked as ${state.toLowerCase()}.`,
    newFeedback: 'New feedback arrived.',
  },
  de: {
    title: 'Feedback',
    forSubject: (s) => `Feedback zu ${s}`,
    notAllowed: 'Nur Moderierende und Verantwortliche der Seite können dieses Feedback sehen.',
    signIn: 'Melden Sie sich als Moderator:in oder Verantwortliche:r der Seite an, um dieses Feedback zu sehen.',
    empty: 'Hier gibt es kein Feedback.',
    filterLabel: 'Anzeigen',
    filters: { open: 'Offen', actioned: 'Erledigt', dismissed: 'Verworfen', all: 'Alle' },
    subjectLabel: 'Gegenstand',
    subjectHint: 'Leer lassen für alle Gegenstände.',
    summaryCount: 'Feedback',
    summaryOpen: 'Offen',
    summaryHelpful: 'Fanden es hilfreich',
    helpfulValue: (h, n) => `${h} von ${n}`,
    summaryAverage: 'Durchschnittliche Bewertung',
    averageValue: (avg, n) => plural('de', n, { one: `${avg} von 5 (1 Bewertung)`, other: `${avg} von 5 (${n} Bewertungen)` }),
    yes: 'Hilfreich: ja',
    no: 'Hilfreich: nein',
    starsValue: (n) => plural('de', n, { one: '1 von 5 Sternen', other: `${n} von 5 Sternen` }),
    anonymous: 'Anonym',
    noComment: 'Kein Kommentar.',
    subject: 'Zu',
    responseFrom: (name) => `Antwort von ${name}`,
    responseLabel: 'Ihre Antwort',
    respond: 'Antworten',
    markActioned: 'Als erledigt markieren',
    dismiss: 'Verwerfen',
    reopen: 'Wieder öffnen',
    showMore: 'Mehr anzeigen',
    responseRequired: 'Schreiben Sie zuerst eine Antwort.',
    responded: 'Antwort gesendet.',
    stateChanged: (state) => `Markiert als „${state}“.`,
    newFeedback: 'Neues Feedback ist eingegangen.',
  },
  ar: {
    title: 'الملاحظات',
    forSubject: (s) => `ملاحظات حول ${s}`,
    notAllowed: 'لا يمكن إلا للمشرفين ومسؤولي الصفحة رؤية هذه الملاحظات.',
    signIn: 'سجّل الدخول بصفتك مشرفًا أو مسؤولًا عن الصفحة لرؤية هذه الملاحظات.',
    empty: 'لا توجد ملاحظات هنا.',
    filterLabel: 'عرض',
    filters: { open: 'مفتوحة', actioned: 'تمت معالجتها', dismissed: 'مستبعدة', all: 'الكل' },
    subjectLabel: 'الموضوع',
    subjectHint: 'اتركه فارغًا لعرض كل المواضيع.',
    summaryCount: 'الملاحظات',
    summaryOpen: 'مفتوحة',
    summaryHelpful: 'وجدوها مفيدة',
    helpfulValue: (h, n) => `${h} من أصل ${n}`,
    summaryAverage: 'متوسط التقييم',
    averageValue: (avg, n) => plural('ar', n, { one: `${avg} من 5 (تقييم واحد)`, two: `${avg} من 5 (تقييمان)`, few: `${avg} من 5 (${n} تقييمات)`, other: `${avg} من 5 (${n} تقييمًا)` }),
    yes: 'مفيدة: نعم',
    no: 'مفيدة: لا',
    starsValue: (n) => `${n} من 5 نجوم`,
    anonymous: 'مجهول الهوية',
    noComment: 'لا يوجد تعليق.',
    subject: 'حول',
    responseFrom: (name) => `ردّ من ${name}`,
    responseLabel: 'ردّك',
    respond: 'ردّ',
    markActioned: 'تعليم كمعالجة',
    dismiss: 'استبعاد',
    reopen: 'إعادة فتح',
    showMore: 'عرض المزيد',
    responseRequired: 'اكتب ردًّا أولًا.',
    responded: 'أُرسل الرد.',
    stateChanged: (state) => `عُلّمت بأنها: ${state}.`,
    newFeedback: 'وصلت ملاحظات جديدة.',
  },
};
