import { formatNumber } from '../../internal/format.js';
import type { NotificationsStrings } from '../notifications.strings.js';

const N = (n: number) => formatNumber('es', n);

/** `<confab-notifications>` strings in Spanish, loaded on demand. */
export const strings: NotificationsStrings = {
  bell: (n) => `Notificaciones, ${N(n)} sin leer`,
  title: 'Notificaciones',
  markAllRead: 'Marcar todas como leídas',
  preferences: 'Preferencias',
  back: 'Volver a las notificaciones',
  empty: 'Aún no hay notificaciones.',
  signIn: 'Inicia sesión para ver tus notificaciones.',
  unread: 'Sin leer',
  showMore: 'Mostrar más',
  allRead: 'Todas las notificaciones se marcaron como leídas.',
  arrived: (text) => `Nueva notificación: ${text}`,
  someone: 'Alguien',
  line: {
    'answer.created': (a, t) => `${a} respondió: ${t}`,
    'answer.accepted': (a, t) => `${a} aceptó una respuesta: ${t}`,
    'question.routed': (_a, t) => `Te preguntaron: ${t}`,
    'question.escalated': (_a, t) => `Se preguntó a más expertos: ${t}`,
    'idea.status': (a, t) => `${a} cambió el estado de: ${t}`,
    'comment.created': (a, t) => `${a} comentó en: ${t}`,
    'idea.review-due': (_a, t) => `Pendiente de revisión: ${t}`,
    'feedback.responded': (a, t) => `${a} respondió a tu opinión sobre: ${t}`,
    mention: (a, t) => `${a} te mencionó en: ${t}`,
    'webhook.disabled': (_a, t) => `Se desactivó un webhook: ${t}`,
    'content.moderated': (_a, t) => `Tu publicación fue moderada: ${t}`,
  },
  types: {
    'question.routed': 'Preguntas que te hacen',
    'answer.created': 'Respuestas nuevas',
    'answer.accepted': 'Respuestas aceptadas',
    'question.escalated': 'Preguntas pasadas a más expertos',
    'idea.status': 'Cambios de estado de ideas',
    'comment.created': 'Comentarios nuevos',
    'idea.review-due': 'Ideas pendientes de revisión',
    'feedback.responded': 'Respuestas a tus opiniones',
    mention: 'Menciones',
    'webhook.disabled': 'Webhooks desactivados',
    'content.moderated': 'Moderación de tus publicaciones',
  },
  channels: { page: 'En la página', digest: 'En el resumen por correo', immediate: 'Por correo al momento', off: 'Desactivado' },
  digestLabel: 'Resumen por correo',
  digest: { daily: 'Diario', weekly: 'Semanal' },
  autoFollowLegend: 'Seguir automáticamente',
  autoFollow: { write: 'Lo que escribo', vote: 'Lo que voto', comment: 'Lo que comento' },
  save: 'Guardar preferencias',
  saved: 'Preferencias guardadas.',
};
