import { byKind, type ContentStrings } from '../content.strings.js';
import type { ContentFormStrings } from '../content-forms.strings.js';

const words = { question: '質問', answer: '回答', idea: 'アイデア', comment: 'コメント', feedback: 'フィードバック' };

/** The content lifecycle's labels and buttons in Japanese, loaded on demand. */
export const strings: ContentStrings = {
  report: byKind(words, (w) => `${w}を報告`),
  edit: byKind(words, (w) => `${w}を編集`),
  remove: byKind(words, (w) => `${w}を削除`),
  hide: byKind(words, (w) => `${w}を非表示`),
  restore: byKind(words, (w) => `${w}を復元`),
  edited: '編集済み',
  removedByAuthor: '投稿者により削除されました',
  removedByModerator: 'モデレーターにより削除されました',
  hidden: '非表示',
  hiddenByCommunity: '確認待ちのため非表示: メンバーから報告されました。',
  reason: (reason) => `理由: ${reason}`,
  held: '確認待ち',
  earlierVersions: '以前のバージョン',
  restored: '復元しました。再び全員に表示されます。',
};

/** The content forms in Japanese. */
export const forms: ContentFormStrings = {
  reasonLegend: '理由',
  reasons: { spam: 'スパム', offensive: '不快な内容', 'off-topic': '無関係な内容', other: 'その他' },
  note: 'メモ',
  noteRequired: '理由が「その他」の場合はメモを入力してください。',
  sendReport: '報告を送信',
  cancel: 'キャンセル',
  reported: 'ありがとうございます。モデレーターが確認します。',
  alreadyReported: 'これはすでに報告済みです。',
  moderatorReason: '理由',
  reasonRequired: '理由を入力してください。',
  hide: '非表示にする',
  remove: '削除',
  confirmRemove: { question: 'この質問を削除しますか?', answer: 'この回答を削除しますか?', idea: 'このアイデアを削除しますか?', comment: 'このコメントを削除しますか?', feedback: 'このフィードバックのコメントを削除しますか?' },
  title: 'タイトル',
  body: '本文 (Markdown)',
  tags: 'タグ (カンマ区切り)',
  titleRequired: 'タイトルを入力してください。',
  bodyRequired: '本文を入力してください。',
  saveChanges: '変更を保存',
  saved: '変更を保存しました。',
  notSaved: (why) => `変更は保存されませんでした: ${why} 入力した内容はフォームに残っています。`,
  hiddenDone: '非表示にしました。投稿者とモデレーターだけが見られます。',
  removedDone: '削除しました。',
  version: (n, editor) => `バージョン ${n}、${editor} さん`,
  noVersions: '以前のバージョンはありません。',
};
