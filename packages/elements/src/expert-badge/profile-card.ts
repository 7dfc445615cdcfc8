import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { Person, Skill } from '@confab/core';
import { safeUrl } from '../internal/safe-url.js';
import { heading } from '../internal/heading.js';
import type { ExpertBadgeStrings } from './expert-badge.strings.js';

/** Initials for an avatar placeholder: first letters of the first and last word. */
export function initials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const first = words[0]?.[Symbol.iterator]().next().value ?? '?';
  const last = words.length > 1 ? words[words.length - 1]![Symbol.iterator]().next().value ?? '' : '';
  return (first + last).toLocaleUpperCase();
}

/** The first word of a name, for "Ask Ana". */
export function firstName(name: string): string {
  return name.trim().split(/\s+/)[0] || name;
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

/** What the profile card needs from its badge. */
export interface CardContext {
  person: Person;
  s: ExpertBadgeStrings;
  /** The signed-in user's id; null when signed out; undefined while unknown. */
  me: string | null | undefined;
  /** Skills whose endorsement is being saved. */
  busy: ReadonlySet<string>;
  /** The last outcome (endorsed, withdrawn) or error, shown in the card; the badge also says it through its live region. */
  announcement: { text: string; error: boolean } | null;
  avatarBroken: boolean;
  /** The heading level `depth` steps inside the badge (0: the person's name). */
  level: (depth: number) => number;
  onAvatarError: () => void;
  onClose: () => void;
  onAsk: () => void;
  onEndorse: (skill: Skill) => void;
  /** The page's language, for the "until" date. */
  lang: string;
  /** Where "Edit profile" links on your own card (already checked for a safe scheme); else it is a button. */
  profileUrl?: string;
  /** "Edit profile" chosen on your own card without a `profileUrl`. */
  onEditProfile: () => void;
  /** Issue 15: the Follow button for this person (nothing on your own card or while unknown). */
  follow?: TemplateResult | typeof nothing;
}

/** The inside of the profile card: who, skills with endorsements, evidence and actions. */
export function renderProfileCard(c: CardContext): TemplateResult {
  const { person, s } = c;
  const own = c.me !== undefined && c.me === person.id;
  const canEndorse = typeof c.me === 'string' && !own;
  const place = [person.department, person.location].filter(Boolean).join(' · ');
  const evidence = person.evidence.filter((e) => e.answers > 0 || e.acceptedAnswers > 0);
  const status = availabilityLabel(person, s, c.lang);
  return html`
    <header>
      ${renderAvatar(person, c.avatarBroken, c.onAvatarError)}
      <div class="who">
        ${heading(c.level(0), person.name, { id: 'card-name', part: 'card-name', class: 'card-name' })}
        ${person.title ? html`<p part="card-title">${person.title}</p>` : nothing}
        ${place ? html`<p class="muted">${place}</p>` : nothing}
        ${status
          ? html`<p class="status" part="card-availability"><span class="dot ${person.availability}" aria-hidden="true"></span>${status}</p>`
          : nothing}
      </div>
      <button class="close" part="close" aria-label=${s.close} title=${s.close} @click=${c.onClose}><span aria-hidden="true">×</span></button>
    </header>
    ${own ? renderEditProfile(c) : c.me === undefined ? nothing : html`<div class="actions"><button part="ask" class="primary ask" @click=${c.onAsk}>${s.ask(firstName(person.name))}</button>${c.follow ?? nothing}</div>`}
    ${heading(c.level(1), s.skills, { id: 'skills-heading', class: 'card-section' })}
    ${person.skills.length === 0
      ? html`<p class="muted">${s.noSkills}</p>`
      : html`<ul part="skills" aria-labelledby="skills-heading">
          ${repeat(topSkills(person), (skill) => skill.name, (skill) => html`<li class="skill-row">
            <span class="skill-name">${skill.name}</span>
            <span class="count muted">${s.endorsements(skill.endorsements)}</span>
            ${canEndorse ? html`<button part="endorse" class="endorse" data-skill=${skill.name} aria-pressed=${skill.endorsedByMe ? 'true' : 'false'}
              aria-label=${s.endorseSkill(skill.name)} aria-disabled=${c.busy.has(skill.name) ? 'true' : 'false'}
              @click=${() => c.onEndorse(skill)}><span class="check" aria-hidden="true">✓ </span>${s.endorse}</button>` : nothing}
          </li>`)}
        </ul>`}
    ${evidence.length ? html`${heading(c.level(1), s.evidence, { id: 'evidence-heading', class: 'card-section' })}
      <ul part="evidence" aria-labelledby="evidence-heading">
        ${evidence.map((e) => html`<li>${e.acceptedAnswers > 0 ? s.evidenceAccepted(e.acceptedAnswers, e.skill) : s.evidenceAnswers(e.answers, e.skill)}</li>`)}
      </ul>` : nothing}
    <p class="announce ${c.announcement?.error ? 'error' : ''}">${c.announcement?.text ?? ''}</p>
  `;
}

/** "Edit profile" on your own card: a link to `profile-url` when the page gives one, else a button firing `confab-edit-profile`. */
function renderEditProfile(c: CardContext): TemplateResult {
  return html`<div class="actions">${c.profileUrl
    ? html`<a part="edit-profile" class="edit-profile" href=${c.profileUrl}>${c.s.editProfile}</a>`
    : html`<button part="edit-profile" class="edit-profile" @click=${c.onEditProfile}>${c.s.editProfile}</button>`}</div>`;
}
