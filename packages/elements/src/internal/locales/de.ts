import { formatDate, formatNumber } from '../format.js';
import type { CommonStrings } from '../common.strings.js';

const N = (n: number) => formatNumber('de', n);

/** The shared strings in German, loaded on demand. */
export const strings: CommonStrings = {
  loading: 'Wird geladen …',
  retry: 'Erneut versuchen',
  dismiss: 'Schließen',
  cancel: 'Abbrechen',
  offline: 'Sie sind offline. Ihr Text bleibt erhalten und wird gesendet, sobald Sie wieder online sind.',
  queued: 'Wartet auf Versand',
  noAdapter: 'Dieses Widget ist mit keinem Confab-Backend verbunden. Fügen Sie einen <confab-provider> oder ein confab-endpoint-Meta-Tag hinzu.',
  areaMissing: 'Diese Funktion ist auf diesem Backend nicht verfügbar.',
  error: 'Etwas ist schiefgelaufen.',
  errorNotFound: 'Dieser Eintrag existiert nicht mehr.',
  errorForbidden: 'Dazu sind Sie nicht berechtigt.',
  errorRestricted: (until) => `Sie können lesen, aber bis ${formatDate('de', until)} nichts veröffentlichen.`,
  errorUnauthenticated: 'Bitte melden Sie sich an.',
  errorUnavailable: 'Der Dienst ist gerade nicht erreichbar.',
  errorRateLimited: (s) => `Zu viele Anfragen. Versuchen Sie es in ${s} ${s === 1 ? 'Sekunde' : 'Sekunden'} erneut.`,
  errorConflict: 'Das wurde inzwischen geändert. Bitte neu laden.',
  errorValidation: 'Bitte prüfen Sie Ihre Eingabe.',
  tooLong: (max, length) => `Zu lang: ${length} von höchstens ${max} Zeichen.`,
  charactersLeft: (n) => (n === 1 ? 'Noch 1 Zeichen' : `Noch ${N(n)} Zeichen`),
  loadOffline: 'Sie sind offline; dies wird geladen, sobald Sie wieder online sind.',
  voteQueued: 'Zählt, sobald Sie wieder online sind',
  voteCounted: 'Ihre Stimme wurde gezählt.',
  follow: 'Folgen',
  following: 'Folge ich',
  followed: 'Sie folgen dem jetzt.',
  unfollowed: 'Sie folgen dem nicht mehr.',
};
