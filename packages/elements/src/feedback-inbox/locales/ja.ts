import { formatNumber } from '../../internal/format.js';
import type { FeedbackInboxStrings } from '../feedback-inbox.strings.js';

const N = (n: number) => formatNumber('ja', n);

/** `<confab-feedback-inbox>` strings in Japanese, loaded on demand. */
export const strings: FeedbackInboxStrings = {
  title: 'フィードバック',
  forSubject: (s) => `${s} へのフィードバック`,
  notAllowed: 'このフィードバックを見られるのはモデレーターとページの担当者だけです。',
  signIn: 'このフィードバックを見るには、モデレーターまたはページの担当者としてサインインしてください。',
  empty: 'フィードバックはありません。',
  filterLabel: '表示',
  filters: { open: '未対応', actioned: '対応済み', dismissed: '却下', all: 'すべて' },
  subjectLabel: '対象',
  subjectHint: 'すべての対象を表示するには空欄のままにしてください。',
  summaryCount: 'フィードバック',
  summaryOpen: '未対応',
  summaryHelpful: '役に立った',
  helpfulValue: (h, n) => `${N(n)} 件中 ${N(h)} 件`,
  summaryAverage: '平均評価',
  averageValue: (avg, n) => `${avg} / 5（${N(n)} 件）`,
  yes: '役に立った: はい',
  no: '役に立った: いいえ',
  starsValue: (n) => `星 5 つ中 ${N(n)} つ`,
  anonymous: '匿名',
  noComment: 'コメントなし。',
  subject: '対象',
  responseFrom: (name) => `${name} さんからの返信`,
  responseLabel: 'あなたの返信',
  respond: '返信',
  markActioned: '対応済みにする',
  dismiss: '却下',
  reopen: '再オープン',
  showMore: 'さらに表示',
  responseRequired: '先に返信を入力してください。',
  responded: '返信を送信しました。',
  stateChanged: (state) => `「${state}」にしました。`,
  newFeedback: '新しいフィードバックが届きました。',
  feedbackFrom: (name) => `${name} さんからのフィードバック`,
  writeResponse: '返信を書く',
  itemHeading: (name, rating) => `${name}: ${rating}`,
};
