import { byKind, type ContentStrings } from '../content.strings.js';
import type { ContentFormStrings } from '../content-forms.strings.js';

const words = { question: 'pytanie', answer: 'odpowiedź', idea: 'pomysł', comment: 'komentarz', feedback: 'opinię' };

/** The content lifecycle's labels and buttons in Polish, loaded on demand. */
export const strings: ContentStrings = {
  report: byKind(words, (w) => `Zgłoś ${w}`),
  edit: byKind(words, (w) => `Edytuj ${w}`),
  remove: byKind(words, (w) => `Usuń ${w}`),
  hide: byKind(words, (w) => `Ukryj ${w}`),
  restore: byKind(words, (w) => `Przywróć ${w}`),
  edited: 'edytowano',
  removedByAuthor: 'Usunięte przez autora',
  removedByModerator: 'Usunięte przez moderatora',
  hidden: 'Ukryte',
  hiddenByCommunity: 'Ukryte do czasu weryfikacji: zgłoszone przez członków.',
  reason: (reason) => `Powód: ${reason}`,
  held: 'Czeka na weryfikację',
  earlierVersions: 'Wcześniejsze wersje',
  restored: 'Przywrócono. Wszyscy znów to widzą.',
};

/** The content forms in Polish. */
export const forms: ContentFormStrings = {
  reasonLegend: 'Powód',
  reasons: { spam: 'Spam', offensive: 'Obraźliwe', 'off-topic': 'Nie na temat', other: 'Inne' },
  note: 'Notatka',
  noteRequired: 'Dodaj notatkę, gdy powodem jest „Inne”.',
  sendReport: 'Wyślij zgłoszenie',
  cancel: 'Anuluj',
  reported: 'Dziękujemy. Moderator się temu przyjrzy.',
  alreadyReported: 'To zostało już przez Ciebie zgłoszone.',
  moderatorReason: 'Powód',
  reasonRequired: 'Podaj powód.',
  hide: 'Ukryj',
  remove: 'Usuń',
  confirmRemove: { question: 'Usunąć to pytanie?', answer: 'Usunąć tę odpowiedź?', idea: 'Usunąć ten pomysł?', comment: 'Usunąć ten komentarz?', feedback: 'Usunąć ten komentarz do opinii?' },
  title: 'Tytuł',
  body: 'Tekst (Markdown)',
  tags: 'Tagi (rozdzielone przecinkami)',
  titleRequired: 'Wpisz tytuł.',
  bodyRequired: 'Wpisz tekst.',
  saveChanges: 'Zapisz zmiany',
  saved: 'Zmiany zapisane.',
  notSaved: (why) => `Zmiany nie zostały zapisane: ${why} Twój tekst pozostał w formularzu.`,
  hiddenDone: 'Ukryte. Teraz widzą to tylko autor i moderatorzy.',
  removedDone: 'Usunięto.',
  version: (n, editor) => `Wersja ${n}, autor: ${editor}`,
  noVersions: 'Brak wcześniejszych wersji.',
};
