import { formatDate, formatNumber } from '../format.js';
import type { CommonStrings } from '../common.strings.js';

const N = (n: number) => formatNumber('ja', n);

/** The shared strings in Japanese (one plural form: no `plural()` needed), loaded on demand. */
export const strings: CommonStrings = {
  loading: '読み込み中…',
  retry: '再試行',
  dismiss: '閉じる',
  cancel: 'キャンセル',
  offline: 'オフラインです。入力した内容は保存され、オンラインに戻ったときに送信されます。',
  queued: '送信待ち',
  noAdapter: 'このウィジェットは Confab サーバーに接続されていません。<confab-provider> または confab-endpoint の meta タグを追加してください。',
  areaMissing: 'この機能はこのサーバーでは利用できません。',
  error: '問題が発生しました。',
  errorNotFound: 'この項目はもう存在しません。',
  errorForbidden: 'この操作を行う権限がありません。',
  errorRestricted: (until) => `${formatDate('ja', until)} までは閲覧のみで、投稿はできません。`,
  errorUnauthenticated: '続けるにはサインインしてください。',
  errorUnavailable: '現在サービスに接続できません。',
  errorRateLimited: (s) => `リクエストが多すぎます。${N(s)} 秒後にもう一度お試しください。`,
  errorConflict: 'その間に内容が変更されました。再読み込みしてもう一度お試しください。',
  errorValidation: '入力内容を確認してください。',
  tooLong: (max, length) => `長すぎます: ${N(length)} 文字（最大 ${N(max)} 文字）。`,
  charactersLeft: (n) => `残り ${N(n)} 文字`,
  loadOffline: 'オフラインです。オンラインに戻ると読み込まれます。',
  voteQueued: 'オンラインに戻るとカウントされます',
  voteCounted: '投票がカウントされました。',
  follow: 'フォロー',
  following: 'フォロー中',
  followed: 'フォローしました。',
  unfollowed: 'フォローを解除しました。',
};
