import { formatNumber } from '../../internal/format.js';
import type { NotificationsStrings } from '../notifications.strings.js';

const N = (n: number) => formatNumber('nl', n);

/** `<confab-notifications>` strings in Dutch, loaded on demand. */
export const strings: NotificationsStrings = {
  bell: (n) => `Meldingen, ${N(n)} ongelezen`,
  title: 'Meldingen',
  markAllRead: 'Alles als gelezen markeren',
  preferences: 'Voorkeuren',
  back: 'Terug naar meldingen',
  empty: 'Nog geen meldingen.',
  signIn: 'Meld je aan om je meldingen te zien.',
  unread: 'Ongelezen',
  showMore: 'Meer tonen',
  allRead: 'Alle meldingen zijn als gelezen gemarkeerd.',
  arrived: (text) => `Nieuwe melding: ${text}`,
  someone: 'Iemand',
  line: {
    'answer.created': (a, t) => `${a} heeft geantwoord: ${t}`,
    'answer.accepted': (a, t) => `${a} heeft een antwoord geaccepteerd: ${t}`,
    'question.routed': (_a, t) => `Er is je gevraagd: ${t}`,
    'question.escalated': (_a, t) => `Meer experts gevraagd: ${t}`,
    'idea.status': (a, t) => `${a} heeft de status gewijzigd van: ${t}`,
    'comment.created': (a, t) => `${a} heeft gereageerd op: ${t}`,
    'idea.review-due': (_a, t) => `Wacht op beoordeling: ${t}`,
    'feedback.responded': (a, t) => `${a} heeft op je feedback gereageerd over: ${t}`,
    mention: (a, t) => `${a} heeft je genoemd in: ${t}`,
    'webhook.disabled': (_a, t) => `Een webhook is uitgeschakeld: ${t}`,
    'content.moderated': (_a, t) => `Je bericht is gemodereerd: ${t}`,
  },
  types: {
    'question.routed': 'Vragen aan jou',
    'answer.created': 'Nieuwe antwoorden',
    'answer.accepted': 'Geaccepteerde antwoorden',
    'question.escalated': 'Vragen doorgegeven aan meer experts',
    'idea.status': 'Statuswijzigingen van ideeën',
    'comment.created': 'Nieuwe reacties',
    'idea.review-due': 'Ideeën die op beoordeling wachten',
    'feedback.responded': 'Reacties op je feedback',
    mention: 'Vermeldingen',
    'webhook.disabled': 'Uitgeschakelde webhooks',
    'content.moderated': 'Moderatie van je berichten',
  },
  channels: { page: 'Op de pagina', digest: 'In de e-mailsamenvatting', immediate: 'Meteen per e-mail', off: 'Uit' },
  digestLabel: 'E-mailsamenvatting',
  digest: { daily: 'Dagelijks', weekly: 'Wekelijks' },
  autoFollowLegend: 'Automatisch volgen',
  autoFollow: { write: 'Wat ik schrijf', vote: 'Waarop ik stem', comment: 'Waarop ik reageer' },
  save: 'Voorkeuren opslaan',
  saved: 'Voorkeuren opgeslagen.',
};
