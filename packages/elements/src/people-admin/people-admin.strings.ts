import type { Role } from '@confab/core';
import { stringTables } from '../internal/localize.js';

/** The roles an admin grants and revokes with a toggle (`member` is always kept). */
export type GrantedRole = Exclude<Role, 'member'>;

/** The strings of `<confab-people-admin>`; override any of them per instance with the `strings` property. */
export interface PeopleAdminStrings {
  title: string;
  /** Shown to signed-in people who are not admins. */
  notAllowed: string;
  signIn: string;
  searchLabel: string;
  search: string;
  /** The search box's hint. */
  searchHint: string;
  empty: string;
  showMore: string;
  /** Each role's name, as on its toggle. */
  roles: Record<Role, string>;
  /** The line with a person's current roles. */
  currentRoles: (roles: string) => string;
  /** A toggle's accessible name: the role in the context of the person, e.g. "Moderator, Ana Costa". */
  roleFor: (role: string, name: string) => string;
  granted: (role: string, name: string) => string;
  revoked: (role: string, name: string) => string;
  /** The visible message after a refused change was rolled back. */
  rolledBack: (name: string, reason: string) => string;
  lastAdmin: (name: string) => string;
  /** Shown under a person whose roles the identity provider sets. */
  fromIdentityProvider: (name: string) => string;
  deactivated: string;
}

/** `<confab-people-admin>` strings: English built in, every other language in its own module under `locales/`, loaded when used. */
export const peopleAdminStrings = stringTables<PeopleAdminStrings>('people-admin', {
  en: {
    title: 'People and roles',
    notAllowed: 'Only admins can grant and revoke roles.',
    signIn: 'Sign in as an admin to manage roles.',
    searchLabel: 'Search people',
    search: 'Search',
    searchHint: 'Names, titles, departments or skills. Leave empty to list everyone.',
    empty: 'Nobody matches this search.',
    showMore: 'Show more people',
    roles: { member: 'Member', moderator: 'Moderator', admin: 'Admin' },
    currentRoles: (r) => `Roles: ${r}`,
    roleFor: (r, n) => `${r}, ${n}`,
    granted: (r, n) => `${r} granted to ${n}.`,
    revoked: (r, n) => `${r} revoked from ${n}.`,
    rolledBack: (n, why) => `The roles of ${n} were not changed: ${why}`,
    lastAdmin: (n) => `${n} is the last admin. Make someone else an admin first.`,
    fromIdentityProvider: (n) => `These roles come from the sign-in system: a change here lasts until ${n} signs in again.`,
    deactivated: 'Deactivated in the directory',
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
