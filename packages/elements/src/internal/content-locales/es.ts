import { byKind, type ContentStrings } from '../content.strings.js';
import type { ContentFormStrings } from '../content-forms.strings.js';

const words = { question: 'pregunta', answer: 'respuesta', idea: 'idea', comment: 'comentario', feedback: 'opinión' };

/** The content lifecycle's labels and buttons in Spanish, loaded on demand. */
export const strings: ContentStrings = {
  report: byKind(words, (w) => `Denunciar ${w}`),
  edit: byKind(words, (w) => `Editar ${w}`),
  remove: byKind(words, (w) => `Eliminar ${w}`),
  hide: byKind(words, (w) => `Ocultar ${w}`),
  restore: byKind(words, (w) => `Restaurar ${w}`),
  edited: 'editado',
  removedByAuthor: 'Eliminado por su autor',
  removedByModerator: 'Eliminado por la moderación',
  hidden: 'Oculto',
  hiddenByCommunity: 'Oculto hasta su revisión: denunciado por miembros.',
  reason: (reason) => `Motivo: ${reason}`,
  held: 'Pendiente de revisión',
  earlierVersions: 'Versiones anteriores',
  restored: 'Restaurado. Todos pueden verlo de nuevo.',
};

/** The content forms in Spanish. */
export const forms: ContentFormStrings = {
  reasonLegend: 'Motivo',
  reasons: { spam: 'Spam', offensive: 'Ofensivo', 'off-topic': 'Fuera de tema', other: 'Otro' },
  note: 'Nota',
  noteRequired: 'Añade una nota cuando el motivo sea «Otro».',
  sendReport: 'Enviar denuncia',
  cancel: 'Cancelar',
  reported: 'Gracias. Un moderador lo revisará.',
  alreadyReported: 'Ya denunciaste esto.',
  moderatorReason: 'Motivo',
  reasonRequired: 'Indica un motivo.',
  hide: 'Ocultar',
  remove: 'Eliminar',
  confirmRemove: { question: '¿Eliminar esta pregunta?', answer: '¿Eliminar esta respuesta?', idea: '¿Eliminar esta idea?', comment: '¿Eliminar este comentario?', feedback: '¿Eliminar este comentario de opinión?' },
  title: 'Título',
  body: 'Texto (Markdown)',
  tags: 'Etiquetas (separadas por comas)',
  titleRequired: 'Escribe un título.',
  bodyRequired: 'Escribe un texto.',
  saveChanges: 'Guardar cambios',
  saved: 'Cambios guardados.',
  notSaved: (why) => `No se guardaron tus cambios: ${why} Tu texto sigue en el formulario.`,
  hiddenDone: 'Oculto. Ahora solo su autor y los moderadores pueden verlo.',
  removedDone: 'Eliminado.',
  version: (n, editor) => `Versión ${n}, de ${editor}`,
  noVersions: 'No hay versiones anteriores.',
};
