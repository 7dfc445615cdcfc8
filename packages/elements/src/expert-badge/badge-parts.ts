import { html, nothing, type TemplateResult } from 'lit';
import type { Person, Skill } from '@confab/core';
import { safeUrl } from '../internal/safe-url.js';
import type { ExpertBadgeStrings } from './expert-badge.strings.js';

// What the badge's chip shows (avatar, availability, top skills); the profile card, which loads
// when the card is first wanted, is in profile-card.ts.

/** Whether the Popover API is there: the card is then a `popover="manual"` element in the top layer. */
export const supportsPopover = typeof HTMLElement !== 'undefined' && Object.prototype.hasOwnProperty.call(HTMLElement.prototype, 'popover');

/** Initials for an avatar placeholder: first letters of the first and last word. */
export function initials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const first = words[0]?.[Symbol.iterator]().next().value ?? '?';
  const last = words.length > 1 ? words[words.length - 1]![Symbol.iterator]().next().value ?? '' : '';
  return (first + last).toLocaleUpperCase();
}

/** Skills, most endorsed first, then by name. */
export function topSkills(person: Person): Skill[] {
  return [...person.skills].sort((a, b) => b.endorsements - a.endorsements || a.name.localeCompare(b.name));
}

/** An avatar image (only from a safe URL) or the initials; decorative beside the name. */
export function renderAvatar(person: Person, broken: boolean, onError: () => void): TemplateResult {
  const src = broken ? undefined : safeUrl(person.avatarUrl);
  return src
    ? html`<img part="avatar" class="avatar" src=${src} alt="" @error=${onError} />`
    : html`<span part="avatar" class="avatar" aria-hidden="true">${initials(person.name)}</span>`;
}

/** A date `YYYY-MM-DD` (a calendar day, the same everywhere) or a timestamp (in the local time zone), written for `lang`. */
export function formatUntil(lang: string, iso: string): string {
  const day = /^\d{4}-\d{2}-\d{2}$/.test(iso);
  const date = new Date(day ? `${iso}T00:00:00Z` : iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(lang, { dateStyle: 'medium', ...(day ? { timeZone: 'UTC' } : {}) }).format(date);
}

/** "Busy", or "Busy until 3 May 2030" when the person set a date; null when unknown. */
export function availabilityLabel(person: Person, s: ExpertBadgeStrings, lang: string): string | null {
  if (person.availability === 'unknown' || !(person.availability in s.availability)) return null;
  const label = s.availability[person.availability];
  return person.availabilityUntil ? s.availabilityUntil(label, formatUntil(lang, person.availabilityUntil)) : label;
}

/** The availability dot with its visually hidden text alternative (with the "until" date); nothing when unknown. */
export function renderAvailability(person: Person, s: ExpertBadgeStrings, lang = 'en'): TemplateResult | typeof nothing {
  const label = availabilityLabel(person, s, lang);
  if (label === null) return nothing;
  return html`<span part="availability" class="dot ${person.availability}" title=${label}></span><span class="visually-hidden">${label}</span>`;
}
