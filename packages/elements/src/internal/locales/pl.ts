import { formatDate, formatNumber, plural } from '../format.js';
import type { CommonStrings } from '../common.strings.js';

const N = (n: number) => formatNumber('pl', n);

/** The shared strings in Polish, loaded on demand (one, few, many and other plural forms). */
export const strings: CommonStrings = {
  loading: 'Ładowanie…',
  retry: 'Spróbuj ponownie',
  dismiss: 'Zamknij',
  cancel: 'Anuluj',
  offline: 'Jesteś offline. To, co napisałeś, zostanie zachowane i wysłane, gdy wrócisz do sieci.',
  queued: 'Czeka na wysłanie',
  noAdapter: 'Ten widżet nie jest połączony z serwerem Confab. Dodaj <confab-provider> lub metatag confab-endpoint.',
  areaMissing: 'Ta funkcja nie jest dostępna na tym serwerze.',
  error: 'Coś poszło nie tak.',
  errorNotFound: 'Ten element już nie istnieje.',
  errorForbidden: 'Nie masz uprawnień, aby to zrobić.',
  errorRestricted: (until) => `Możesz czytać, ale nie możesz publikować do ${formatDate('pl', until)}.`,
  errorUnauthenticated: 'Zaloguj się, aby kontynuować.',
  errorUnavailable: 'Usługa jest w tej chwili niedostępna.',
  errorRateLimited: (s) => plural('pl', s, {
    one: `Zbyt wiele żądań. Spróbuj ponownie za ${N(s)} sekundę.`, few: `Zbyt wiele żądań. Spróbuj ponownie za ${N(s)} sekundy.`,
    many: `Zbyt wiele żądań. Spróbuj ponownie za ${N(s)} sekund.`, other: `Zbyt wiele żądań. Spróbuj ponownie za ${N(s)} sekundy.`,
  }),
  errorConflict: 'W międzyczasie coś się zmieniło. Odśwież stronę i spróbuj ponownie.',
  errorValidation: 'Sprawdź wprowadzone dane.',
  tooLong: (max, length) => `Za długi tekst: ${N(length)} z maksymalnie ${N(max)} znaków.`,
  charactersLeft: (n) => plural('pl', n, {
    one: `Pozostał ${N(n)} znak`, few: `Pozostały ${N(n)} znaki`, many: `Pozostało ${N(n)} znaków`, other: `Pozostało ${N(n)} znaku`,
  }),
  loadOffline: 'Jesteś offline; treść załaduje się, gdy wrócisz do sieci.',
  voteQueued: 'Zostanie policzony, gdy wrócisz do sieci',
  voteCounted: 'Twój głos został policzony.',
  follow: 'Obserwuj',
  following: 'Obserwujesz',
  followed: 'Obserwujesz to teraz.',
  unfollowed: 'Już tego nie obserwujesz.',
};
