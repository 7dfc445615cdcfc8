import { formatNumber, plural } from '../../internal/format.js';
import type { ExpertFinderStrings } from '../expert-finder.strings.js';

const N = (n: number) => formatNumber('de', n);

/** `<confab-expert-finder>` strings in German, loaded on demand. */
export const strings: ExpertFinderStrings = {
  label: 'Expertin oder Experten finden',
  placeholder: 'Kenntnis oder Thema, z. B. Kubernetes',
  search: 'Suchen',
  hint: 'Suchen Sie nach Kenntnis oder Thema. Die Reihenfolge ergibt sich aus akzeptierten Antworten und Bestätigungen.',
  searching: 'Suche läuft …',
  found: (n) => plural('de', n, { one: '1 Person gefunden', other: `${N(n)} Personen gefunden` }),
  empty: (q) => `Keine Expertinnen oder Experten für „${q}“ gefunden.`,
  offline: 'Sie sind offline. Suchen Sie erneut, wenn Sie wieder online sind.',
  showMore: 'Mehr anzeigen',
  more: (n) => plural('de', n, { one: '1 weitere Person angezeigt', other: `${N(n)} weitere Personen angezeigt` }),
  results: 'Expertinnen und Experten',
  endorsementsFor: (n, skill) => plural('de', n, { one: `1 Bestätigung für ${skill}`, other: `${N(n)} Bestätigungen für ${skill}` }),
  acceptedAnswersIn: (n, skill) => plural('de', n, { one: `1 akzeptierte Antwort zu ${skill}`, other: `${N(n)} akzeptierte Antworten zu ${skill}` }),
  declared: (skill) => `Gibt ${skill} als Kenntnis an`,
  nameMatch: 'Name, Titel, Abteilung oder Ort passen',
};
