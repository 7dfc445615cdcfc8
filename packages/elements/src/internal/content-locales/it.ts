import { byKind, type ContentStrings } from '../content.strings.js';
import type { ContentFormStrings } from '../content-forms.strings.js';

const words = { question: 'domanda', answer: 'risposta', idea: 'idea', comment: 'commento', feedback: 'feedback' };

/** The content lifecycle's labels and buttons in Italian, loaded on demand. */
export const strings: ContentStrings = {
  report: byKind(words, (w) => `Segnala ${w}`),
  edit: byKind(words, (w) => `Modifica ${w}`),
  remove: byKind(words, (w) => `Elimina ${w}`),
  hide: byKind(words, (w) => `Nascondi ${w}`),
  restore: byKind(words, (w) => `Ripristina ${w}`),
  edited: 'modificato',
  removedByAuthor: 'Rimosso dal suo autore',
  removedByModerator: 'Rimosso da un moderatore',
  hidden: 'Nascosto',
  hiddenByCommunity: 'Nascosto in attesa di revisione: segnalato dai membri.',
  reason: (reason) => `Motivo: ${reason}`,
  held: 'In attesa di revisione',
  earlierVersions: 'Versioni precedenti',
  restored: 'Ripristinato. Tutti possono vederlo di nuovo.',
};

/** The content forms in Italian. */
export const forms: ContentFormStrings = {
  reasonLegend: 'Motivo',
  reasons: { spam: 'Spam', offensive: 'Offensivo', 'off-topic': 'Fuori tema', other: 'Altro' },
  note: 'Nota',
  noteRequired: 'Aggiungi una nota quando il motivo è «Altro».',
  sendReport: 'Invia segnalazione',
  cancel: 'Annulla',
  reported: 'Grazie. Un moderatore lo esaminerà.',
  alreadyReported: 'Hai già segnalato questo contenuto.',
  moderatorReason: 'Motivo',
  reasonRequired: 'Indica un motivo.',
  hide: 'Nascondi',
  remove: 'Elimina',
  confirmRemove: { question: 'Eliminare questa domanda?', answer: 'Eliminare questa risposta?', idea: 'Eliminare questa idea?', comment: 'Eliminare questo commento?', feedback: 'Eliminare questo commento di feedback?' },
  title: 'Titolo',
  body: 'Testo (Markdown)',
  tags: 'Tag (separati da virgole)',
  titleRequired: 'Scrivi un titolo.',
  bodyRequired: 'Scrivi un testo.',
  saveChanges: 'Salva modifiche',
  saved: 'Modifiche salvate.',
  notSaved: (why) => `Le modifiche non sono state salvate: ${why} Il tuo testo è ancora nel modulo.`,
  hiddenDone: 'Nascosto. Ora solo il suo autore e i moderatori possono vederlo.',
  removedDone: 'Eliminato.',
  version: (n, editor) => `Versione ${n}, di ${editor}`,
  noVersions: 'Nessuna versione precedente.',
};
