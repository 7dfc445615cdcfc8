/** Short, common words that say nothing about a topic. */
const STOP_WORDS = new Set([
  'the', 'and', 'for', 'with', 'how', 'what', 'why', 'when', 'where', 'who', 'which', 'can', 'does', 'did', 'are',
  'was', 'were', 'you', 'your', 'our', 'this', 'that', 'these', 'those', 'from', 'have', 'has', 'had', 'not', 'but',
  'into', 'about', 'there', 'their', 'they', 'any', 'all', 'will', 'should', 'would', 'could', 'get', 'got', 'use',
  'some', 'than', 'then', 'them', 'its', 'out', 'just', 'also', 'more', 'most', 'such', 'only', 'other', 'one',
]);

/** A crude English stemmer, enough to match "resetting" with "reset" and "passwords" with "password". */
function stem(word: string): string {
  for (const suffix of ['ing', 'ed', 'es', 's']) {
    if (word.endsWith(suffix) && word.length - suffix.length >= 3) {
      word = word.slice(0, -suffix.length);
      const n = word.length;
      if ((suffix === 'ing' || suffix === 'ed') && word[n - 1] === word[n - 2] && !'lsz'.includes(word[n - 1]!)) word = word.slice(0, -1);
      break;
    }
  }
  if (word.endsWith('e') && word.length > 4) word = word.slice(0, -1);
  return word;
}

/** The stemmed keywords of a text: words of three or more letters that are not stop words. */
export function keywords(text: string): Set<string> {
  return new Set(text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 3 && !STOP_WORDS.has(w)).map(stem));
}

/**
 * How much a draft resembles an item: 2 points per draft keyword in the title, 1 per keyword
 * found only in the body. Zero means unrelated.
 */
export function similarity(draft: Set<string>, title: string, body: string): number {
  if (draft.size === 0) return 0;
  const inTitle = keywords(title);
  const inBody = keywords(body);
  let score = 0;
  for (const word of draft) {
    if (inTitle.has(word)) score += 2;
    else if (inBody.has(word)) score += 1;
  }
  return score;
}
