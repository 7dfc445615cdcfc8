import { formatNumber } from '../../internal/format.js';
import type { NotificationsStrings } from '../notifications.strings.js';

const N = (n: number) => formatNumber('pt', n);

/** `<confab-notifications>` strings in Portuguese, loaded on demand. */
export const strings: NotificationsStrings = {
  bell: (n) => `Notificações, ${N(n)} não lidas`,
  title: 'Notificações',
  markAllRead: 'Marcar todas como lidas',
  preferences: 'Preferências',
  back: 'Voltar às notificações',
  empty: 'Ainda não há notificações.',
  signIn: 'Inicie sessão para ver as suas notificações.',
  unread: 'Não lida',
  showMore: 'Mostrar mais',
  allRead: 'Todas as notificações foram marcadas como lidas.',
  arrived: (text) => `Nova notificação: ${text}`,
  someone: 'Alguém',
  line: {
    'answer.created': (a, t) => `${a} respondeu: ${t}`,
    'answer.accepted': (a, t) => `${a} aceitou uma resposta: ${t}`,
    'question.routed': (_a, t) => `Perguntaram-lhe: ${t}`,
    'question.escalated': (_a, t) => `Foram consultados mais especialistas: ${t}`,
    'idea.status': (a, t) => `${a} mudou o estado de: ${t}`,
    'comment.created': (a, t) => `${a} comentou: ${t}`,
    'idea.review-due': (_a, t) => `À espera de revisão: ${t}`,
    'feedback.responded': (a, t) => `${a} respondeu à sua opinião sobre: ${t}`,
    mention: (a, t) => `${a} mencionou-o em: ${t}`,
    'webhook.disabled': (_a, t) => `Um webhook foi desativado: ${t}`,
    'content.moderated': (_a, t) => `A sua publicação foi moderada: ${t}`,
  },
  types: {
    'question.routed': 'Perguntas feitas a si',
    'answer.created': 'Novas respostas',
    'answer.accepted': 'Respostas aceites',
    'question.escalated': 'Perguntas passadas a mais especialistas',
    'idea.status': 'Mudanças de estado de ideias',
    'comment.created': 'Novos comentários',
    'idea.review-due': 'Ideias à espera de revisão',
    'feedback.responded': 'Respostas às suas opiniões',
    mention: 'Menções',
    'webhook.disabled': 'Webhooks desativados',
    'content.moderated': 'Moderação das suas publicações',
  },
  channels: { page: 'Na página', digest: 'No resumo por e-mail', immediate: 'Por e-mail de imediato', off: 'Desligado' },
  digestLabel: 'Resumo por e-mail',
  digest: { daily: 'Diário', weekly: 'Semanal' },
  autoFollowLegend: 'Seguir automaticamente',
  autoFollow: { write: 'O que escrevo', vote: 'Aquilo em que voto', comment: 'O que comento' },
  save: 'Guardar preferências',
  saved: 'Preferências guardadas.',
};
