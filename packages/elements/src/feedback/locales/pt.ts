import { formatNumber, plural } from '../../internal/format.js';
import type { FeedbackStrings } from '../feedback.strings.js';

const N = (n: number) => formatNumber('pt', n);

/** `<confab-feedback>` strings in Portuguese (Brazil), loaded on demand. */
export const strings: FeedbackStrings = {
  question: 'Esta página foi útil?',
  starsQuestion: 'Como você avalia esta página?',
  yes: 'Sim',
  no: 'Não',
  stars: (n) => plural('pt', n, { one: `${N(n)} estrela`, other: `${N(n)} estrelas` }),
  starsValue: (n) => `${N(n)} de 5 estrelas`,
  reasonsYes: ['Fácil de entender', 'Resolveu meu problema', 'Atualizada'],
  reasonsNo: ['Desatualizada', 'Pouco clara', 'Faltam informações', 'Incorreta'],
  reasonLabel: 'Qual é o principal motivo?',
  commentLabel: 'Adicione um comentário (opcional)',
  send: 'Enviar',
  skip: 'Pular',
  sending: 'Enviando…',
  sendNow: 'Enviar agora',
  anonymousNote: 'Enviado de forma anônima: o responsável pela página não verá seu nome.',
  thanks: 'Obrigado pelo seu feedback!',
  answered: (when) => `Você deu seu feedback ${when}.`,
  yourAnswer: 'Sua resposta',
  reason: 'Motivo',
  comment: 'Comentário',
  responseFrom: (name) => `Resposta de ${name}`,
  noResponse: 'O responsável pela página ainda não respondeu.',
  again: 'Dar um novo feedback',
  summaryHelpful: (h, n) => `${N(h)} de ${N(n)} acharam útil`,
  summaryStars: (avg, n) => plural('pt', n, { one: `Nota ${avg} de 5 (${N(n)} avaliação)`, other: `Nota ${avg} de 5 (${N(n)} avaliações)` }),
  summaryNone: 'Ainda não há feedback.',
};
