import { formatNumber } from '../../internal/format.js';
import type { NotificationsStrings } from '../notifications.strings.js';

const N = (n: number) => formatNumber('ar', n);

/** `<confab-notifications>` strings in Arabic, loaded on demand. */
export const strings: NotificationsStrings = {
  bell: (n) => `الإشعارات، ${N(n)} غير مقروءة`,
  title: 'الإشعارات',
  markAllRead: 'تعليم الكل كمقروء',
  preferences: 'التفضيلات',
  back: 'العودة إلى الإشعارات',
  empty: 'لا توجد إشعارات بعد.',
  signIn: 'سجّل الدخول لرؤية إشعاراتك.',
  unread: 'غير مقروء',
  showMore: 'عرض المزيد',
  allRead: 'تم تعليم كل الإشعارات كمقروءة.',
  arrived: (text) => `إشعار جديد: ${text}`,
  someone: 'شخص ما',
  line: {
    'answer.created': (a, t) => `أجاب ${a}: ${t}`,
    'answer.accepted': (a, t) => `قبل ${a} إجابة: ${t}`,
    'question.routed': (_a, t) => `طُرح عليك سؤال: ${t}`,
    'question.escalated': (_a, t) => `سُئل مزيد من الخبراء: ${t}`,
    'idea.status': (a, t) => `غيّر ${a} حالة: ${t}`,
    'comment.created': (a, t) => `علّق ${a} على: ${t}`,
    'idea.review-due': (_a, t) => `بانتظار المراجعة: ${t}`,
    'feedback.responded': (a, t) => `ردّ ${a} على ملاحظاتك حول: ${t}`,
    mention: (a, t) => `ذكرك ${a} في: ${t}`,
    'webhook.disabled': (_a, t) => `تم تعطيل webhook: ${t}`,
    'content.moderated': (_a, t) => `اتخذ الإشراف إجراءً بشأن منشورك: ${t}`,
  },
  types: {
    'question.routed': 'أسئلة موجهة إليك',
    'answer.created': 'إجابات جديدة',
    'answer.accepted': 'إجابات مقبولة',
    'question.escalated': 'أسئلة أُحيلت إلى مزيد من الخبراء',
    'idea.status': 'تغييرات حالة الأفكار',
    'comment.created': 'تعليقات جديدة',
    'idea.review-due': 'أفكار بانتظار المراجعة',
    'feedback.responded': 'ردود على ملاحظاتك',
    mention: 'الإشارات',
    'webhook.disabled': 'webhooks معطلة',
    'content.moderated': 'الإشراف على منشوراتك',
  },
  channels: { page: 'في الصفحة', digest: 'في ملخص البريد', immediate: 'بالبريد فورًا', off: 'إيقاف' },
  digestLabel: 'ملخص البريد الإلكتروني',
  digest: { daily: 'يومي', weekly: 'أسبوعي' },
  autoFollowLegend: 'المتابعة تلقائيًا',
  autoFollow: { write: 'ما أكتبه', vote: 'ما أصوّت عليه', comment: 'ما أعلّق عليه' },
  save: 'حفظ التفضيلات',
  saved: 'تم حفظ التفضيلات.',
};
