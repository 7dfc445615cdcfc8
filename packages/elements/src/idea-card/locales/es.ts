import { formatNumber, plural } from '../../internal/format.js';
import type { IdeaCardStrings } from '../idea-card.strings.js';

const N = (n: number) => formatNumber('es', n);

/** `<confab-idea-card>` strings in Spanish, loaded on demand. */
export const strings: IdeaCardStrings = {
  voteFor: (title) => `Votar por «${title}»`,
  votes: (n) => plural('es', n, { one: `${N(n)} voto`, other: `${N(n)} votos` }),
  readMore: 'Leer más',
  readLess: 'Mostrar menos',
  proposedBy: 'Propuesta por',
  tags: 'Etiquetas',
  comments: (n) => plural('es', n, { one: `${N(n)} comentario`, other: `${N(n)} comentarios` }),
  noComments: 'Todavía no hay comentarios. Inicia la conversación.',
  moreComments: 'Mostrar más comentarios',
  commentLabel: 'Tu comentario',
  comment: 'Comentar',
  commentRequired: 'Escribe primero un comentario.',
  commentPosted: 'Tu comentario se ha publicado.',
  commentQueued: 'No tienes conexión. Tu comentario se conserva y se publicará cuando vuelvas a estar en línea.',
  commentsHeading: 'Comentarios',
  status: {
    new: 'Nueva',
    'under-review': 'En revisión',
    planned: 'Prevista',
    'in-progress': 'En curso',
    implemented: 'Implementada',
    declined: 'Rechazada',
  },
  statusLabel: 'Estado',
  statusSetBy: 'Establecido por',
  changeStatus: 'Cambiar estado',
  newStatus: 'Nuevo estado',
  note: 'Nota (obligatoria)',
  noteHint: 'Explica la decisión: la leerán todas las personas que siguen esta idea.',
  noteRequired: 'Escribe una nota que explique el cambio; todo cambio de estado la requiere.',
  save: 'Guardar',
  statusChanged: (status) => `Estado cambiado a «${status}».`,
  voteRefused: (reason) => `Tu voto no se guardó y se ha deshecho. ${reason}`,
  noIdea: 'No hay ninguna idea que mostrar: asigna al atributo idea el identificador de una idea.',
  ownIdea: 'No puedes votar tu propia idea.',
};
