import { formatNumber } from '../../internal/format.js';
import type { NotificationsStrings } from '../notifications.strings.js';

const N = (n: number) => formatNumber('pl', n);

/** `<confab-notifications>` strings in Polish, loaded on demand. */
export const strings: NotificationsStrings = {
  bell: (n) => `Powiadomienia, nieprzeczytane: ${N(n)}`,
  title: 'Powiadomienia',
  markAllRead: 'Oznacz wszystkie jako przeczytane',
  preferences: 'Ustawienia',
  back: 'Wróć do powiadomień',
  empty: 'Brak powiadomień.',
  signIn: 'Zaloguj się, aby zobaczyć swoje powiadomienia.',
  unread: 'Nieprzeczytane',
  showMore: 'Pokaż więcej',
  allRead: 'Wszystkie powiadomienia oznaczono jako przeczytane.',
  arrived: (text) => `Nowe powiadomienie: ${text}`,
  someone: 'Ktoś',
  line: {
    'answer.created': (a, t) => `${a} odpowiada: ${t}`,
    'answer.accepted': (a, t) => `${a} akceptuje odpowiedź: ${t}`,
    'question.routed': (_a, t) => `Zapytano Cię: ${t}`,
    'question.escalated': (_a, t) => `Zapytano kolejnych ekspertów: ${t}`,
    'idea.status': (a, t) => `${a} zmienia status: ${t}`,
    'comment.created': (a, t) => `${a} komentuje: ${t}`,
    'idea.review-due': (_a, t) => `Czeka na ocenę: ${t}`,
    'feedback.responded': (a, t) => `${a} odpowiada na Twoją opinię o: ${t}`,
    mention: (a, t) => `${a} wspomina o Tobie w: ${t}`,
    'webhook.disabled': (_a, t) => `Wyłączono webhook: ${t}`,
    'content.moderated': (_a, t) => `Twój wpis został zmoderowany: ${t}`,
  },
  types: {
    'question.routed': 'Pytania do Ciebie',
    'answer.created': 'Nowe odpowiedzi',
    'answer.accepted': 'Zaakceptowane odpowiedzi',
    'question.escalated': 'Pytania przekazane kolejnym ekspertom',
    'idea.status': 'Zmiany statusu pomysłów',
    'comment.created': 'Nowe komentarze',
    'idea.review-due': 'Pomysły czekające na ocenę',
    'feedback.responded': 'Odpowiedzi na Twoje opinie',
    mention: 'Wzmianki',
    'webhook.disabled': 'Wyłączone webhooki',
    'content.moderated': 'Moderacja Twoich wpisów',
  },
  channels: { page: 'Na stronie', digest: 'W podsumowaniu e-mail', immediate: 'Od razu e-mailem', off: 'Wyłączone' },
  digestLabel: 'Podsumowanie e-mail',
  digest: { daily: 'Codziennie', weekly: 'Co tydzień' },
  autoFollowLegend: 'Obserwuj automatycznie',
  autoFollow: { write: 'To, co piszę', vote: 'To, na co głosuję', comment: 'To, co komentuję' },
  save: 'Zapisz ustawienia',
  saved: 'Zapisano ustawienia.',
};
