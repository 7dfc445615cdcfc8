import { formatNumber } from '../../internal/format.js';
import type { NotificationsStrings } from '../notifications.strings.js';

const N = (n: number) => formatNumber('ja', n);

/** `<confab-notifications>` strings in Japanese, loaded on demand. */
export const strings: NotificationsStrings = {
  bell: (n) => `通知、未読 ${N(n)} 件`,
  title: '通知',
  markAllRead: 'すべて既読にする',
  preferences: '設定',
  back: '通知に戻る',
  empty: '通知はまだありません。',
  signIn: '通知を見るにはサインインしてください。',
  unread: '未読',
  showMore: 'さらに表示',
  allRead: 'すべての通知を既読にしました。',
  arrived: (text) => `新しい通知: ${text}`,
  someone: '誰か',
  line: {
    'answer.created': (a, t) => `${a} さんが回答しました: ${t}`,
    'answer.accepted': (a, t) => `${a} さんが回答を承認しました: ${t}`,
    'question.routed': (_a, t) => `あなたに質問が届きました: ${t}`,
    'question.escalated': (_a, t) => `ほかの専門家にも質問しました: ${t}`,
    'idea.status': (a, t) => `${a} さんがステータスを変更しました: ${t}`,
    'comment.created': (a, t) => `${a} さんがコメントしました: ${t}`,
    'idea.review-due': (_a, t) => `レビュー待ち: ${t}`,
    'feedback.responded': (a, t) => `${a} さんがあなたのフィードバックに返信しました: ${t}`,
    mention: (a, t) => `${a} さんがあなたをメンションしました: ${t}`,
    'webhook.disabled': (_a, t) => `Webhook が無効になりました: ${t}`,
    'content.moderated': (_a, t) => `あなたの投稿がモデレートされました: ${t}`,
  },
  types: {
    'question.routed': 'あなたへの質問',
    'answer.created': '新しい回答',
    'answer.accepted': '承認された回答',
    'question.escalated': 'ほかの専門家に回された質問',
    'idea.status': 'アイデアのステータス変更',
    'comment.created': '新しいコメント',
    'idea.review-due': 'レビュー待ちのアイデア',
    'feedback.responded': 'フィードバックへの返信',
    mention: 'メンション',
    'webhook.disabled': '無効になった Webhook',
    'content.moderated': '投稿へのモデレーション',
  },
  channels: { page: 'ページ内', digest: 'メールのまとめ', immediate: 'すぐにメール', off: 'オフ' },
  digestLabel: 'メールのまとめ',
  digest: { daily: '毎日', weekly: '毎週' },
  autoFollowLegend: '自動でフォロー',
  autoFollow: { write: '自分が書いたもの', vote: '自分が投票したもの', comment: '自分がコメントしたもの' },
  save: '設定を保存',
  saved: '設定を保存しました。',
};
