import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { describedBy, fieldError, invalid } from '../internal/field-errors.js';
import { heading } from '../internal/heading.js';
import type { SkillSuggestions } from './skill-suggestions.js';
import type { ProfileStrings } from './profile.strings.js';

/** What the skills editor needs from its widget. */
export interface SkillsView {
  s: ProfileStrings;
  skills: string[];
  suggest: SkillSuggestions;
  error?: string;
  level: number;
  add: (text: string) => void;
  remove: (index: number) => void;
  move: (index: number, step: -1 | 1) => void;
}

function onKey(v: SkillsView, event: KeyboardEvent): void {
  const sg = v.suggest;
  if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
    event.preventDefault();
    sg.move(event.key === 'ArrowDown' ? 1 : -1);
  } else if (event.key === 'Enter') {
    event.preventDefault(); // never submits the form: Enter adds the skill
    const chosen = sg.open ? sg.items[sg.active] : undefined;
    v.add(chosen ? chosen.name : sg.text);
  } else if (event.key === 'Escape' && sg.open) {
    event.preventDefault();
    event.stopPropagation();
    sg.close();
  }
}

/**
 * The skills fieldset: the ordered list with "Move <skill> up/down" and "Remove <skill>" per
 * skill, and the "Add skill" combobox whose suggestions come from the vocabulary.
 */
export function renderSkills(v: SkillsView): TemplateResult {
  const { s, skills, suggest: sg } = v;
  const last = skills.length - 1;
  const activeId = sg.open && sg.active >= 0 ? `suggestion-${sg.active}` : '';
  return html`<section part="skills" aria-labelledby="skills-heading">
    ${heading(v.level, s.skills, { id: 'skills-heading', class: 'section' })}
    ${skills.length
      ? html`<ol class="skills" aria-labelledby="skills-heading">
          ${repeat(skills, (name) => name, (name, i) => html`<li class="skill" part="skill">
            <span class="skill-name" dir="auto">${name}</span>
            <button type="button" data-skill=${name} data-action="up" aria-label=${s.moveUp(name)} aria-disabled=${i === 0 ? 'true' : 'false'}
              @click=${() => i > 0 && v.move(i, -1)}><span aria-hidden="true">↑</span></button>
            <button type="button" data-skill=${name} data-action="down" aria-label=${s.moveDown(name)} aria-disabled=${i === last ? 'true' : 'false'}
              @click=${() => i < last && v.move(i, 1)}><span aria-hidden="true">↓</span></button>
            <button type="button" data-skill=${name} data-action="remove" aria-label=${s.removeSkill(name)}
              @click=${() => v.remove(i)}><span aria-hidden="true">×</span></button>
          </li>`)}
        </ol>`
      : html`<p class="muted">${s.noSkills}</p>`}
    <label for="add-skill">${s.addSkill}</label>
    <div class="add">
      <div class="combo">
        <input id="add-skill" part="add-skill" type="text" role="combobox" autocomplete="off" maxlength="120"
          aria-autocomplete="list" aria-expanded=${sg.open ? 'true' : 'false'} aria-controls="skill-suggestions"
          aria-activedescendant=${activeId || nothing} aria-invalid=${invalid(v.error)}
          aria-describedby=${describedBy(v.error && 'skills-error', 'add-skill-hint')}
          .value=${sg.text} @input=${(e: Event) => sg.input((e.target as HTMLInputElement).value)}
          @keydown=${(e: KeyboardEvent) => onKey(v, e)} @blur=${() => setTimeout(() => sg.close(), 150)} />
        <ul id="skill-suggestions" role="listbox" aria-label=${s.suggestions} ?hidden=${!sg.open}>
          ${sg.open ? sg.items.map((item, i) => html`<li id="suggestion-${i}" role="option" aria-selected=${i === sg.active ? 'true' : 'false'}
            @pointerdown=${(e: Event) => e.preventDefault()} @click=${() => v.add(item.name)}>
            <span dir="auto">${item.name}</span>
            ${item.aliases.length ? html`<span class="muted" dir="auto">${s.alsoKnownAs(item.aliases.join(', '))}</span>` : nothing}
            <span class="muted">${s.listedBy(item.people)}</span>
          </li>`) : nothing}
        </ul>
      </div>
      <button type="button" part="add" @click=${() => v.add(sg.text)}>${s.add}</button>
    </div>
    <p id="add-skill-hint" class="muted hint">${s.addSkillHint}</p>
    ${fieldError('skills-error', v.error)}
  </section>`;
}
