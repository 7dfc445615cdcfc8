import { formatNumber, plural } from '../../internal/format.js';
import type { FeedbackInboxStrings } from '../feedback-inbox.strings.js';

const N = (n: number) => formatNumber('pt', n);

/** `<confab-feedback-inbox>` strings in Portuguese (Brazil), loaded on demand. */
export const strings: FeedbackInboxStrings = {
  title: 'Feedback',
  forSubject: (s) => `Feedback sobre ${s}`,
  notAllowed: 'Somente moderadores e responsáveis pela página podem ver este feedback.',
  signIn: 'Faça login como moderador ou responsável pela página para ver este feedback.',
  empty: 'Não há feedback aqui.',
  filterLabel: 'Mostrar',
  filters: { open: 'Abertos', actioned: 'Tratados', dismissed: 'Descartados', all: 'Todos' },
  subjectLabel: 'Assunto',
  subjectHint: 'Deixe em branco para ver todos os assuntos.',
  summaryCount: 'Feedback',
  summaryOpen: 'Abertos',
  summaryHelpful: 'Acharam útil',
  helpfulValue: (h, n) => `${N(h)} de ${N(n)}`,
  summaryAverage: 'Nota média',
  averageValue: (avg, n) => plural('pt', n, { one: `${avg} de 5 (${N(n)} avaliação)`, other: `${avg} de 5 (${N(n)} avaliações)` }),
  yes: 'Útil: sim',
  no: 'Útil: não',
  starsValue: (n) => `${N(n)} de 5 estrelas`,
  anonymous: 'Anônimo',
  noComment: 'Sem comentário.',
  subject: 'Sobre',
  responseFrom: (name) => `Resposta de ${name}`,
  responseLabel: 'Sua resposta',
  respond: 'Responder',
  markActioned: 'Marcar como tratado',
  dismiss: 'Descartar',
  reopen: 'Reabrir',
  showMore: 'Mostrar mais',
  responseRequired: 'Escreva uma resposta primeiro.',
  responded: 'Resposta enviada.',
  stateChanged: (state) => `Marcado como “${state}”.`,
  newFeedback: 'Chegou um novo feedback.',
  feedbackFrom: (name) => `feedback de ${name}`,
  writeResponse: 'Escrever uma resposta',
  itemHeading: (name, rating) => `${name}: ${rating}`,
};
