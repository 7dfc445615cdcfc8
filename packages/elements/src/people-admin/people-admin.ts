import { html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { Task, TaskStatus, initialState } from '@lit/task';
import { LIMITS, ROLES, area, isConfabError, scopes, type AreaName, type ChangeEvent, type Person, type Role } from '@confab/core';
import { ConfabElement } from '../internal/confab-element.js';
import { commonStrings } from '../internal/common.strings.js';
import { errorMessage, loadErrorMessage } from '../internal/error-message.js';
import { FocusController } from '../internal/focus-controller.js';
import { heading } from '../internal/heading.js';
import { LiveController } from '../internal/live-controller.js';
import { RetryOnlineController } from '../internal/retry-online-controller.js';
import { ShowMoreController } from '../internal/show-more.js';
import { baseStyles, themeStyles } from '../internal/widget.styles.js';
import { peopleAdminStrings, type GrantedRole, type PeopleAdminStrings } from './people-admin.strings.js';
import { peopleAdminStyles } from './people-admin.styles.js';

/** The roles with a toggle, in order. */
const GRANTED: readonly GrantedRole[] = ['moderator', 'admin'];

/** What the widget loaded: whether the user may manage roles. */
type Access = { access: 'allowed'; me: string } | { access: 'forbidden' | 'signed-out' };

/** A person's roles, `member` first (what the widget shows when the backend sent none). */
const rolesOf = (p: Person): Role[] => (p.roles?.length ? p.roles : ['member']);

/**
 * Admins grant and revoke the moderator and admin roles: search people, see each one's current
 * roles, and press a toggle per role ("Moderator, Ana Costa"). A change shows at once and rolls
 * back visibly when the backend refuses it (the last admin cannot be demoted). Roles that come
 * from the identity provider are marked: a change here lasts until that person signs in again.
 * Updates live when someone else changes a role. Anyone but an admin sees a clear "not allowed".
 *
 * @summary Grant and revoke moderator and admin.
 *
 * @csspart base - The widget's box.
 * @csspart search - The search form.
 * @csspart list - The list of people.
 * @csspart person - One person with their roles.
 * @csspart toggle - A role toggle (a button with `aria-pressed`).
 * @csspart more - The "Show more people" button.
 * @csspart message - Loading, empty, error and not-allowed messages.
 *
 * @example
 * ```html
 * <confab-people-admin></confab-people-admin>
 * <confab-people-admin query="finance" page-size="50"></confab-people-admin>
 * ```
 */
export class ConfabPeopleAdmin extends ConfabElement {
  static override styles = [themeStyles, baseStyles, peopleAdminStyles];
  /** People (search and roles); `live` is used when present. */
  static override areas: readonly AreaName[] = ['people'];

  static override properties: PropertyDeclarations = {
    query: {},
    pageSize: { type: Number, attribute: 'page-size' },
    strings: { attribute: false },
    typed: { state: true, attribute: false },
    items: { state: true, attribute: false },
    busy: { state: true, attribute: false },
    errors: { state: true, attribute: false },
  };

  /** The search to start with (names, titles, departments, skills); empty lists everyone. */
  query = '';

  /** How many people to load at a time (1–100). */
  pageSize = 20;

  /** Per-instance string overrides. */
  strings?: Partial<PeopleAdminStrings>;

  private typed?: string;
  private items: Person[] = [];
  private busy = new Set<string>();
  private errors: Record<string, string> = {};
  private readonly focuser = new FocusController(this);

  /** "Show more": focus moves to the first person it brought (else stays on the button, else the last person). */
  private readonly more = new ShowMoreController<Person>(this, {
    fetch: async (cursor, signal) => {
      const page = await area(this.backend!, 'people').searchPeople({ query: this.query.trim() || undefined, limit: this.pageSize, cursor }, { signal });
      return { ...page, items: page.items.map((r) => r.person) };
    },
    items: () => this.items,
    set: (items) => { this.items = items; },
    shown: (fresh) => void this.focuser.to(fresh[0] ? `#person-${CSS.escape(fresh[0].id)}` : '[part="more"]', '[part="person"]:last-child'),
  });

  private readonly task = new Task(this, {
    task: async ([adapter, query, limit], { signal }): Promise<Access | typeof initialState> => {
      if (!adapter) return initialState;
      const user = await adapter.identity.currentUser({ signal });
      if (!user) return { access: 'signed-out' };
      if (!user.roles.includes('admin')) return { access: 'forbidden' };
      try {
        const page = await area(adapter, 'people').searchPeople({ query: query || undefined, limit }, { signal });
        this.items = page.items.map((r) => r.person);
        this.more.reset(page.nextCursor);
        this.errors = {};
        return { access: 'allowed', me: user.id };
      } catch (error) {
        // The backend knows better than the roles: a refusal is "not allowed", not an error.
        if (isConfabError(error) && (error.code === 'forbidden' || error.code === 'unauthenticated')) return { access: error.code === 'forbidden' ? 'forbidden' : 'signed-out' };
        throw error;
      }
    },
    args: () => [this.backend, this.query.trim(), this.pageSize] as const,
  });

  constructor() {
    super();
    new RetryOnlineController(this, () => this.task.status === TaskStatus.ERROR, () => this.task.run());
    new LiveController(this, {
      adapter: () => this.backend,
      // One scope per person shown while that fits one stream; beyond, every change, filtered here.
      scopes: () => (this.items.length === 0 ? [] : this.items.length < LIMITS.scopes ? this.items.map((p) => scopes.person(p.id)) : [scopes.all]),
      onChange: (event) => this.onChange(event),
      onReset: () => void this.task.run(),
    });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('pageSize') && !(this.pageSize >= 1 && this.pageSize <= LIMITS.pageSize)) {
      console.warn(`[confab] <confab-people-admin> page-size must be 1–${LIMITS.pageSize}; using 20.`);
      this.pageSize = 20;
    }
  }

  private get s(): PeopleAdminStrings {
    return this.localize.strings(peopleAdminStrings, this.strings);
  }

  private replace(person: Person): void {
    this.items = this.items.map((p) => (p.id === person.id ? person : p));
  }

  private onChange(event: ChangeEvent): void {
    if (event.type !== 'person.updated' || this.busy.has(event.data.id)) return;
    const known = this.items.find((p) => p.id === event.data.id);
    // An admin's stream carries roles; an event without them (another reader's view) changes nothing here.
    if (known && event.data.roles) this.replace(event.data);
  }

  /** Grants or revokes one role at once (optimistic); a refusal puts the roles back and says why. */
  private async toggle(person: Person, role: GrantedRole, me: string): Promise<void> {
    const adapter = this.backend;
    if (!adapter || this.busy.has(person.id)) return;
    const before = rolesOf(person);
    const granting = !before.includes(role);
    const next = ROLES.filter((r) => r === 'member' || (r === role ? granting : before.includes(r)));
    this.replace({ ...person, roles: next });
    this.busy = new Set(this.busy).add(person.id);
    this.errors = { ...this.errors, [person.id]: '' };
    const s = this.s;
    try {
      const updated = await area(adapter, 'people').setRoles(person.id, next, { idempotencyKey: crypto.randomUUID() });
      this.replace(updated);
      this.announce((granting ? s.granted : s.revoked)(s.roles[role], person.name));
      // Demoting yourself from admin ends your access to this widget.
      if (person.id === me && role === 'admin' && !granting) void this.task.run();
    } catch (error) {
      this.replace({ ...person, roles: before });
      const reason = isConfabError(error) && error.code === 'conflict' ? s.lastAdmin(person.name) : errorMessage(error, this.localize.strings(commonStrings));
      this.errors = { ...this.errors, [person.id]: s.rolledBack(person.name, reason) };
    } finally {
      const busy = new Set(this.busy);
      busy.delete(person.id);
      this.busy = busy;
    }
  }

  private search(event: Event): void {
    event.preventDefault();
    const text = (this.typed ?? this.query).trim();
    if (text === this.query.trim()) void this.task.run();
    else this.query = text;
  }

  protected override render(): TemplateResult {
    if (!this.backend) return this.renderUnavailable();
    const c = this.localize.strings(commonStrings);
    return html`<section part="base" class="root" dir=${this.localize.dir} aria-labelledby="title">
      ${heading(this.level(), this.s.title, { id: 'title', class: 'title' })}
      ${this.task.render({
        // A new search keeps the form and the list in place (focus stays in the search box) until the results arrive.
        pending: () => {
          const last = this.task.value;
          return last && last.access === 'allowed' ? this.renderAdmin(last.me, true) : html`<p part="message" class="message" role="status">${c.loading}</p>`;
        },
        error: (error) => html`<p part="message" class="message error" role="alert">${loadErrorMessage(error, c)}</p>
          <button @click=${() => this.task.run()}>${c.retry}</button>`,
        complete: (result) => (result.access === 'allowed'
          ? this.renderAdmin(result.me)
          : html`<p part="message" class="message" role="status">${result.access === 'signed-out' ? this.s.signIn : this.s.notAllowed}</p>`),
      })}
    </section>`;
  }

  private renderAdmin(me: string, searching = false): TemplateResult {
    const s = this.s;
    const c = this.localize.strings(commonStrings);
    return html`<form part="search" class="search" role="search" @submit=${(e: Event) => this.search(e)}>
        <div>
          <label for="query">${s.searchLabel}</label>
          <input id="query" type="search" maxlength=${LIMITS.query} aria-describedby="query-hint" .value=${this.typed ?? this.query}
            @input=${(e: Event) => (this.typed = (e.target as HTMLInputElement).value)} />
          <p id="query-hint" class="muted small">${s.searchHint}</p>
        </div>
        <button type="submit">${s.search}</button>
      </form>
      ${this.items.length
        ? html`<ul part="list" class="list" aria-busy=${searching ? 'true' : 'false'}>${this.items.map((p) => this.renderPerson(p, me))}</ul>`
        : html`<p part="message" class="message" role="status">${s.empty}</p>`}
      ${this.more.error !== undefined ? html`<p part="message" class="message error" role="alert">${errorMessage(this.more.error, c)}</p>` : nothing}
      ${this.more.cursor
        ? html`<button part="more" aria-disabled=${this.more.busy} @click=${() => void this.more.load()}>${this.more.busy ? c.loading : s.showMore}</button>`
        : nothing}`;
  }

  private renderPerson(p: Person, me: string): TemplateResult {
    const s = this.s;
    const roles = rolesOf(p);
    const busy = this.busy.has(p.id);
    const about = [p.title, p.department].filter(Boolean).join(' · ');
    const error = this.errors[p.id];
    return html`<li part="person" class="person" id=${`person-${p.id}`} tabindex="-1" aria-busy=${busy ? 'true' : 'false'}>
      ${heading(this.level(1), p.name, { class: 'name', dir: 'auto' })}
      <p class="muted small">
        ${about ? html`<span dir="auto">${about}</span>` : nothing}
        ${p.deactivated ? html`${about ? ' · ' : ''}${s.deactivated}` : nothing}
      </p>
      <p class="small">${s.currentRoles(roles.map((r) => s.roles[r]).join(', '))}</p>
      <div class="toggles">
        ${GRANTED.map((role) => html`<button part="toggle" type="button" data-role=${role} aria-pressed=${roles.includes(role) ? 'true' : 'false'}
          aria-label=${s.roleFor(s.roles[role], p.name)} aria-disabled=${busy ? 'true' : 'false'}
          @click=${() => this.toggle(p, role, me)}>${s.roles[role]}</button>`)}
      </div>
      ${p.rolesSource === 'identity-provider' ? html`<p class="note muted small">${s.fromIdentityProvider(p.name)}</p>` : nothing}
      ${error ? html`<p class="error-line message error" role="alert">${error}</p>` : nothing}
    </li>`;
  }
}
