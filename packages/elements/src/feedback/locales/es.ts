import { formatNumber, plural } from '../../internal/format.js';
import type { FeedbackStrings } from '../feedback.strings.js';

const N = (n: number) => formatNumber('es', n);

/** `<confab-feedback>` strings in Spanish, loaded on demand. */
export const strings: FeedbackStrings = {
  question: '¿Te ha resultado útil esta página?',
  starsQuestion: '¿Cómo valorarías esta página?',
  yes: 'Sí',
  no: 'No',
  stars: (n) => plural('es', n, { one: `${N(n)} estrella`, other: `${N(n)} estrellas` }),
  starsValue: (n) => plural('es', n, { one: `${N(n)} de 5 estrellas`, other: `${N(n)} de 5 estrellas` }),
  reasonsYes: ['Fácil de entender', 'Resolvió mi problema', 'Actualizada'],
  reasonsNo: ['Desactualizada', 'Poco clara', 'Falta información', 'Incorrecta'],
  reasonLabel: '¿Cuál es el motivo principal?',
  commentLabel: 'Añade un comentario (opcional)',
  send: 'Enviar',
  skip: 'Omitir',
  sending: 'Enviando…',
  sendNow: 'Enviar ahora',
  anonymousNote: 'Envío anónimo: el responsable de la página no verá tu nombre.',
  thanks: '¡Gracias por tu opinión!',
  answered: (when) => `Diste tu opinión ${when}.`,
  yourAnswer: 'Tu respuesta',
  reason: 'Motivo',
  comment: 'Comentario',
  responseFrom: (name) => `Respuesta de ${name}`,
  noResponse: 'El responsable de la página aún no ha respondido.',
  again: 'Dar una nueva opinión',
  summaryHelpful: (h, n) => `A ${N(h)} de ${N(n)} personas les resultó útil`,
  summaryStars: (avg, n) => plural('es', n, { one: `Valoración: ${avg} de 5 (${N(n)} valoración)`, other: `Valoración: ${avg} de 5 (${N(n)} valoraciones)` }),
  summaryNone: 'Todavía no hay opiniones.',
};
