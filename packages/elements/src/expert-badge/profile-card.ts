import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { Person, Skill } from '@confab/core';
import { heading } from '../internal/heading.js';
import type { ExpertBadgeStrings } from './expert-badge.strings.js';
import { availabilityLabel, renderAvatar, topSkills } from './badge-parts.js';

export { CardPopoverController } from './card-popover.js';

// The profile card of <confab-expert-badge> and the popover that shows it: a module of its own,
// loaded when a reader first points at, focuses or opens a badge, so a page of badges loads only
// their chips.

/** The first word of a name, for "Ask Ana". */
export function firstName(name: string): string {
  return name.trim().split(/\s+/)[0] || name;
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
