import { formatNumber } from '../../internal/format.js';
import type { ExpertBadgeStrings } from '../expert-badge.strings.js';

const N = (n: number) => formatNumber('ja', n);

/** `<confab-expert-badge>` strings in Japanese, loaded on demand. */
export const strings: ExpertBadgeStrings = {
  unknownPerson: '不明なユーザー',
  loadFailed: 'このユーザーを読み込めませんでした。',
  loadOffline: 'オフラインのため、このユーザーを読み込めません。',
  availability: { available: '対応可能', busy: '取り込み中', away: '離席中', offline: 'オフライン' },
  close: 'プロフィールを閉じる',
  ask: (first) => `${first} さんに質問`,
  endorse: '推薦',
  endorseSkill: (skill) => `${skill} を推薦`,
  endorsements: (n) => `推薦 ${N(n)} 件`,
  skills: 'スキル',
  noSkills: 'まだスキルが登録されていません。',
  evidence: '回答',
  evidenceAccepted: (n, skill) => `${skill} で承認された回答 ${N(n)} 件`,
  evidenceAnswers: (n, skill) => `${skill} での回答 ${N(n)} 件`,
  endorsed: (skill) => `${skill} を推薦しました。`,
  unendorsed: (skill) => `${skill} の推薦を取り消しました。`,
  endorseOffline: 'オフラインです。オンラインに戻ってからもう一度お試しください。',
  availabilityUntil: (availability, date) => `${date} まで${availability}`,
  editProfile: 'プロフィールを編集',
};
