import { formatDate, formatNumber, plural } from '../format.js';
import type { CommonStrings } from '../common.strings.js';

const N = (n: number) => formatNumber('it', n);

/** The shared strings in Italian, loaded on demand. */
export const strings: CommonStrings = {
  loading: 'Caricamento…',
  retry: 'Riprova',
  dismiss: 'Chiudi',
  cancel: 'Annulla',
  offline: 'Sei offline. Quello che hai scritto viene conservato e sarà inviato quando tornerai online.',
  queued: 'In attesa di invio',
  noAdapter: 'Questo widget non è collegato a un server Confab. Aggiungi un <confab-provider> o un meta tag confab-endpoint.',
  areaMissing: 'Questa funzione non è disponibile su questo server.',
  error: 'Si è verificato un errore.',
  errorNotFound: 'Questo elemento non esiste più.',
  errorForbidden: 'Non hai l’autorizzazione per farlo.',
  errorRestricted: (until) => `Puoi leggere, ma non pubblicare fino al ${formatDate('it', until)}.`,
  errorUnauthenticated: 'Accedi per continuare.',
  errorUnavailable: 'Il servizio non è raggiungibile in questo momento.',
  errorRateLimited: (s) => plural('it', s, { one: `Troppe richieste. Riprova tra ${N(s)} secondo.`, other: `Troppe richieste. Riprova tra ${N(s)} secondi.` }),
  errorConflict: 'Nel frattempo è stato modificato. Ricarica la pagina e riprova.',
  errorValidation: 'Controlla i dati inseriti.',
  tooLong: (max, length) => `Troppo lungo: ${N(length)} caratteri su un massimo di ${N(max)}.`,
  charactersLeft: (n) => plural('it', n, { one: `${N(n)} carattere rimanente`, other: `${N(n)} caratteri rimanenti` }),
  loadOffline: 'Sei offline; il contenuto verrà caricato quando tornerai online.',
  voteQueued: 'Verrà conteggiato quando tornerai online',
  voteCounted: 'Il tuo voto è stato conteggiato.',
  follow: 'Segui',
  following: 'Segui già',
  followed: 'Ora segui questo elemento.',
  unfollowed: 'Non segui più questo elemento.',
};
