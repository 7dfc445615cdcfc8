import { formatNumber, plural } from '../../internal/format.js';
import type { IdeaCardStrings } from '../idea-card.strings.js';

const N = (n: number) => formatNumber('nl', n);

/** `<confab-idea-card>` strings in Dutch, loaded on demand. */
export const strings: IdeaCardStrings = {
  voteFor: (title) => `Stemmen op ‘${title}’`,
  votes: (n) => plural('nl', n, { one: `${N(n)} stem`, other: `${N(n)} stemmen` }),
  readMore: 'Lees meer',
  readLess: 'Minder tonen',
  proposedBy: 'Voorgesteld door',
  tags: 'Tags',
  comments: (n) => plural('nl', n, { one: `${N(n)} reactie`, other: `${N(n)} reacties` }),
  noComments: 'Nog geen reacties. Begin het gesprek.',
  moreComments: 'Meer reacties tonen',
  commentLabel: 'Je reactie',
  comment: 'Reageren',
  commentRequired: 'Schrijf eerst een reactie.',
  commentPosted: 'Je reactie is geplaatst.',
  commentQueued: 'Je bent offline. Je reactie blijft bewaard en wordt geplaatst zodra je weer online bent.',
  commentsHeading: 'Reacties',
  status: {
    new: 'Nieuw',
    'under-review': 'In beoordeling',
    planned: 'Gepland',
    'in-progress': 'In uitvoering',
    implemented: 'Uitgevoerd',
    declined: 'Afgewezen',
  },
  statusLabel: 'Status',
  statusSetBy: 'Ingesteld door',
  changeStatus: 'Status wijzigen',
  newStatus: 'Nieuwe status',
  note: 'Toelichting (verplicht)',
  noteHint: 'Leg de beslissing uit: iedereen die dit idee volgt, leest het.',
  noteRequired: 'Schrijf een toelichting bij de wijziging; elke statuswijziging vraagt er een.',
  save: 'Opslaan',
  statusChanged: (status) => `Status gewijzigd in ‘${status}’.`,
  voteRefused: (reason) => `Je stem is niet opgeslagen en ongedaan gemaakt. ${reason}`,
  noIdea: 'Geen idee om te tonen: geef het attribuut idea de id van een idee.',
  ownIdea: 'Je kunt niet op je eigen idee stemmen.',
};
