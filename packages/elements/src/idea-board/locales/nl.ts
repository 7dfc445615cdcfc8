import { formatNumber, plural } from '../../internal/format.js';
import type { IdeaBoardStrings } from '../idea-board.strings.js';

const N = (n: number) => formatNumber('nl', n);

/** `<confab-idea-board>` strings in Dutch, loaded on demand. */
export const strings: IdeaBoardStrings = {
  defaultTitle: 'Ideeën',
  whyWeAsk: 'Waarom we het vragen',
  open: 'Open voor ideeën',
  closed: 'Gesloten',
  closedMessage: 'Deze campagne is gesloten en neemt geen nieuwe ideeën aan. Lezen, stemmen en reageren kan nog steeds.',
  formHeading: 'Een idee voorstellen',
  titleLabel: 'Titel van het idee',
  descriptionLabel: 'Beschrijving',
  descriptionHint: 'Optioneel. Markdown werkt: **vet**, lijsten, links.',
  tagsLabel: 'Tags',
  tagsHint: 'Optioneel. Scheid tags met komma’s.',
  submit: 'Idee indienen',
  titleRequired: 'Geef je idee een titel.',
  tooManyTags: (max) => `Maximaal ${N(max)} tags.`,
  submitted: 'Je idee is ingediend.',
  queued: 'Je bent offline. Je idee blijft bewaard en wordt ingediend zodra je weer online bent.',
  pendingHeading: 'Wacht op indiening',
  similarHeading: 'Vergelijkbare ideeën',
  similarHint: 'Staat het jouwe ertussen? Stem erop in plaats van het twee keer te plaatsen.',
  similarFound: (n) => plural('nl', n, { one: `${N(n)} vergelijkbaar idee gevonden.`, other: `${N(n)} vergelijkbare ideeën gevonden.` }),
  voteFor: (title) => `Stemmen op ‘${title}’`,
  votes: (n) => plural('nl', n, { one: `${N(n)} stem`, other: `${N(n)} stemmen` }),
  sortLabel: 'Sorteren op',
  sortTop: 'Populairste',
  sortNew: 'Nieuwste',
  sortTrending: 'Trending',
  statusFilter: 'Status',
  allStatuses: 'Alle statussen',
  listHeading: 'Ideeën',
  empty: 'Nog geen ideeën. Stel als eerste een idee voor.',
  emptyFiltered: 'Geen ideeën met deze status.',
  showMore: 'Meer ideeën tonen',
  newIdeas: (n) => plural('nl', n, { one: `${N(n)} nieuw idee — tonen`, other: `${N(n)} nieuwe ideeën — tonen` }),
  shown: (n) => plural('nl', n, { one: `${N(n)} idee getoond`, other: `${N(n)} ideeën getoond` }),
  voteRefused: (reason) => `Je stem is niet opgeslagen en ongedaan gemaakt. ${reason}`,
  skipIdeas: 'De ideeën overslaan',
};
