import { formatNumber, plural } from '../../internal/format.js';
import type { IdeaCardStrings } from '../idea-card.strings.js';

const N = (n: number) => formatNumber('de', n);

/** `<confab-idea-card>` strings in German, loaded on demand. */
export const strings: IdeaCardStrings = {
  voteFor: (title) => `Für „${title}“ stimmen`,
  votes: (n) => plural('de', n, { one: '1 Stimme', other: `${N(n)} Stimmen` }),
  readMore: 'Weiterlesen',
  readLess: 'Weniger anzeigen',
  proposedBy: 'Vorgeschlagen von',
  tags: 'Schlagwörter',
  comments: (n) => plural('de', n, { one: '1 Kommentar', other: `${N(n)} Kommentare` }),
  noComments: 'Noch keine Kommentare. Beginnen Sie das Gespräch.',
  moreComments: 'Weitere Kommentare anzeigen',
  commentLabel: 'Ihr Kommentar',
  comment: 'Kommentieren',
  commentRequired: 'Schreiben Sie zuerst einen Kommentar.',
  commentPosted: 'Ihr Kommentar wurde veröffentlicht.',
  commentQueued: 'Sie sind offline. Ihr Kommentar bleibt erhalten und wird veröffentlicht, sobald Sie wieder online sind.',
  commentsHeading: 'Kommentare',
  status: {
    new: 'Neu',
    'under-review': 'In Prüfung',
    planned: 'Geplant',
    'in-progress': 'In Umsetzung',
    implemented: 'Umgesetzt',
    declined: 'Abgelehnt',
  },
  statusLabel: 'Status',
  statusSetBy: 'Gesetzt von',
  changeStatus: 'Status ändern',
  newStatus: 'Neuer Status',
  note: 'Begründung (erforderlich)',
  noteHint: 'Erklären Sie die Entscheidung: Alle, die dieser Idee folgen, werden sie lesen.',
  noteRequired: 'Schreiben Sie eine Begründung; eine Statusänderung braucht eine.',
  save: 'Speichern',
  statusChanged: (status) => `Status geändert auf „${status}“.`,
  voteRefused: (reason) => `Ihre Stimme wurde nicht gespeichert und zurückgenommen. ${reason}`,
  noIdea: 'Keine Idee zum Anzeigen: Setzen Sie das Attribut idea auf die Kennung einer Idee.',
  ownIdea: 'Für Ihre eigene Idee können Sie nicht stimmen.',
};
