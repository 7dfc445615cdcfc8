import { formatNumber, plural } from '../../internal/format.js';
import type { FeedbackInboxStrings } from '../feedback-inbox.strings.js';

const N = (n: number) => formatNumber('nl', n);

/** `<confab-feedback-inbox>` strings in Dutch, loaded on demand. */
export const strings: FeedbackInboxStrings = {
  title: 'Feedback',
  forSubject: (s) => `Feedback over ${s}`,
  notAllowed: 'Alleen moderators en eigenaren van de pagina kunnen deze feedback zien.',
  signIn: 'Log in als moderator of eigenaar van de pagina om deze feedback te zien.',
  empty: 'Hier is geen feedback.',
  filterLabel: 'Tonen',
  filters: { open: 'Open', actioned: 'Afgehandeld', dismissed: 'Terzijde gelegd', all: 'Alle' },
  subjectLabel: 'Onderwerp',
  subjectHint: 'Laat leeg voor alle onderwerpen.',
  summaryCount: 'Feedback',
  summaryOpen: 'Open',
  summaryHelpful: 'Vonden het nuttig',
  helpfulValue: (h, n) => `${N(h)} van ${N(n)}`,
  summaryAverage: 'Gemiddelde beoordeling',
  averageValue: (avg, n) => plural('nl', n, { one: `${avg} van 5 (${N(n)} beoordeling)`, other: `${avg} van 5 (${N(n)} beoordelingen)` }),
  yes: 'Nuttig: ja',
  no: 'Nuttig: nee',
  starsValue: (n) => plural('nl', n, { one: `${N(n)} van 5 sterren`, other: `${N(n)} van 5 sterren` }),
  anonymous: 'Anoniem',
  noComment: 'Geen opmerking.',
  subject: 'Over',
  responseFrom: (name) => `Reactie van ${name}`,
  responseLabel: 'Je reactie',
  respond: 'Reageren',
  markActioned: 'Markeren als afgehandeld',
  dismiss: 'Terzijde leggen',
  reopen: 'Heropenen',
  showMore: 'Meer tonen',
  responseRequired: 'Schrijf eerst een reactie.',
  responded: 'Reactie verstuurd.',
  stateChanged: (state) => `Gemarkeerd als ‘${state}’.`,
  newFeedback: 'Er is nieuwe feedback binnengekomen.',
  feedbackFrom: (name) => `feedback van ${name}`,
  writeResponse: 'Een reactie schrijven',
  itemHeading: (name, rating) => `${name}: ${rating}`,
};
