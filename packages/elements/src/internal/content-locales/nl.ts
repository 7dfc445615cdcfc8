import { byKind, type ContentStrings } from '../content.strings.js';
import type { ContentFormStrings } from '../content-forms.strings.js';

const words = { question: 'Vraag', answer: 'Antwoord', idea: 'Idee', comment: 'Reactie', feedback: 'Feedback' };

/** The content lifecycle's labels and buttons in Dutch, loaded on demand. */
export const strings: ContentStrings = {
  report: byKind(words, (w) => `${w} melden`),
  edit: byKind(words, (w) => `${w} bewerken`),
  remove: byKind(words, (w) => `${w} verwijderen`),
  hide: byKind(words, (w) => `${w} verbergen`),
  restore: byKind(words, (w) => `${w} herstellen`),
  edited: 'bewerkt',
  removedByAuthor: 'Verwijderd door de auteur',
  removedByModerator: 'Verwijderd door een moderator',
  hidden: 'Verborgen',
  hiddenByCommunity: 'Verborgen in afwachting van beoordeling: gemeld door leden.',
  reason: (reason) => `Reden: ${reason}`,
  held: 'Wacht op beoordeling',
  earlierVersions: 'Eerdere versies',
  restored: 'Hersteld. Iedereen kan het weer zien.',
};

/** The content forms in Dutch. */
export const forms: ContentFormStrings = {
  reasonLegend: 'Reden',
  reasons: { spam: 'Spam', offensive: 'Beledigend', 'off-topic': 'Off-topic', other: 'Anders' },
  note: 'Notitie',
  noteRequired: 'Voeg een notitie toe als de reden „Anders” is.',
  sendReport: 'Melding versturen',
  cancel: 'Annuleren',
  reported: 'Dank je. Een moderator kijkt ernaar.',
  alreadyReported: 'Je hebt dit al gemeld.',
  moderatorReason: 'Reden',
  reasonRequired: 'Geef een reden op.',
  hide: 'Verbergen',
  remove: 'Verwijderen',
  confirmRemove: { question: 'Deze vraag verwijderen?', answer: 'Dit antwoord verwijderen?', idea: 'Dit idee verwijderen?', comment: 'Deze reactie verwijderen?', feedback: 'Deze feedbackopmerking verwijderen?' },
  title: 'Titel',
  body: 'Tekst (Markdown)',
  tags: 'Tags (gescheiden door komma’s)',
  titleRequired: 'Schrijf een titel.',
  bodyRequired: 'Schrijf een tekst.',
  saveChanges: 'Wijzigingen opslaan',
  saved: 'Wijzigingen opgeslagen.',
  notSaved: (why) => `Je wijzigingen zijn niet opgeslagen: ${why} Je tekst staat nog in het formulier.`,
  hiddenDone: 'Verborgen. Alleen de auteur en moderators zien het nu.',
  removedDone: 'Verwijderd.',
  version: (n, editor) => `Versie ${n}, door ${editor}`,
  noVersions: 'Geen eerdere versies.',
};
