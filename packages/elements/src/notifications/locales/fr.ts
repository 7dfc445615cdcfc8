import { formatNumber } from '../../internal/format.js';
import type { NotificationsStrings } from '../notifications.strings.js';

const N = (n: number) => formatNumber('fr', n);

/** `<confab-notifications>` strings in French, loaded on demand. */
export const strings: NotificationsStrings = {
  bell: (n) => `Notifications, ${N(n)} non lues`,
  title: 'Notifications',
  markAllRead: 'Tout marquer comme lu',
  preferences: 'Préférences',
  back: 'Retour aux notifications',
  empty: 'Aucune notification pour l’instant.',
  signIn: 'Connectez-vous pour voir vos notifications.',
  unread: 'Non lue',
  showMore: 'Afficher plus',
  allRead: 'Toutes les notifications sont marquées comme lues.',
  arrived: (text) => `Nouvelle notification : ${text}`,
  someone: 'Quelqu’un',
  line: {
    'answer.created': (a, t) => `${a} a répondu : ${t}`,
    'answer.accepted': (a, t) => `${a} a accepté une réponse : ${t}`,
    'question.routed': (_a, t) => `On vous a posé une question : ${t}`,
    'question.escalated': (_a, t) => `D’autres experts ont été sollicités : ${t}`,
    'idea.status': (a, t) => `${a} a changé le statut de : ${t}`,
    'comment.created': (a, t) => `${a} a commenté : ${t}`,
    'idea.review-due': (_a, t) => `En attente d’examen : ${t}`,
    'feedback.responded': (a, t) => `${a} a répondu à votre avis sur : ${t}`,
    mention: (a, t) => `${a} vous a mentionné dans : ${t}`,
    'webhook.disabled': (_a, t) => `Un webhook a été désactivé : ${t}`,
    'content.moderated': (_a, t) => `Votre contribution a été modérée : ${t}`,
  },
  types: {
    'question.routed': 'Questions qui vous sont posées',
    'answer.created': 'Nouvelles réponses',
    'answer.accepted': 'Réponses acceptées',
    'question.escalated': 'Questions transmises à d’autres experts',
    'idea.status': 'Changements de statut des idées',
    'comment.created': 'Nouveaux commentaires',
    'idea.review-due': 'Idées en attente d’examen',
    'feedback.responded': 'Réponses à vos avis',
    mention: 'Mentions',
    'webhook.disabled': 'Webhooks désactivés',
    'content.moderated': 'Modération de vos contributions',
  },
  channels: { page: 'Dans la page', digest: 'Dans le résumé par e-mail', immediate: 'Par e-mail tout de suite', off: 'Désactivé' },
  digestLabel: 'Résumé par e-mail',
  digest: { daily: 'Quotidien', weekly: 'Hebdomadaire' },
  autoFollowLegend: 'Suivre automatiquement',
  autoFollow: { write: 'Ce que j’écris', vote: 'Ce pour quoi je vote', comment: 'Ce que je commente' },
  save: 'Enregistrer les préférences',
  saved: 'Préférences enregistrées.',
};
