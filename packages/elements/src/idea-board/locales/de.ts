import { formatNumber, plural } from '../../internal/format.js';
import type { IdeaBoardStrings } from '../idea-board.strings.js';

const N = (n: number) => formatNumber('de', n);

/** `<confab-idea-board>` strings in German, loaded on demand. */
export const strings: IdeaBoardStrings = {
  defaultTitle: 'Ideen',
  whyWeAsk: 'Warum wir fragen',
  open: 'Offen für Ideen',
  closed: 'Geschlossen',
  closedMessage: 'Diese Kampagne ist geschlossen und nimmt keine neuen Ideen an. Lesen, abstimmen und kommentieren können Sie weiterhin.',
  formHeading: 'Eine Idee vorschlagen',
  titleLabel: 'Titel der Idee',
  descriptionLabel: 'Beschreibung',
  descriptionHint: 'Optional. Markdown ist möglich: **fett**, Listen, Links.',
  tagsLabel: 'Schlagwörter',
  tagsHint: 'Optional. Trennen Sie Schlagwörter mit Kommas.',
  submit: 'Idee einreichen',
  titleRequired: 'Geben Sie Ihrer Idee einen Titel.',
  tooManyTags: (max) => `Höchstens ${max} Schlagwörter.`,
  submitted: 'Ihre Idee wurde eingereicht.',
  queued: 'Sie sind offline. Ihre Idee bleibt erhalten und wird eingereicht, sobald Sie wieder online sind.',
  pendingHeading: 'Wartet auf Einreichung',
  similarHeading: 'Ähnliche Ideen',
  similarHint: 'Ist Ihre dabei? Stimmen Sie dafür, statt sie doppelt einzureichen.',
  similarFound: (n) => plural('de', n, { one: '1 ähnliche Idee gefunden.', other: `${N(n)} ähnliche Ideen gefunden.` }),
  voteFor: (title) => `Für „${title}“ stimmen`,
  votes: (n) => plural('de', n, { one: '1 Stimme', other: `${N(n)} Stimmen` }),
  sortLabel: 'Sortieren nach',
  sortTop: 'Beliebteste',
  sortNew: 'Neueste',
  sortTrending: 'Im Trend',
  statusFilter: 'Status',
  allStatuses: 'Alle Status',
  listHeading: 'Ideen',
  empty: 'Noch keine Ideen. Schlagen Sie die erste vor.',
  emptyFiltered: 'Keine Ideen mit diesem Status.',
  showMore: 'Weitere Ideen anzeigen',
  newIdeas: (n) => plural('de', n, { one: '1 neue Idee – anzeigen', other: `${N(n)} neue Ideen – anzeigen` }),
  shown: (n) => plural('de', n, { one: '1 Idee angezeigt', other: `${N(n)} Ideen angezeigt` }),
  voteRefused: (reason) => `Ihre Stimme wurde nicht gespeichert und zurückgenommen. ${reason}`,
  skipIdeas: 'Ideen überspringen',
};
