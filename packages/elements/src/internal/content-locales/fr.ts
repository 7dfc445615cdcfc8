import { byKind, type ContentStrings } from '../content.strings.js';
import type { ContentFormStrings } from '../content-forms.strings.js';

const words = { question: 'la question', answer: 'la réponse', idea: 'l’idée', comment: 'le commentaire', feedback: 'l’avis' };

/** The content lifecycle's labels and buttons in French, loaded on demand. */
export const strings: ContentStrings = {
  report: byKind(words, (w) => `Signaler ${w}`),
  edit: byKind(words, (w) => `Modifier ${w}`),
  remove: byKind(words, (w) => `Supprimer ${w}`),
  hide: byKind(words, (w) => `Masquer ${w}`),
  restore: byKind(words, (w) => `Rétablir ${w}`),
  edited: 'modifié',
  removedByAuthor: 'Retiré par son auteur',
  removedByModerator: 'Retiré par la modération',
  hidden: 'Masqué',
  hiddenByCommunity: 'Masqué en attendant un examen : signalé par des membres.',
  reason: (reason) => `Motif : ${reason}`,
  held: 'En attente de validation',
  earlierVersions: 'Versions précédentes',
  restored: 'Rétabli. Tout le monde peut le voir à nouveau.',
};

/** The content forms in French. */
export const forms: ContentFormStrings = {
  reasonLegend: 'Motif',
  reasons: { spam: 'Spam', offensive: 'Offensant', 'off-topic': 'Hors sujet', other: 'Autre' },
  note: 'Note',
  noteRequired: 'Ajoutez une note lorsque le motif est « Autre ».',
  sendReport: 'Envoyer le signalement',
  cancel: 'Annuler',
  reported: 'Merci. Un modérateur va l’examiner.',
  alreadyReported: 'Vous avez déjà signalé ceci.',
  moderatorReason: 'Motif',
  reasonRequired: 'Indiquez un motif.',
  hide: 'Masquer',
  remove: 'Supprimer',
  confirmRemove: { question: 'Supprimer cette question ?', answer: 'Supprimer cette réponse ?', idea: 'Supprimer cette idée ?', comment: 'Supprimer ce commentaire ?', feedback: 'Supprimer ce commentaire d’avis ?' },
  title: 'Titre',
  body: 'Texte (Markdown)',
  tags: 'Mots-clés (séparés par des virgules)',
  titleRequired: 'Écrivez un titre.',
  bodyRequired: 'Écrivez un texte.',
  saveChanges: 'Enregistrer les modifications',
  saved: 'Modifications enregistrées.',
  notSaved: (why) => `Vos modifications n’ont pas été enregistrées : ${why} Votre texte reste dans le formulaire.`,
  hiddenDone: 'Masqué. Seuls son auteur et les modérateurs le voient désormais.',
  removedDone: 'Supprimé.',
  version: (n, editor) => `Version ${n}, par ${editor}`,
  noVersions: 'Aucune version précédente.',
};
