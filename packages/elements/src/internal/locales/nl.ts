import { formatDate, formatNumber, plural } from '../format.js';
import type { CommonStrings } from '../common.strings.js';

const N = (n: number) => formatNumber('nl', n);

/** The shared strings in Dutch, loaded on demand. */
export const strings: CommonStrings = {
  loading: 'Laden…',
  retry: 'Opnieuw proberen',
  dismiss: 'Sluiten',
  cancel: 'Annuleren',
  offline: 'Je bent offline. Wat je hebt geschreven blijft bewaard en wordt verstuurd zodra je weer online bent.',
  queued: 'Wacht op verzending',
  noAdapter: 'Deze widget is niet verbonden met een Confab-server. Voeg een <confab-provider> of een confab-endpoint-metatag toe.',
  areaMissing: 'Deze functie is niet beschikbaar op deze server.',
  error: 'Er is iets misgegaan.',
  errorNotFound: 'Dit item bestaat niet meer.',
  errorForbidden: 'Je hebt geen toestemming om dit te doen.',
  errorRestricted: (until) => `Je kunt lezen, maar tot ${formatDate('nl', until)} niet plaatsen.`,
  errorUnauthenticated: 'Log in om verder te gaan.',
  errorUnavailable: 'De dienst is op dit moment niet bereikbaar.',
  errorRateLimited: (s) => plural('nl', s, { one: `Te veel verzoeken. Probeer het over ${N(s)} seconde opnieuw.`, other: `Te veel verzoeken. Probeer het over ${N(s)} seconden opnieuw.` }),
  errorConflict: 'Dit is intussen gewijzigd. Laad de pagina opnieuw en probeer het nog eens.',
  errorValidation: 'Controleer wat je hebt ingevuld.',
  tooLong: (max, length) => `Te lang: ${N(length)} van maximaal ${N(max)} tekens.`,
  charactersLeft: (n) => plural('nl', n, { one: `Nog ${N(n)} teken`, other: `Nog ${N(n)} tekens` }),
  loadOffline: 'Je bent offline; dit wordt geladen zodra je weer online bent.',
  voteQueued: 'Telt mee zodra je weer online bent',
  voteCounted: 'Je stem is geteld.',
  follow: 'Volgen',
  following: 'Volgend',
  followed: 'Je volgt dit nu.',
  unfollowed: 'Je volgt dit niet meer.',
};
