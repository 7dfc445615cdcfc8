import type { ChangeType, WebhookDelivery } from '@confab/core';
import { formatNumber, plural } from '../internal/format.js';
import { stringTables } from '../internal/localize.js';

/** A count written the English way (`Intl.NumberFormat`): 1,234. */
const N = (n: number) => formatNumber('en', n);

/** The strings of `<confab-webhooks-admin>`; override any of them per instance with the `strings` property. */
export interface WebhooksAdminStrings {
  title: string;
  /** Under the title: what webhooks do. */
  intro: string;
  /** Shown to signed-in people who are not admins. */
  notAllowed: string;
  signIn: string;
  empty: string;
  /** Opens the form for a new endpoint. */
  add: string;
  newHeading: string;
  editHeading: (url: string) => string;
  urlLabel: string;
  urlHint: string;
  urlRequired: string;
  descriptionLabel: string;
  descriptionHint: string;
  eventsLegend: string;
  eventsHint: string;
  eventsRequired: string;
  /** Each event type's name in the form (the type itself is shown beside it); a type without a name shows the type alone. */
  eventNames: Partial<Record<ChangeType, string>>;
  create: string;
  save: string;
  /** Announced after an endpoint was created (its secret is shown next). */
  created: (url: string) => string;
  saved: (url: string) => string;
  /** The line with an endpoint's event types. */
  events: (list: string) => string;
  enabled: string;
  disabled: string;
  /** After a rotation: until when the previous secret still signs (a formatted date and time). */
  previousUntil: (time: string) => string;
  /** When an endpoint was created and last changed (formatted dates and times). */
  times: (created: string, updated: string) => string;
  edit: string;
  /** The accessible name of an endpoint's "Edit" button: the action and the endpoint's URL. */
  editFor: (url: string) => string;
  disable: string;
  disableFor: (url: string) => string;
  enable: string;
  enableFor: (url: string) => string;
  rotate: string;
  rotateFor: (url: string) => string;
  remove: string;
  removeFor: (url: string) => string;
  deliveries: string;
  deliveriesFor: (url: string) => string;
  /** The question before a rotation. */
  rotateConfirm: (url: string) => string;
  /** The question before a removal. */
  removeConfirm: (url: string) => string;
  enabledNow: (url: string) => string;
  disabledNow: (url: string) => string;
  /** Announced after a rotation (the new secret is shown next). */
  rotated: (url: string) => string;
  removed: (url: string) => string;
  /** Under an endpoint whose change was refused. */
  notChanged: (url: string, reason: string) => string;
  secretHeading: (url: string) => string;
  secretLabel: string;
  /** The note beside a secret shown once. */
  secretOnce: string;
  copy: string;
  copied: string;
  /** When the clipboard cannot be written: the secret is selected for the reader to copy. */
  copyManually: string;
  /** Removes the secret from the page. */
  hideSecret: string;
  deliveriesHeading: (url: string) => string;
  refresh: string;
  noDeliveries: string;
  showMore: string;
  statuses: Record<WebhookDelivery['status'], string>;
  attempts: (n: number) => string;
  /** The receiver's HTTP status code. */
  response: (status: number) => string;
  noResponse: string;
  /** How long the last attempt took. */
  duration: (ms: number) => string;
  /** When a delivery was recorded (a formatted date and time). */
  recorded: (time: string) => string;
  lastAttempt: (time: string) => string;
  nextAttempt: (time: string) => string;
}

/** `<confab-webhooks-admin>` strings: English built in, every other language in its own module under `locales/`, loaded when used. */
export const webhooksAdminStrings = stringTables<WebhooksAdminStrings>('webhooks-admin', {
  en: {
    title: 'Webhooks',
    intro: 'Confab posts every change of the chosen event types to these URLs, signed with the endpoint’s secret (Standard Webhooks).',
    notAllowed: 'Only admins can manage webhooks.',
    signIn: 'Sign in as an admin to manage webhooks.',
    empty: 'No webhook endpoints yet. Add one to send changes to another system.',
    add: 'Add endpoint',
    newHeading: 'New endpoint',
    editHeading: (url) => `Edit ${url}`,
    urlLabel: 'Endpoint URL',
    urlHint: 'Where the events are posted, e.g. https://example.com/hooks/confab.',
    urlRequired: 'Enter the URL the events are posted to.',
    descriptionLabel: 'Description (optional)',
    descriptionHint: 'What the endpoint is for. Only admins see it.',
    eventsLegend: 'Events to send',
    eventsHint: 'Choose at least one.',
    eventsRequired: 'Choose at least one event type.',
    eventNames: {
      'question.created': 'Question asked',
      'question.updated': 'Question changed',
      'answer.created': 'Answer posted',
      'answer.accepted': 'Answer accepted',
      'vote.changed': 'Vote changed',
      'idea.created': 'Idea submitted',
      'idea.status-changed': 'Idea status changed',
      'comment.created': 'Comment posted',
      'campaign.created': 'Campaign created',
      'campaign.updated': 'Campaign changed',
      'feedback.created': 'Feedback given',
      'feedback.updated': 'Feedback answered or actioned',
      'person.updated': 'Profile or roles changed',
    },
    create: 'Create endpoint',
    save: 'Save changes',
    created: (url) => `Endpoint ${url} created. Copy its signing secret now.`,
    saved: (url) => `Changes to ${url} saved.`,
    events: (list) => `Events: ${list}`,
    enabled: 'Enabled',
    disabled: 'Disabled',
    previousUntil: (time) => `The previous secret also signs until ${time}.`,
    times: (created, updated) => `Created ${created} · changed ${updated}`,
    edit: 'Edit',
    editFor: (url) => `Edit ${url}`,
    disable: 'Disable',
    disableFor: (url) => `Disable ${url}`,
    enable: 'Enable',
    enableFor: (url) => `Enable ${url}`,
    rotate: 'Rotate secret',
    rotateFor: (url) => `Rotate secret of ${url}`,
    remove: 'Remove',
    removeFor: (url) => `Remove ${url}`,
    deliveries: 'Deliveries',
    deliveriesFor: (url) => `Deliveries of ${url}`,
    rotateConfirm: (url) => `Give ${url} a new signing secret? The current one keeps signing for a while, so the receiver can switch.`,
    removeConfirm: (url) => `Remove ${url}? Its delivery log is removed too. This cannot be undone.`,
    enabledNow: (url) => `${url} is enabled.`,
    disabledNow: (url) => `${url} is disabled: it receives no events until it is enabled again.`,
    rotated: (url) => `New signing secret for ${url}. Copy it now.`,
    removed: (url) => `${url} removed.`,
    notChanged: (url, why) => `${url} was not changed: ${why}`,
    secretHeading: (url) => `Signing secret of ${url}`,
    secretLabel: 'Signing secret',
    secretOnce: 'Copy it now and store it where the receiver can read it: you will not see it again.',
    copy: 'Copy secret',
    copied: 'Secret copied to the clipboard.',
    copyManually: 'Copying is not available here. The secret is selected: copy it with Ctrl+C (⌘C on a Mac).',
    hideSecret: 'Hide secret',
    deliveriesHeading: (url) => `Deliveries of ${url}, newest first`,
    refresh: 'Refresh',
    noDeliveries: 'No deliveries yet: one is recorded for every change of the chosen event types.',
    showMore: 'Show more deliveries',
    statuses: { pending: 'Pending', delivered: 'Delivered', failed: 'Failed' },
    attempts: (n) => (n === 0 ? 'Not attempted yet' : plural('en', n, { one: `${N(n)} attempt`, other: `${N(n)} attempts` })),
    response: (status) => `HTTP ${status}`,
    noResponse: 'No response',
    duration: (ms) => formatNumber('en', ms, { style: 'unit', unit: 'millisecond', unitDisplay: 'short' }),
    recorded: (time) => `Recorded ${time}`,
    lastAttempt: (time) => `last attempt ${time}`,
    nextAttempt: (time) => `next attempt ${time}`,
  },
  de: () => import('./locales/de.js'),
  fr: () => import('./locales/fr.js'),
  es: () => import('./locales/es.js'),
  it: () => import('./locales/it.js'),
  nl: () => import('./locales/nl.js'),
  pl: () => import('./locales/pl.js'),
  pt: () => import('./locales/pt.js'),
  ja: () => import('./locales/ja.js'),
  ar: () => import('./locales/ar.js'),
  he: () => import('./locales/he.js'),
});
