import { formatNumber, plural } from '../../internal/format.js';
import type { IdeaBoardStrings } from '../idea-board.strings.js';

const N = (n: number) => formatNumber('es', n);

/** `<confab-idea-board>` strings in Spanish, loaded on demand. */
export const strings: IdeaBoardStrings = {
  defaultTitle: 'Ideas',
  whyWeAsk: 'Por qué lo preguntamos',
  open: 'Abierta a ideas',
  closed: 'Cerrada',
  closedMessage: 'Esta campaña está cerrada y no admite ideas nuevas. Aún puedes leer, votar y comentar.',
  formHeading: 'Proponer una idea',
  titleLabel: 'Título de la idea',
  descriptionLabel: 'Descripción',
  descriptionHint: 'Opcional. Admite Markdown: **negrita**, listas, enlaces.',
  tagsLabel: 'Etiquetas',
  tagsHint: 'Opcional. Separa las etiquetas con comas.',
  submit: 'Enviar idea',
  titleRequired: 'Ponle un título a tu idea.',
  tooManyTags: (max) => `Como máximo ${N(max)} etiquetas.`,
  submitted: 'Tu idea se ha enviado.',
  queued: 'No tienes conexión. Tu idea se conserva y se enviará cuando vuelvas a estar en línea.',
  pendingHeading: 'Pendiente de envío',
  similarHeading: 'Ideas similares',
  similarHint: '¿Está la tuya entre ellas? Vótala en lugar de publicarla dos veces.',
  similarFound: (n) => plural('es', n, { one: `${N(n)} idea similar encontrada.`, other: `${N(n)} ideas similares encontradas.` }),
  voteFor: (title) => `Votar por «${title}»`,
  votes: (n) => plural('es', n, { one: `${N(n)} voto`, other: `${N(n)} votos` }),
  sortLabel: 'Ordenar por',
  sortTop: 'Más votadas',
  sortNew: 'Más recientes',
  sortTrending: 'Tendencia',
  statusFilter: 'Estado',
  allStatuses: 'Todos los estados',
  listHeading: 'Ideas',
  empty: 'Todavía no hay ideas. Sé el primero en proponer una.',
  emptyFiltered: 'No hay ideas con este estado.',
  showMore: 'Mostrar más ideas',
  newIdeas: (n) => plural('es', n, { one: `${N(n)} idea nueva — mostrar`, other: `${N(n)} ideas nuevas — mostrar` }),
  shown: (n) => plural('es', n, { one: `Se muestra ${N(n)} idea`, other: `Se muestran ${N(n)} ideas` }),
  voteRefused: (reason) => `Tu voto no se guardó y se ha deshecho. ${reason}`,
  skipIdeas: 'Saltar la lista de ideas',
};
