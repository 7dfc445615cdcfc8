import { formatNumber } from '../../internal/format.js';
import type { FeedbackStrings } from '../feedback.strings.js';

const N = (n: number) => formatNumber('ja', n);

/** `<confab-feedback>` strings in Japanese, loaded on demand. */
export const strings: FeedbackStrings = {
  question: 'このページは役に立ちましたか？',
  starsQuestion: 'このページを評価してください',
  yes: 'はい',
  no: 'いいえ',
  stars: (n) => `星 ${N(n)} つ`,
  starsValue: (n) => `星 5 つ中 ${N(n)} つ`,
  reasonsYes: ['わかりやすい', '問題が解決した', '情報が新しい'],
  reasonsNo: ['情報が古い', 'わかりにくい', '情報が足りない', '内容が正しくない'],
  reasonLabel: '主な理由は何ですか？',
  commentLabel: 'コメントを追加（任意）',
  send: '送信',
  skip: 'スキップ',
  sending: '送信中…',
  sendNow: '今すぐ送信',
  anonymousNote: '匿名で送信されます。ページの担当者にあなたの名前は表示されません。',
  thanks: 'フィードバックをありがとうございます！',
  answered: (when) => `${when}にフィードバックを送信しました。`,
  yourAnswer: 'あなたの回答',
  reason: '理由',
  comment: 'コメント',
  responseFrom: (name) => `${name} さんからの返信`,
  noResponse: 'ページの担当者はまだ返信していません。',
  again: '新しいフィードバックを送る',
  summaryHelpful: (h, n) => `${N(n)} 人中 ${N(h)} 人が役に立ったと回答`,
  summaryStars: (avg, n) => `評価 ${avg} / 5（${N(n)} 件）`,
  summaryNone: 'まだフィードバックはありません。',
};
