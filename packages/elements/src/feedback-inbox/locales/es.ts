import { formatNumber, plural } from '../../internal/format.js';
import type { FeedbackInboxStrings } from '../feedback-inbox.strings.js';

const N = (n: number) => formatNumber('es', n);

/** `<confab-feedback-inbox>` strings in Spanish, loaded on demand. */
export const strings: FeedbackInboxStrings = {
  title: 'Opiniones',
  forSubject: (s) => `Opiniones sobre ${s}`,
  notAllowed: 'Solo los moderadores y los responsables de la página pueden ver estas opiniones.',
  signIn: 'Inicia sesión como moderador o responsable de la página para ver estas opiniones.',
  empty: 'No hay opiniones aquí.',
  filterLabel: 'Mostrar',
  filters: { open: 'Abiertas', actioned: 'Atendidas', dismissed: 'Descartadas', all: 'Todas' },
  subjectLabel: 'Asunto',
  subjectHint: 'Déjalo vacío para ver todos los asuntos.',
  summaryCount: 'Opiniones',
  summaryOpen: 'Abiertas',
  summaryHelpful: 'Les resultó útil',
  helpfulValue: (h, n) => `${N(h)} de ${N(n)}`,
  summaryAverage: 'Valoración media',
  averageValue: (avg, n) => plural('es', n, { one: `${avg} de 5 (${N(n)} valoración)`, other: `${avg} de 5 (${N(n)} valoraciones)` }),
  yes: 'Útil: sí',
  no: 'Útil: no',
  starsValue: (n) => plural('es', n, { one: `${N(n)} de 5 estrellas`, other: `${N(n)} de 5 estrellas` }),
  anonymous: 'Anónimo',
  noComment: 'Sin comentario.',
  subject: 'Sobre',
  responseFrom: (name) => `Respuesta de ${name}`,
  responseLabel: 'Tu respuesta',
  respond: 'Responder',
  markActioned: 'Marcar como atendida',
  dismiss: 'Descartar',
  reopen: 'Reabrir',
  showMore: 'Mostrar más',
  responseRequired: 'Escribe primero una respuesta.',
  responded: 'Respuesta enviada.',
  stateChanged: (state) => `Marcada como «${state}».`,
  newFeedback: 'Han llegado opiniones nuevas.',
  feedbackFrom: (name) => `opinión de ${name}`,
  writeResponse: 'Escribir una respuesta',
  itemHeading: (name, rating) => `${name}: ${rating}`,
};
