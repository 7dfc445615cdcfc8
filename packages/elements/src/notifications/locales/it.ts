import { formatNumber } from '../../internal/format.js';
import type { NotificationsStrings } from '../notifications.strings.js';

const N = (n: number) => formatNumber('it', n);

/** `<confab-notifications>` strings in Italian, loaded on demand. */
export const strings: NotificationsStrings = {
  bell: (n) => `Notifiche, ${N(n)} non lette`,
  title: 'Notifiche',
  markAllRead: 'Segna tutte come lette',
  preferences: 'Preferenze',
  back: 'Torna alle notifiche',
  empty: 'Ancora nessuna notifica.',
  signIn: 'Accedi per vedere le tue notifiche.',
  unread: 'Non letta',
  showMore: 'Mostra altro',
  allRead: 'Tutte le notifiche sono segnate come lette.',
  arrived: (text) => `Nuova notifica: ${text}`,
  someone: 'Qualcuno',
  line: {
    'answer.created': (a, t) => `${a} ha risposto: ${t}`,
    'answer.accepted': (a, t) => `${a} ha accettato una risposta: ${t}`,
    'question.routed': (_a, t) => `Ti è stato chiesto: ${t}`,
    'question.escalated': (_a, t) => `Chiesto ad altri esperti: ${t}`,
    'idea.status': (a, t) => `${a} ha cambiato lo stato di: ${t}`,
    'comment.created': (a, t) => `${a} ha commentato: ${t}`,
    'idea.review-due': (_a, t) => `In attesa di revisione: ${t}`,
    'feedback.responded': (a, t) => `${a} ha risposto al tuo feedback su: ${t}`,
    mention: (a, t) => `${a} ti ha menzionato in: ${t}`,
    'webhook.disabled': (_a, t) => `Un webhook è stato disattivato: ${t}`,
    'content.moderated': (_a, t) => `Il tuo contributo è stato moderato: ${t}`,
  },
  types: {
    'question.routed': 'Domande rivolte a te',
    'answer.created': 'Nuove risposte',
    'answer.accepted': 'Risposte accettate',
    'question.escalated': 'Domande passate ad altri esperti',
    'idea.status': 'Cambi di stato delle idee',
    'comment.created': 'Nuovi commenti',
    'idea.review-due': 'Idee in attesa di revisione',
    'feedback.responded': 'Risposte al tuo feedback',
    mention: 'Menzioni',
    'webhook.disabled': 'Webhook disattivati',
    'content.moderated': 'Moderazione dei tuoi contributi',
  },
  channels: { page: 'Nella pagina', digest: 'Nel riepilogo via e-mail', immediate: 'Subito via e-mail', off: 'Disattivato' },
  digestLabel: 'Riepilogo via e-mail',
  digest: { daily: 'Giornaliero', weekly: 'Settimanale' },
  autoFollowLegend: 'Segui automaticamente',
  autoFollow: { write: 'Ciò che scrivo', vote: 'Ciò che voto', comment: 'Ciò che commento' },
  save: 'Salva preferenze',
  saved: 'Preferenze salvate.',
};
