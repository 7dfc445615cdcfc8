import { html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { Task, TaskStatus, initialState } from '@lit/task';
import { area, isConfabError, scopes, type Adapter, type AreaName, type Person, type Skill } from '@confab/core';
import { RetryOnlineController } from '../internal/retry-online-controller.js';
import { ConfabElement } from '../internal/confab-element.js';
import { themeStyles, baseStyles } from '../internal/widget.styles.js';
import { commonStrings } from '../internal/common.strings.js';
import { codeLoadMessage, errorMessage, isOffline } from '../internal/error-message.js';
import { FocusController } from '../internal/focus-controller.js';
import { LiveController } from '../internal/live-controller.js';
import { invalidatePerson, loadPerson, storePerson } from '../internal/people-loader.js';
import '../events/expert-events.js';
import '../events/profile-events.js';
import { safeUrl } from '../internal/safe-url.js';
import { expertBadgeStrings, type ExpertBadgeStrings } from './expert-badge.strings.js';
import { expertBadgeStyles } from './expert-badge.styles.js';
import type { CardPopoverController } from './card-popover.js';
import { FollowController, followButton } from '../internal/follow-button.js';
import { renderAvailability, renderAvatar, supportsPopover, topSkills } from './badge-parts.js';
import { LazyModule } from '../internal/lazy-module.js';


/**
 * A person chip — avatar or initials, name, up to two top skills and availability — that opens
 * a profile card: title, department, location, skills with endorsement counts, evidence from
 * accepted answers, "Ask <first name>" and an "Endorse" toggle per skill. Person look-ups of
 * all badges on a page are batched into one `getPeople` request.
 *
 * @summary A person chip that opens a profile card with skills, evidence, "Ask" and "Endorse".
 *
 * @csspart chip - The chip button (also the loading and unknown-person chips).
 * @csspart avatar - The avatar image or the initials.
 * @csspart name - The person's name in the chip.
 * @csspart skill - A top skill in the chip.
 * @csspart availability - The availability dot.
 * @csspart card - The profile card popover.
 * @csspart card-name - The name heading of the card.
 * @csspart card-title - The job title in the card.
 * @csspart close - The card's close button.
 * @csspart ask - The "Ask <first name>" button.
 * @csspart skills - The list of skills in the card.
 * @csspart endorse - An "Endorse" toggle button.
 * @csspart evidence - The list of evidence in the card.
 * @csspart edit-profile - "Edit profile" on your own card (a link with `profile-url`, else a button).
 * @csspart card-availability - The availability line of the card, with its "until" date.
 * @csspart retry - The retry button after a failed load.
 *
 * @cssprop --confab-expert-badge-max-width - The widest the chip grows before the name is truncated (default 100%).
 * @cssprop --confab-expert-card-width - The width of the profile card (default 20rem).
 * @cssprop --confab-expert-avatar-size - The avatar size in the chip (default 1.75rem).
 *
 * @fires confab-ask-expert - "Ask <first name>" was chosen; detail `{ person }`. An ask widget on the page listens on `document`.
 * @fires confab-endorsed - The current user endorsed a skill or withdrew an endorsement; detail `{ person, skill, endorsed }`.
 * @fires confab-edit-profile - "Edit profile" was chosen on your own card, which has no `profile-url`; detail `{ person }`. Cancelable: cancel it when you open the editor, and the card closes.
 *
 * @example
 * ```html
 * <confab-expert-badge person="ana"></confab-expert-badge>
 * <confab-expert-badge person="ana" profile-url="/my-profile"></confab-expert-badge>
 * ```
 */
export class ConfabExpertBadge extends ConfabElement {
  static override styles = [themeStyles, baseStyles, expertBadgeStyles];
  /** People and endorsements; `live` is used when present. */
  static override areas: readonly AreaName[] = ['people'];

  static override properties: PropertyDeclarations = {
    person: { reflect: true },
    compact: { type: Boolean, reflect: true },
    profileUrl: { attribute: 'profile-url' },
    strings: { attribute: false },
    local: { state: true, attribute: false },
    me: { state: true, attribute: false },
    busy: { state: true, attribute: false },
    announcement: { state: true, attribute: false },
    avatarBroken: { state: true, attribute: false },
  };

  /** The id of the person to show. */
  person = '';

  /** Avatar and name only: no skills and no availability in the chip. */
  compact = false;

  /**
   * Where "Edit profile" on your own card leads: the page with your `<confab-profile>` (only
   * http(s) and relative URLs are used). Without it, "Edit profile" is a button that fires
   * `confab-edit-profile`; a page that handles it (e.g. opens `<confab-profile>` in a dialog)
   * calls `preventDefault()`, and the card closes.
   */
  profileUrl?: string;

  /** Per-instance overrides of the badge's strings. */
  strings?: Partial<ExpertBadgeStrings>;

  /** The person after this user's own endorsement, until the next load replaces it. */
  private local?: Person;
  private me: string | null | undefined = undefined;
  private busy = new Set<string>();
  private announcement: { text: string; error: boolean } | null = null;
  private avatarBroken = false;

  private get chip(): HTMLElement | null {
    return this.renderRoot?.querySelector<HTMLElement>('#chip') ?? null;
  }
  private get card(): HTMLElement | null {
    return this.renderRoot?.querySelector<HTMLElement>('#card') ?? null;
  }

  private readonly focuser = new FocusController(this);

  /** The profile card's code, loaded when a reader first points at, focuses or opens the chip. */
  private readonly cardCode = new LazyModule(this, () => import('./profile-card.js'), 'the profile card of <confab-expert-badge>');

  /** Also waits for the profile card's code while it loads, so an opened card is rendered when this resolves. */
  protected override async getUpdateComplete(): Promise<boolean> {
    return this.cardCode.whenLoaded(await super.getUpdateComplete(), () => super.getUpdateComplete());
  }

  /** Issue 15: follow the person, asked only while the card is open (a page may hold many badges). */
  private readonly follow = new FollowController(this, {
    adapter: () => this.backend,
    target: () => (this.person && this.cardPopover?.open ? { kind: 'person', id: this.person } : undefined),
    announce: (message) => this.announce(message),
    localize: this.localize,
  });
  /** Opens and places the card (`card-popover.ts`), made with the card's code. */
  private cardPopover?: CardPopoverController;

  /** Runs `then` on the popover once the card's code is in; says so when it cannot load. */
  private withPopover(then: (popover: CardPopoverController) => void): void {
    void this.cardCode.load().then((code) => {
      if (!code) return this.announce(codeLoadMessage(this.localize.strings(commonStrings)));
      this.cardPopover ??= new code.CardPopoverController(this, {
        card: () => this.card,
        anchor: () => this.chip,
        dir: () => this.localize.dir,
        onToggle: (open) => {
          if (open) void this.loadMe();
          else {
            this.announcement = null;
            this.me = undefined; // asked again on the next open: the signed-in user may change
          }
        },
      });
      then(this.cardPopover);
    });
  }

  private readonly task = new Task(this, {
    task: async ([adapter, id]: readonly [Adapter | undefined, string], { signal }) => {
      if (!adapter || !id) return initialState;
      return loadPerson(area(adapter, 'people'), id, signal);
    },
    args: () => [this.backend, this.person.trim()] as const,
    onComplete: () => {
      this.local = undefined;
    },
  });

  constructor() {
    super();
    new RetryOnlineController(this, () => this.task.status === TaskStatus.ERROR, () => this.task.run());
    new LiveController(this, {
      adapter: () => this.backend,
      scopes: () => (this.person.trim() ? [scopes.person(this.person.trim())] : []),
      onChange: () => this.refresh(),
      onReset: () => this.refresh(),
    });
    this.addEventListener('focusout', this.onFocusOut);
  }

  /** Loads the person again, past the shared cache (a live change or a stream reset). */
  private refresh(): void {
    if (!this.backend) return;
    invalidatePerson(area(this.backend, 'people'), this.person.trim());
    void this.task.run();
  }

  /** Focuses the chip (or the retry button), once the person has loaded. */
  override focus(options?: FocusOptions): void {
    const target = () => this.renderRoot?.querySelector<HTMLElement>('#chip, [part~="retry"]');
    const now = target();
    if (now) return now.focus(options);
    const later = () => void this.updateComplete.then(() => target()?.focus(options));
    this.task.taskComplete.then(later, later);
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('adapter')) this.me = undefined;
    if (changed.has('person')) {
      this.local = undefined;
      this.avatarBroken = false;
      this.cardPopover?.hide();
    }
  }

  private get s(): ExpertBadgeStrings {
    return this.localize.strings(expertBadgeStrings, this.strings);
  }

  /** The person shown: the last loaded one, also while it reloads after a live change. */
  private get shown(): Person | undefined {
    const value = this.local ?? (this.task.value as Person | undefined);
    return value && value.id === this.person.trim() && this.task.status !== TaskStatus.ERROR ? value : undefined;
  }

  private onFocusOut = (event: FocusEvent) => {
    const next = event.relatedTarget as Node | null;
    if (next && !this.contains(next) && next !== this) this.cardPopover?.hide();
  };

  private async loadMe(): Promise<void> {
    const adapter = this.backend;
    if (!adapter || this.me !== undefined) return;
    try {
      const user = await adapter.identity.currentUser();
      if (adapter === this.backend) this.me = user?.id ?? null;
    } catch (error) {
      console.warn('[confab] <confab-expert-badge> could not tell who is signed in; endorsing is unavailable.', error);
      this.me = null;
    }
  }

  private ask(person: Person): void {
    this.emit('confab-ask-expert', { person });
    // A listener that moved focus (e.g. to a composer) keeps it; otherwise focus returns to the chip.
    this.cardPopover?.hide(this.shadowRoot?.activeElement != null);
  }

  /** "Edit profile" without a `profile-url`: tells the page, which opens the editor; the card closes when it did. */
  private editProfile(person: Person): void {
    const unhandled = this.emit('confab-edit-profile', { person }, { cancelable: true });
    if (!unhandled) this.cardPopover?.hide(this.shadowRoot?.activeElement != null);
  }

  private async endorse(person: Person, skill: Skill): Promise<void> {
    const adapter = this.backend;
    if (!adapter || this.busy.has(skill.name)) return;
    const on = !skill.endorsedByMe;
    const before = person;
    // The list re-sorts by endorsements: focus follows the skill it was on, not the slot.
    const follow = this.shadowRoot?.activeElement?.matches('[part~="endorse"]') ?? false;
    const refocus = () => {
      if (follow) void this.focuser.to(`[part~="endorse"][data-skill="${CSS.escape(skill.name)}"]`);
    };
    this.local = {
      ...person,
      skills: person.skills.map((k) => (k.name === skill.name ? { ...k, endorsedByMe: on, endorsements: Math.max(0, k.endorsements + (on ? 1 : -1)) } : k)),
    };
    this.busy = new Set(this.busy).add(skill.name);
    this.announcement = null;
    refocus();
    try {
      const updated = await area(adapter, 'people').endorse(person.id, skill.name, on, { idempotencyKey: crypto.randomUUID() });
      storePerson(area(adapter, 'people'), updated);
      this.local = updated;
      this.announcement = { text: on ? this.s.endorsed(skill.name) : this.s.unendorsed(skill.name), error: false };
      this.announce(this.announcement.text);
      this.emit('confab-endorsed', { person: updated, skill: skill.name, endorsed: on });
    } catch (error) {
      this.local = before; // roll back visibly
      const common = this.localize.strings(commonStrings);
      this.announcement = { text: isOffline(error) ? this.s.endorseOffline : errorMessage(error, common), error: true };
      this.announce(this.announcement.text);
      if (!isConfabError(error)) console.warn('[confab] endorsement failed', error);
    } finally {
      const busy = new Set(this.busy);
      busy.delete(skill.name);
      this.busy = busy;
      refocus();
    }
  }

  protected override render(): TemplateResult {
    if (!this.backend) return this.renderUnavailable();
    if (!this.person.trim()) return this.renderUnknown();
    const person = this.shown;
    if (person) return this.renderPerson(person);
    return this.task.render({
      initial: () => this.renderLoading(),
      pending: () => this.renderLoading(),
      complete: () => this.renderLoading(),
      error: (error) => this.renderError(error),
    }) as TemplateResult;
  }

  private renderLoading(): TemplateResult {
    const common = this.localize.strings(commonStrings);
    return html`<span part="chip" class="chip skeleton" role="status">
      <span class="avatar" aria-hidden="true"></span><span class="bar" aria-hidden="true"></span>
      <span class="visually-hidden">${common.loading}</span>
    </span>`;
  }

  private renderUnknown(): TemplateResult {
    return html`<span part="chip" class="chip unknown" title=${this.person}>
      <span part="avatar" class="avatar" aria-hidden="true">?</span><span part="name" class="name">${this.s.unknownPerson}</span>
    </span>`;
  }

  private renderError(error: unknown): TemplateResult {
    if (isConfabError(error) && error.code === 'not-found') return this.renderUnknown();
    const common = this.localize.strings(commonStrings);
    const text = isOffline(error) ? this.s.loadOffline : this.s.loadFailed;
    return html`<span part="chip" class="chip error" role="alert">
      <span class="name">${text}</span>
      <button part="retry" @click=${() => void this.task.run()}>${common.retry}</button>
    </span>`;
  }

  private renderPerson(person: Person): TemplateResult {
    const s = this.s;
    const open = this.cardPopover?.open ?? false;
    return html`
      <button id="chip" part="chip" class="chip" type="button" title=${person.name}
        aria-haspopup="dialog" aria-expanded=${open ? 'true' : 'false'} aria-controls="card"
        @click=${() => this.withPopover((p) => p.toggle())} @focus=${() => void this.cardCode.load()}
        @pointerenter=${(e: PointerEvent) => { if (e.pointerType !== 'touch') this.withPopover((p) => p.pointerEnter(false)); }}
        @pointerleave=${() => this.cardPopover?.pointerLeave()}>
        ${renderAvatar(person, this.avatarBroken, this.onAvatarError)}
        <span part="name" class="name">${person.name}</span>
        ${this.compact ? nothing : html`
          ${topSkills(person).slice(0, 2).map((k) => html`<span part="skill" class="skill">${k.name}</span>`)}
          ${renderAvailability(person, s, this.localize.lang)}`}
      </button>
      <div id="card" part="card" class="card" role="dialog" aria-labelledby="card-name"
        popover=${supportsPopover ? 'manual' : nothing} ?hidden=${!supportsPopover && !open}
        @pointerenter=${() => this.cardPopover?.pointerEnter(true)} @pointerleave=${() => this.cardPopover?.pointerLeave()}
        @pointerdown=${this.pin} @focusin=${this.pin}>
        ${!open || !this.cardCode.code ? nothing : this.cardCode.code.renderProfileCard({
          person, s, me: this.me, busy: this.busy, announcement: this.announcement, level: (depth) => this.level(depth),
          avatarBroken: this.avatarBroken, onAvatarError: this.onAvatarError,
          onClose: () => this.cardPopover?.hide(true),
          onAsk: () => this.ask(person),
          onEndorse: (skill) => void this.endorse(person, skill),
          lang: this.localize.lang, profileUrl: safeUrl(this.profileUrl), onEditProfile: () => this.editProfile(person),
          follow: followButton(this.follow),
        })}
      </div>`;
  }

  private pin = () => {
    if (this.cardPopover?.open) this.cardPopover.show('click');
  };

  private onAvatarError = () => {
    this.avatarBroken = true;
  };
}
