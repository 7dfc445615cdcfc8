/**
 * What a role allows, the rules widgets need as well as the domain (`domain/context.ts` builds its
 * `require…` checks on them), so that a widget offers exactly what the backend will allow.
 */
import type { User } from './types.js';

/** Moderators (and admins) review ideas, accept answers and answer feedback. */
export function isModerator(user: User | null | undefined): boolean {
  return !!user && (user.roles.includes('moderator') || user.roles.includes('admin'));
}

/** Admins manage people (roles, anyone's profile, the skill vocabulary) and run campaigns. */
export function isAdmin(user: User | null | undefined): boolean {
  return !!user && user.roles.includes('admin');
}
