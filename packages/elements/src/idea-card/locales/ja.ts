import { formatNumber } from '../../internal/format.js';
import type { IdeaCardStrings } from '../idea-card.strings.js';

const N = (n: number) => formatNumber('ja', n);

/** `<confab-idea-card>` strings in Japanese, loaded on demand. */
export const strings: IdeaCardStrings = {
  voteFor: (title) => `「${title}」に投票`,
  votes: (n) => `${N(n)} 票`,
  readMore: '続きを読む',
  readLess: '折りたたむ',
  proposedBy: '提案者',
  tags: 'タグ',
  comments: (n) => `コメント ${N(n)} 件`,
  noComments: 'まだコメントはありません。会話を始めましょう。',
  moreComments: 'さらにコメントを表示',
  commentLabel: 'あなたのコメント',
  comment: 'コメントする',
  commentRequired: '先にコメントを入力してください。',
  commentPosted: 'コメントを投稿しました。',
  commentQueued: 'オフラインです。コメントは保存され、オンラインに戻ったときに投稿されます。',
  commentsHeading: 'コメント',
  status: {
    new: '新規',
    'under-review': '検討中',
    planned: '計画済み',
    'in-progress': '対応中',
    implemented: '実施済み',
    declined: '見送り',
  },
  statusLabel: 'ステータス',
  statusSetBy: '設定者',
  changeStatus: 'ステータスを変更',
  newStatus: '新しいステータス',
  note: 'メモ（必須）',
  noteHint: '判断の理由を説明してください。このアイデアをフォローしている全員が読みます。',
  noteRequired: '変更の理由をメモに書いてください。ステータスの変更にはメモが必要です。',
  save: '保存',
  statusChanged: (status) => `ステータスを「${status}」に変更しました。`,
  voteRefused: (reason) => `投票は保存されず、取り消されました。${reason}`,
  noIdea: '表示するアイデアがありません。idea 属性にアイデアの ID を指定してください。',
  ownIdea: '自分のアイデアには投票できません。',
};
