import { formatNumber, plural } from '../../internal/format.js';
import type { IdeaBoardStrings } from '../idea-board.strings.js';

const N = (n: number) => formatNumber('pt', n);

/** `<confab-idea-board>` strings in Portuguese (Brazil), loaded on demand. */
export const strings: IdeaBoardStrings = {
  defaultTitle: 'Ideias',
  whyWeAsk: 'Por que perguntamos',
  open: 'Aberta a ideias',
  closed: 'Encerrada',
  closedMessage: 'Esta campanha está encerrada e não aceita novas ideias. Você ainda pode ler, votar e comentar.',
  formHeading: 'Propor uma ideia',
  titleLabel: 'Título da ideia',
  descriptionLabel: 'Descrição',
  descriptionHint: 'Opcional. Aceita Markdown: **negrito**, listas, links.',
  tagsLabel: 'Tags',
  tagsHint: 'Opcional. Separe as tags com vírgulas.',
  submit: 'Enviar ideia',
  titleRequired: 'Dê um título à sua ideia.',
  tooManyTags: (max) => `No máximo ${N(max)} tags.`,
  submitted: 'Sua ideia foi enviada.',
  queued: 'Você está off-line. Sua ideia fica guardada e será enviada quando você voltar a ficar on-line.',
  pendingHeading: 'Aguardando envio',
  similarHeading: 'Ideias parecidas',
  similarHint: 'A sua está entre elas? Vote nela em vez de publicá-la duas vezes.',
  similarFound: (n) => plural('pt', n, { one: `${N(n)} ideia parecida encontrada.`, other: `${N(n)} ideias parecidas encontradas.` }),
  voteFor: (title) => `Votar em “${title}”`,
  votes: (n) => plural('pt', n, { one: `${N(n)} voto`, other: `${N(n)} votos` }),
  sortLabel: 'Ordenar por',
  sortTop: 'Mais votadas',
  sortNew: 'Mais recentes',
  sortTrending: 'Em alta',
  statusFilter: 'Status',
  allStatuses: 'Todos os status',
  listHeading: 'Ideias',
  empty: 'Ainda não há ideias. Seja o primeiro a propor uma.',
  emptyFiltered: 'Nenhuma ideia com este status.',
  showMore: 'Mostrar mais ideias',
  newIdeas: (n) => plural('pt', n, { one: `${N(n)} ideia nova — mostrar`, other: `${N(n)} ideias novas — mostrar` }),
  shown: (n) => plural('pt', n, { one: `Mostrando ${N(n)} ideia`, other: `Mostrando ${N(n)} ideias` }),
  voteRefused: (reason) => `Seu voto não foi salvo e foi desfeito. ${reason}`,
  skipIdeas: 'Pular a lista de ideias',
};
