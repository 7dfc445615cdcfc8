import { formatNumber } from '../../internal/format.js';
import type { IdeaBoardStrings } from '../idea-board.strings.js';

const N = (n: number) => formatNumber('ja', n);

/** `<confab-idea-board>` strings in Japanese, loaded on demand. */
export const strings: IdeaBoardStrings = {
  defaultTitle: 'アイデア',
  whyWeAsk: '募集の目的',
  open: 'アイデア募集中',
  closed: '終了',
  closedMessage: 'このキャンペーンは終了しており、新しいアイデアは受け付けていません。閲覧、投票、コメントは引き続きできます。',
  formHeading: 'アイデアを提案する',
  titleLabel: 'アイデアのタイトル',
  descriptionLabel: '説明',
  descriptionHint: '任意。Markdown が使えます: **太字**、リスト、リンク。',
  tagsLabel: 'タグ',
  tagsHint: '任意。タグはカンマで区切ってください。',
  submit: 'アイデアを投稿',
  titleRequired: 'アイデアにタイトルを付けてください。',
  tooManyTags: (max) => `タグは最大 ${N(max)} 個までです。`,
  submitted: 'アイデアを投稿しました。',
  queued: 'オフラインです。アイデアは保存され、オンラインに戻ったときに投稿されます。',
  pendingHeading: '投稿待ち',
  similarHeading: '似たアイデア',
  similarHint: 'あなたのアイデアはこの中にありますか？ 重複して投稿する代わりに投票しましょう。',
  similarFound: (n) => `似たアイデアが ${N(n)} 件見つかりました。`,
  voteFor: (title) => `「${title}」に投票`,
  votes: (n) => `${N(n)} 票`,
  sortLabel: '並べ替え',
  sortTop: '人気順',
  sortNew: '新しい順',
  sortTrending: '注目',
  statusFilter: 'ステータス',
  allStatuses: 'すべてのステータス',
  listHeading: 'アイデア',
  empty: 'まだアイデアはありません。最初のアイデアを提案しましょう。',
  emptyFiltered: 'このステータスのアイデアはありません。',
  showMore: 'さらにアイデアを表示',
  newIdeas: (n) => `新しいアイデア ${N(n)} 件 — 表示`,
  shown: (n) => `${N(n)} 件のアイデアを表示中`,
  voteRefused: (reason) => `投票は保存されず、取り消されました。${reason}`,
  skipIdeas: 'アイデア一覧をスキップ',
};
