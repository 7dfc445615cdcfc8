import { html, nothing, type TemplateResult, type PropertyDeclarations } from 'lit';
import { Task, TaskStatus, initialState } from '@lit/task';
import { LIMITS, area, isConfabError, scopes, skillKey, skillName, type Adapter, type AreaName, type Person, type User } from '@confab/core';
import { ConfabElement } from '../internal/confab-element.js';
import { commonStrings } from '../internal/common.strings.js';
import { DraftController } from '../internal/draft-controller.js';
import { errorMessage, fieldErrors, isOffline, loadErrorMessage } from '../internal/error-message.js';
import { describedBy, fieldError, focusFirstInvalid, invalid } from '../internal/field-errors.js';
import { FocusController } from '../internal/focus-controller.js';
import { heading } from '../internal/heading.js';
import { LiveController } from '../internal/live-controller.js';
import { MarkdownController } from '../internal/markdown-controller.js';
import { storePerson } from '../internal/people-loader.js';
import { RetryOnlineController } from '../internal/retry-online-controller.js';
import { baseStyles, themeStyles } from '../internal/widget.styles.js';
import '../events/profile-events.js';
import { applied, changes, checkForm, formOf, isDirty, parseDraft, type ProfileForm } from './profile-form.js';
import { renderSkills } from './profile-skills.js';
import { profileStrings, type ProfileAvailability, type ProfileStrings } from './profile.strings.js';
import { profileStyles } from './profile.styles.js';
import { SkillSuggestions } from './skill-suggestions.js';

/** What was loaded: whose profile, and whether this user may edit it. */
type Loaded =
  | { access: 'signed-out' | 'not-found' }
  | { access: 'edit' | 'read-only'; person: Person; user: User; admin: boolean };

const CHOICES: readonly ProfileAvailability[] = ['available', 'busy', 'away'];

/**
 * Self-service profile: the signed-in person keeps their own title, department, location,
 * "About" (short Markdown, previewed sanitised), availability with an optional "until" date
 * (shown on their expert badge) and skills — added from the skills others already list (an
 * alias such as "k8s" is added as its skill, "Kubernetes"), removed and reordered. An admin
 * edits anyone's profile with `person`, the name included; anyone else opening another person's
 * profile sees it read-only with a clear message. Unsaved edits are kept as a draft; saving is
 * optimistic (badges on the page show the new profile at once) and rolls back visibly when refused.
 *
 * @summary Edit your profile: about, availability, skills with suggestions.
 *
 * @csspart base - The widget's box.
 * @csspart form - The profile form.
 * @csspart skills - The skills section.
 * @csspart skill - One listed skill with its buttons.
 * @csspart add-skill - The "Add skill" text box.
 * @csspart add - The button adding the typed skill.
 * @csspart preview - The rendered "About".
 * @csspart save - The "Save profile" button.
 * @csspart status - The outcome of the last save.
 * @csspart message - Loading, error, signed-out and not-allowed messages.
 *
 * @fires confab-profile-saved - The profile was stored. Detail: `{ person }`.
 *
 * @example
 * ```html
 * <confab-profile></confab-profile>
 * <confab-profile person="ana"></confab-profile>  <!-- admins: anyone's profile -->
 * ```
 */
export class ConfabProfile extends ConfabElement {
  static override styles = [themeStyles, baseStyles, profileStyles];
  /** People (profiles, the skill vocabulary); `live` is used when present. */
  static override areas: readonly AreaName[] = ['people'];

  static override properties: PropertyDeclarations = {
    person: { reflect: true },
    strings: { attribute: false },
    stored: { state: true, attribute: false },
    form: { state: true, attribute: false },
    errors: { state: true, attribute: false },
    saving: { state: true, attribute: false },
    status: { state: true, attribute: false },
    refused: { state: true, attribute: false },
  };

  /** Whose profile (admins only); without it, the signed-in person's own. */
  person = '';

  /** Per-instance string overrides. */
  strings?: Partial<ProfileStrings>;

  /** The stored profile as this widget last saw it (after a save, the adapter's answer). */
  private stored?: Person;
  private form?: ProfileForm;
  private errors: Record<string, string> = {};
  private saving = false;
  private status: { text: string; error: boolean } | null = null;
  /** Edits a refused save rolled back, with their field messages, until restored or edited over. */
  private refused: { form: ProfileForm; errors: Record<string, string> } | null = null;

  private readonly focuser = new FocusController(this);
  private readonly md = new MarkdownController(this);
  private readonly draft = new DraftController(this, () => `profile:${this.stored?.id ?? this.person.trim()}`);
  private readonly suggest = new SkillSuggestions(this, () => (this.backend ? area(this.backend, 'people') : undefined), () => this.form?.skills ?? []);
  /** The idempotency key of the last save attempt, reused while the same change is retried. */
  private saveKey?: { input: string; key: string };

  private readonly task = new Task(this, {
    task: async ([adapter, id]: readonly [Adapter | undefined, string], { signal }): Promise<Loaded | typeof initialState> => {
      if (!adapter) return initialState;
      const user = await adapter.identity.currentUser({ signal });
      if (!user) return { access: 'signed-out' };
      const admin = user.roles.includes('admin');
      try {
        const person = await area(adapter, 'people').getPerson(id || user.id, { signal });
        return { access: person.id === user.id || admin ? 'edit' : 'read-only', person, user, admin };
      } catch (error) {
        if (isConfabError(error) && error.code === 'not-found') return { access: 'not-found' };
        throw error;
      }
    },
    args: () => [this.backend, this.person.trim()] as const,
    onComplete: (loaded) => {
      if (typeof loaded === 'object' && 'person' in loaded) this.show(loaded.person, true);
    },
  });

  constructor() {
    super();
    new RetryOnlineController(this, () => this.task.status === TaskStatus.ERROR, () => this.task.run());
    new LiveController(this, {
      adapter: () => this.backend,
      scopes: () => (this.stored ? [scopes.person(this.stored.id)] : []),
      onChange: (event) => {
        if (event.type === 'person.updated' && event.data.id === this.stored?.id && !this.saving) this.show(event.data, false);
      },
      onReset: () => void this.task.run(),
    });
  }

  private get s(): ProfileStrings {
    return this.localize.strings(profileStrings, this.strings);
  }

  private get loaded(): Extract<Loaded, { person: Person }> | undefined {
    const value = this.task.value;
    return value && typeof value === 'object' && 'person' in value ? value : undefined;
  }

  /** Shows a stored person; the form keeps unsaved edits (from the draft on first load). */
  private show(person: Person, first: boolean): void {
    const pristine = !this.form || !this.stored || !isDirty(this.form, formOf(this.stored));
    this.stored = person;
    if (first) {
      const draft = parseDraft(this.draft.value);
      this.form = draft && isDirty(draft, formOf(person)) ? draft : formOf(person);
      if (draft && this.form === draft) this.status = { text: this.s.draftRestored, error: false };
      else if (draft) this.draft.clear();
    } else if (pristine) this.form = formOf(person);
  }

  private edit(patch: Partial<ProfileForm>): void {
    if (!this.form) return;
    this.form = { ...this.form, ...patch };
    for (const key of Object.keys(patch)) if (this.errors[key]) this.errors = { ...this.errors, [key]: '' };
    if (this.stored) {
      if (isDirty(this.form, formOf(this.stored))) this.draft.set(JSON.stringify(this.form));
      else this.draft.clear();
    }
  }

  private canRename(): boolean {
    return this.loaded?.admin ?? false;
  }

  // Skills: add, remove, move; focus stays on something sensible after each.

  private async addSkill(text: string): Promise<void> {
    const form = this.form;
    const name = skillName(text);
    if (!form || !name) return;
    if (name.length > LIMITS.tag) return this.skillError(this.s.skillTooLong(LIMITS.tag));
    if (form.skills.length >= LIMITS.skills) return this.skillError(this.s.tooManySkills(LIMITS.skills));
    const skill = skillName(await this.suggest.resolve(name));
    const current = this.form ?? form;
    const existing = current.skills.find((k) => skillKey(k) === skillKey(skill));
    if (existing) return this.skillError(this.s.skillExists(existing));
    this.edit({ skills: [...current.skills, skill] });
    this.errors = { ...this.errors, skills: '' };
    this.suggest.reset();
    this.announce(this.s.skillAdded(skill));
    void this.focuser.to('#add-skill');
  }

  private skillError(message: string): void {
    this.errors = { ...this.errors, skills: message };
    this.announce(message);
    void this.focuser.to('#add-skill');
  }

  private removeSkill(index: number): void {
    const skills = [...(this.form?.skills ?? [])];
    const [removed] = skills.splice(index, 1);
    if (removed === undefined) return;
    this.edit({ skills });
    this.announce(this.s.skillRemoved(removed));
    // Focus goes to the next skill's "Remove", else the previous one's, else the "Add skill" box.
    const next = skills[index] ?? skills[index - 1];
    void this.focuser.to(...(next === undefined ? [] : [`[data-action="remove"][data-skill="${CSS.escape(next)}"]`]), '#add-skill');
  }

  private moveSkill(index: number, step: -1 | 1): void {
    const skills = [...(this.form?.skills ?? [])];
    const to = index + step;
    const name = skills[index];
    if (name === undefined || to < 0 || to >= skills.length) return;
    skills.splice(index, 1);
    skills.splice(to, 0, name);
    this.edit({ skills });
    this.announce(this.s.skillMoved(name, to + 1, skills.length));
    // Focus follows the moved skill, on the same button (at either end it says it cannot move further).
    void this.focuser.to(`[data-action="${step < 0 ? 'up' : 'down'}"][data-skill="${CSS.escape(name)}"]`);
  }

  // Saving: optimistic, rolled back visibly when refused.

  private keyFor(input: string): string {
    if (this.saveKey?.input !== input) this.saveKey = { input, key: crypto.randomUUID() };
    return this.saveKey.key;
  }

  private async save(event?: Event): Promise<void> {
    event?.preventDefault();
    const adapter = this.backend;
    const form = this.form;
    const before = this.stored;
    if (!adapter || !form || !before || this.saving) return;
    const c = this.localize.strings(commonStrings);
    this.errors = checkForm(form, this.s, c.tooLong, this.canRename());
    if (Object.values(this.errors).some(Boolean)) {
      await focusFirstInvalid(this.renderRoot, this.updateComplete);
      return;
    }
    const input = changes(form, formOf(before), this.canRename());
    if (Object.keys(input).length === 0) {
      this.status = { text: this.s.saved, error: false };
      this.announce(this.s.saved);
      return;
    }
    const people = area(adapter, 'people');
    this.saving = true;
    this.refused = null;
    this.status = { text: this.s.saving, error: false };
    storePerson(people, applied(before, form)); // badges on the page show the new profile at once
    try {
      const person = await people.updateProfile(before.id, input, { idempotencyKey: this.keyFor(JSON.stringify(input)) });
      this.saveKey = undefined;
      storePerson(people, person);
      this.stored = person;
      this.form = formOf(person);
      this.draft.clear();
      this.status = { text: this.s.saved, error: false };
      this.announce(this.s.saved);
      this.emit('confab-profile-saved', { person });
    } catch (error) {
      storePerson(people, before);
      if (isOffline(error)) {
        // Not refused: the adapter keeps the write and sends it when back online; the edits stay.
        this.status = { text: c.offline, error: true };
      } else {
        this.saveKey = undefined;
        this.refused = { form, errors: fieldErrors(error) };
        this.form = formOf(before);
        this.draft.clear();
        this.status = { text: this.s.refused(errorMessage(error, c)), error: true };
        if (!isConfabError(error)) console.warn('[confab] <confab-profile> could not save', error);
      }
      this.announce(this.status.text);
    } finally {
      this.saving = false;
    }
  }

  private async restoreRefused(): Promise<void> {
    const refused = this.refused;
    if (!refused) return;
    this.refused = null;
    this.status = null;
    this.edit(refused.form);
    this.errors = refused.errors;
    if (!(await focusFirstInvalid(this.renderRoot, this.updateComplete))) void this.focuser.to('[part~="save"]');
  }

  private discard(): void {
    if (!this.stored) return;
    this.form = formOf(this.stored);
    this.errors = {};
    this.refused = null;
    this.draft.clear();
    this.status = { text: this.s.discarded, error: false };
    this.announce(this.s.discarded);
    void this.focuser.to('[part~="save"]');
  }

  protected override render(): TemplateResult {
    if (!this.backend) return this.renderUnavailable();
    const c = this.localize.strings(commonStrings);
    const loaded = this.loaded;
    const title = loaded && loaded.person.id !== loaded.user.id ? this.s.titleFor(this.stored?.name ?? loaded.person.name) : this.s.title;
    return html`<section part="base" class="root" dir=${this.localize.dir} aria-labelledby="profile-heading">
      ${heading(this.level(), title, { id: 'profile-heading', class: 'title', dir: 'auto' })}
      ${this.task.render({
        initial: () => html`<p part="message" class="message" role="status">${c.loading}</p>`,
        pending: () => (loaded ? this.renderLoaded(loaded) : html`<p part="message" class="message" role="status">${c.loading}</p>`),
        error: (error) => html`<p part="message" class="message error" role="alert">${loadErrorMessage(error, c)}</p>
          <button @click=${() => this.task.run()}>${c.retry}</button>`,
        complete: (value) => (typeof value !== 'object' ? nothing : 'person' in value
          ? this.renderLoaded(value)
          : html`<p part="message" class="message" role="status">${value.access === 'signed-out' ? this.s.signIn : this.s.notFound}</p>`),
      })}
    </section>`;
  }

  private renderLoaded(loaded: Extract<Loaded, { person: Person }>): TemplateResult | typeof nothing {
    if (loaded.access === 'read-only') return this.renderReadOnly(this.stored ?? loaded.person);
    return this.form && this.stored ? this.renderForm(this.form, this.stored) : nothing;
  }

  private renderReadOnly(person: Person): TemplateResult {
    const s = this.s;
    return html`<p part="message" class="message" role="status">${s.notAllowed}</p>
      <dl>
        <dt>${s.name}</dt><dd dir="auto">${person.name}</dd>
        ${person.title ? html`<dt>${s.jobTitle}</dt><dd dir="auto">${person.title}</dd>` : nothing}
        ${person.department ? html`<dt>${s.department}</dt><dd dir="auto">${person.department}</dd>` : nothing}
        ${person.location ? html`<dt>${s.location}</dt><dd dir="auto">${person.location}</dd>` : nothing}
        ${person.skills.length ? html`<dt>${s.skills}</dt><dd dir="auto">${person.skills.map((k) => k.name).join(', ')}</dd>` : nothing}
      </dl>
      ${person.about ? html`<div part="preview" class="preview">${this.md.render(person.about)}</div>` : nothing}`;
  }

  private text(id: 'title' | 'department' | 'location', label: string, form: ProfileForm): TemplateResult {
    const error = this.errors[id];
    return html`<div>
      <label for=${id}>${label}</label>
      <input id=${id} type="text" autocomplete=${id === 'title' ? 'organization-title' : 'off'} .value=${form[id]}
        aria-invalid=${invalid(error)} aria-describedby=${describedBy(error && `${id}-error`)}
        @input=${(e: Event) => this.edit({ [id]: (e.target as HTMLInputElement).value })} />
      ${fieldError(`${id}-error`, error)}
    </div>`;
  }

  private renderForm(form: ProfileForm, stored: Person): TemplateResult {
    const s = this.s;
    const e = this.errors;
    const rename = this.canRename();
    const choices = CHOICES.includes(form.availability) ? CHOICES : [...CHOICES, form.availability];
    const dirty = isDirty(form, formOf(stored));
    return html`<form part="form" novalidate @submit=${(ev: Event) => void this.save(ev)}>
      <div>
        <label for="name">${s.name}</label>
        <input id="name" type="text" autocomplete="name" .value=${form.name} ?readonly=${!rename}
          aria-invalid=${invalid(e.name)} aria-describedby=${describedBy(e.name && 'name-error', !rename && 'name-hint')}
          @input=${(ev: Event) => this.edit({ name: (ev.target as HTMLInputElement).value })} />
        ${rename ? nothing : html`<p id="name-hint" class="muted hint">${s.nameReadOnly}</p>`}
        ${fieldError('name-error', e.name)}
      </div>
      <div class="row">
        ${this.text('title', s.jobTitle, form)}
        ${this.text('department', s.department, form)}
        ${this.text('location', s.location, form)}
      </div>
      <div>
        <label for="about">${s.about}</label>
        <textarea id="about" .value=${form.about} aria-invalid=${invalid(e.about)} aria-describedby=${describedBy(e.about && 'about-error', 'about-hint')}
          @input=${(ev: Event) => this.edit({ about: (ev.target as HTMLTextAreaElement).value })}></textarea>
        <p id="about-hint" class="muted hint">${s.aboutHint}</p>
        ${fieldError('about-error', e.about)}
        ${form.about.trim() ? html`<p class="muted hint" id="preview-label">${s.preview}</p>
          <div part="preview" class="preview" role="region" aria-labelledby="preview-label">${this.md.render(form.about)}</div>` : nothing}
      </div>
      <div class="row">
        <div>
          <label for="availability">${s.availability}</label>
          <select id="availability" .value=${form.availability} @change=${(ev: Event) => this.edit({ availability: (ev.target as HTMLSelectElement).value as ProfileAvailability })}>
            ${choices.map((a) => html`<option value=${a} ?selected=${a === form.availability}>${s.availabilityOptions[a]}</option>`)}
          </select>
        </div>
        <div>
          <label for="until">${s.until}</label>
          <input id="until" type="date" .value=${form.availabilityUntil} aria-invalid=${invalid(e.availabilityUntil)}
            aria-describedby=${describedBy(e.availabilityUntil && 'until-error', 'until-hint')}
            @change=${(ev: Event) => this.edit({ availabilityUntil: (ev.target as HTMLInputElement).value })} />
          <p id="until-hint" class="muted hint">${s.untilHint}</p>
          ${fieldError('until-error', e.availabilityUntil)}
        </div>
      </div>
      ${renderSkills({
        s, skills: form.skills, suggest: this.suggest, error: e.skills, level: this.level(1),
        add: (text) => void this.addSkill(text), remove: (i) => this.removeSkill(i), move: (i, step) => this.moveSkill(i, step),
      })}
      <div class="actions">
        <button type="submit" part="save" class="primary" aria-disabled=${this.saving ? 'true' : 'false'}>${this.saving ? s.saving : s.save}</button>
        ${dirty && !this.saving ? html`<button type="button" @click=${() => this.discard()}>${s.discard}</button>` : nothing}
        ${this.refused ? html`<button type="button" @click=${() => void this.restoreRefused()}>${s.restoreEdits}</button>` : nothing}
      </div>
      ${this.status ? html`<p part="status" class="status ${this.status.error ? 'error' : ''}">${this.status.text}</p>` : nothing}
    </form>`;
  }
}
