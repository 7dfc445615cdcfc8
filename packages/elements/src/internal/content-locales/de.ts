import { byKind, type ContentStrings } from '../content.strings.js';
import type { ContentFormStrings } from '../content-forms.strings.js';

const words = { question: 'Frage', answer: 'Antwort', idea: 'Idee', comment: 'Kommentar', feedback: 'Feedback' };

/** The content lifecycle's labels and buttons in German, loaded on demand. */
export const strings: ContentStrings = {
  report: byKind(words, (w) => `${w} melden`),
  edit: byKind(words, (w) => `${w} bearbeiten`),
  remove: byKind(words, (w) => `${w} löschen`),
  hide: byKind(words, (w) => `${w} ausblenden`),
  restore: byKind(words, (w) => `${w} wiederherstellen`),
  edited: 'bearbeitet',
  removedByAuthor: 'Von der Autorin oder dem Autor entfernt',
  removedByModerator: 'Von der Moderation entfernt',
  hidden: 'Ausgeblendet',
  hiddenByCommunity: 'Bis zur Prüfung ausgeblendet: von Mitgliedern gemeldet.',
  reason: (reason) => `Grund: ${reason}`,
  held: 'Wartet auf Prüfung',
  earlierVersions: 'Frühere Versionen',
  restored: 'Wiederhergestellt. Alle können es wieder sehen.',
};

/** The content forms in German. */
export const forms: ContentFormStrings = {
  reasonLegend: 'Grund',
  reasons: { spam: 'Spam', offensive: 'Beleidigend', 'off-topic': 'Am Thema vorbei', other: 'Anderes' },
  note: 'Notiz',
  noteRequired: 'Bitte fügen Sie eine Notiz hinzu, wenn der Grund „Anderes“ ist.',
  sendReport: 'Meldung senden',
  cancel: 'Abbrechen',
  reported: 'Danke. Die Moderation sieht es sich an.',
  alreadyReported: 'Sie haben dies bereits gemeldet.',
  moderatorReason: 'Grund',
  reasonRequired: 'Bitte geben Sie einen Grund an.',
  hide: 'Ausblenden',
  remove: 'Löschen',
  confirmRemove: { question: 'Diese Frage löschen?', answer: 'Diese Antwort löschen?', idea: 'Diese Idee löschen?', comment: 'Diesen Kommentar löschen?', feedback: 'Diesen Feedback-Kommentar löschen?' },
  title: 'Titel',
  body: 'Text (Markdown)',
  tags: 'Schlagwörter (durch Kommas getrennt)',
  titleRequired: 'Bitte schreiben Sie einen Titel.',
  bodyRequired: 'Bitte schreiben Sie einen Text.',
  saveChanges: 'Änderungen speichern',
  saved: 'Änderungen gespeichert.',
  notSaved: (why) => `Ihre Änderungen wurden nicht gespeichert: ${why} Ihr Text bleibt im Formular.`,
  hiddenDone: 'Ausgeblendet. Nur die Autorin oder der Autor und die Moderation sehen es jetzt.',
  removedDone: 'Gelöscht.',
  version: (n, editor) => `Version ${n}, von ${editor}`,
  noVersions: 'Keine früheren Versionen.',
};
