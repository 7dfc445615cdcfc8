import { formatNumber } from '../../internal/format.js';
import type { ExpertFinderStrings } from '../expert-finder.strings.js';

const N = (n: number) => formatNumber('ja', n);

/** `<confab-expert-finder>` strings in Japanese, loaded on demand. */
export const strings: ExpertFinderStrings = {
  label: 'エキスパートを探す',
  placeholder: 'スキルまたはトピック（例: Kubernetes）',
  search: '検索',
  hint: 'スキルやトピックで検索します。エキスパートは承認された回答と推薦の数で順位付けされます。',
  searching: '検索中…',
  found: (n) => `エキスパートが ${N(n)} 人見つかりました`,
  empty: (q) => `「${q}」のエキスパートは見つかりませんでした。`,
  offline: 'オフラインです。オンラインに戻ってからもう一度検索してください。',
  showMore: 'さらに表示',
  more: (n) => `さらに ${N(n)} 人のエキスパートを表示しました`,
  results: 'エキスパート',
  endorsementsFor: (n, skill) => `${skill} の推薦 ${N(n)} 件`,
  acceptedAnswersIn: (n, skill) => `${skill} で承認された回答 ${N(n)} 件`,
  declared: (skill) => `スキルに ${skill} を登録`,
  nameMatch: '名前、役職、部署、勤務地のいずれかが一致',
};
