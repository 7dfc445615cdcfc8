import { html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { Task, TaskStatus, initialState } from '@lit/task';
import {
  IDEA_STATUSES, area, isAdmin, scopes, type AreaName, type Campaign, type ChangeEvent, type Idea, type IdeaSort, type IdeaStatus, type User,
} from '@confab/core';
import { ConfabElement } from '../internal/confab-element.js';
import { LiveController } from '../internal/live-controller.js';
import { commonStrings, type CommonStrings } from '../internal/common.strings.js';
import { codeLoadMessage, errorMessage, loadErrorMessage } from '../internal/error-message.js';
import { busy } from '../internal/busy.js';
import { heading } from '../internal/heading.js';
import { FocusController } from '../internal/focus-controller.js';
import { focusFirstInvalid } from '../internal/field-errors.js';
import { RetryOnlineController } from '../internal/retry-online-controller.js';
import { themeStyles, baseStyles } from '../internal/widget.styles.js';
import { ideaCardStrings, type IdeaCardStrings } from '../idea-card/idea-card.strings.js';
import { ideaBoardStrings, type IdeaBoardStrings } from './idea-board.strings.js';
import { ideaBoardStyles } from './idea-board.styles.js';
import { IdeaSubmitController, renderSubmitForm } from './idea-submit.js';
import { IdeaList } from './idea-list.js';
import '../events/idea-events.js';
import '../events/campaign-events.js';
import { FollowController, followButton } from '../internal/follow-button.js';
import { MarkdownController } from '../internal/markdown-controller.js';
import { campaignStrings, type CampaignBoardStrings, type CampaignStrings } from './campaign.strings.js';
import type { CampaignFormController } from './campaign-form.js';
import { LazyModule } from '../internal/lazy-module.js';
import { ShowMoreController } from '../internal/show-more.js';
import { applyCampaignEvent, renderCampaignList } from './campaign-list.js';
import { renderAdminBar, renderCampaignInfo } from './campaign-header.js';

const SORTS: readonly IdeaSort[] = ['top', 'new', 'trending'];

interface BoardHeader {
  campaign: Campaign | null;
  user: User | null;
}

/**
 * An idea campaign: its purpose ("why we ask"), a submit form that shows similar ideas while the
 * title is typed, and the sorted, filtered list of idea cards, one page at a time so that
 * boards with thousands of ideas stay fast. Live: new ideas are announced with a button instead
 * of shifting the list; votes and status changes by others update cards in place.
 * Without `campaign`, the board shows and takes ideas that belong to no campaign; with the
 * boolean `campaigns` instead, it lists the open campaigns (title and purpose) so that a page can
 * offer "pick a campaign": each opens through a link built from `campaign-href`, else a button
 * that shows it on this board and fires `confab-campaign-selected`.
 * Admins get "New campaign", and on a campaign's board "Edit campaign" and "Close campaign"; a
 * closed campaign is reopened from "Edit campaign". Owners of the campaign, like moderators,
 * change the status of its ideas. Live: campaigns created, edited or closed elsewhere show in place.
 *
 * @summary A campaign's ideas: purpose, submit form, sorted and filtered idea cards.
 *
 * @csspart base - The board.
 * @csspart header - Title, open/closed chip and purpose.
 * @csspart purpose - The "why we ask" box.
 * @csspart form - The submit form.
 * @csspart similar - Similar ideas shown while the title is typed.
 * @csspart pending - Ideas submitted offline, waiting to be sent.
 * @csspart controls - Sort and status filter.
 * @csspart new-ideas - The "N new ideas — show" button.
 * @csspart skip - The "Skip past the ideas" link before the list (shown when focused).
 * @csspart list - The list of idea cards.
 * @csspart card - Each `<confab-idea-card>` (its own parts, `content-status` and `content-actions` among them, are the card's: see `<confab-idea-card>`).
 * @csspart show-more - The "Show more ideas" button.
 * @csspart message - Status, empty and error messages.
 * @csspart description - The campaign's description (sanitised Markdown).
 * @csspart admin - The admins' buttons ("New campaign", "Edit campaign", "Close campaign").
 * @csspart campaign-form - The admins' campaign form.
 * @csspart campaigns - The listing of open campaigns (`campaigns` attribute).
 * @csspart campaign - Each campaign of the listing.
 *
 * @cssprop --confab-idea-board-gap - Space between the board's sections.
 * @cssprop --confab-idea-board-max-width - Maximum width of the board (default none).
 *
 * @fires confab-campaign-selected - The reader picked a campaign in the listing and the board now shows it: `{ campaign }`.
 * @fires confab-idea-submitted - The current user's idea was saved: `{ idea }`. Cards inside also fire `confab-vote-changed`, `confab-comment-posted` and `confab-idea-status-changed`.
 *
 * @example
 * ```html
 * <confab-idea-board campaign="greener-offices" sort="trending"></confab-idea-board>
 * <confab-idea-board campaigns campaign-href="/ideas.html?campaign={id}"></confab-idea-board>
 * ```
 */
export class ConfabIdeaBoard extends ConfabElement {
  static override styles = [themeStyles, baseStyles, ideaBoardStyles];
  /** Ideas and votes; `live` is used when present. */
  static override areas: readonly AreaName[] = ['ideas', 'votes'];

  static override properties: PropertyDeclarations = {
    campaign: { reflect: true },
    campaigns: { type: Boolean, reflect: true },
    campaignHref: { attribute: 'campaign-href' },
    campaignStrings: { attribute: false },
    sort: { reflect: true },
    status: { reflect: true },
    pageSize: { attribute: 'page-size', type: Number },
    strings: { attribute: false },
    cardStrings: { attribute: false },
    formNotice: { state: true, attribute: false },
    formNoticeIsError: { state: true, attribute: false },
    closing: { state: true, attribute: false },
    formFor: { state: true, attribute: false },
  };

  /** The campaign id; without it the board shows and takes ideas that belong to no campaign. */
  campaign?: string;

  /** Without `campaign`: list the open campaigns to pick from instead of ideas without a campaign. */
  campaigns = false;

  /** The link of each listed campaign, `{id}` standing for its id (e.g. `/ideas.html?campaign={id}`); without it entries are buttons. */
  campaignHref?: string;

  /** Per-instance overrides of the campaign strings (listing, admins' buttons and form). */
  campaignStrings?: Partial<CampaignStrings>;

  /** Order: `top` (most votes), `new` (newest) or `trending` (recent votes weigh more). */
  sort: IdeaSort = 'top';

  /** Show only ideas with this status (`new`, `under-review`, `planned`, `in-progress`, `implemented`, `declined`); empty shows all. */
  status: IdeaStatus | '' = '';

  /** Ideas per page, 1–100 (default 20). */
  pageSize = 20;

  /** Per-instance overrides of the board's strings. */
  strings?: Partial<IdeaBoardStrings>;

  /** Per-instance overrides of the strings of the cards on this board. */
  cardStrings?: Partial<IdeaCardStrings>;

  /** Shown under the form: what happened to the idea just submitted. */
  private formNotice = '';
  private formNoticeIsError = false;
  private readonly list = new IdeaList(this);
  /** "Show more": announces how many ideas show, and focus moves to the first one it brought. */
  private readonly more = new ShowMoreController<Idea>(this, {
    fetch: (cursor, signal) => area(this.backend!, 'ideas').listIdeas(
      { campaign: this.campaign || null, sort: this.sort, status: this.status || undefined, limit: this.pageSize, cursor }, { signal },
    ),
    items: () => this.list.items,
    set: (items) => this.list.extend(items),
    shown: (_, first) => {
      this.announce(this.s.shown(this.list.items.length));
      void this.focuser.to(() => this.renderRoot.querySelectorAll<HTMLElement>('.ideas > li')[first]);
    },
  });
  private readonly focuser = new FocusController(this);
  /** Issue 15: the campaign shown (set as the header renders), and following it. */
  private shownCampaignId?: string;
  private shownUser?: User | null;
  private readonly follow = new FollowController(this, {
    adapter: () => this.backend,
    target: () => (this.shownCampaignId ? { kind: 'campaign', id: this.shownCampaignId } : undefined),
    announce: (message) => this.announce(message),
    localize: this.localize,
    user: () => this.shownUser,
  });
  private readonly md = new MarkdownController(this);
  /** The open campaigns of the listing, kept live. */
  private listing: Campaign[] = [];
  private closing = false;
  private formFor: 'new' | 'edit' | null = null;

  /** The admins' campaign form: its code loads when an admin first opens it (members never load it). */
  private readonly formCode = new LazyModule(this, () => import('./campaign-form.js'), 'the campaign form of <confab-idea-board>');
  private campaignForm?: CampaignFormController;

  /** Also waits for the campaign form while it loads, so that its first render is part of the update. */
  protected override async getUpdateComplete(): Promise<boolean> {
    return this.formCode.whenLoaded(await super.getUpdateComplete(), () => super.getUpdateComplete());
  }

  private readonly listingTask = new Task(this, {
    task: async ([adapter, listing], { signal }) => {
      if (!adapter || !listing) return initialState;
      this.listing = await area(adapter, 'ideas').listCampaigns({ status: 'open' }, { signal });
      return this.listing;
    },
    args: () => [this.backend, this.listingMode] as const,
  });

  private readonly headerTask = new Task(this, {
    task: async ([adapter, campaign], { signal }) => {
      if (!adapter) return initialState;
      const [c, user] = await Promise.all([
        campaign ? area(adapter, 'ideas').getCampaign(campaign, { signal }) : Promise.resolve(null),
        adapter.identity.currentUser({ signal }),
      ]);
      return { campaign: c, user } satisfies BoardHeader;
    },
    args: () => [this.backend, this.campaign] as const,
  });

  private readonly listTask = new Task(this, {
    task: async ([adapter, campaign, sort, status, limit, listing], { signal }) => {
      if (!adapter || listing) return initialState;
      const page = await area(adapter, 'ideas').listIdeas({ campaign: campaign || null, sort, status: status || undefined, limit }, { signal });
      this.list.reset(page.items);
      this.more.reset(page.nextCursor);
      return page.items;
    },
    args: () => [this.backend, this.campaign, this.sort, this.status, this.pageSize, this.listingMode] as const,
  });

  private readonly submitter = new IdeaSubmitController(this, {
    adapter: () => this.backend,
    campaign: () => this.campaign || null,
    delivered: (idea) => this.delivered(idea),
    announce: (message) => this.announce(message),
    refused: (error) => {
      this.formNotice = errorMessage(error, this.common);
      this.formNoticeIsError = true;
    },
  });

  constructor() {
    super();
    new LiveController(this, {
      adapter: () => this.backend,
      scopes: () => (this.listingMode ? [scopes.campaigns] : [scopes.campaign(this.campaign || null)]),
      onChange: (event) => this.onLive(event),
      onReset: () => { void this.headerTask.run(); void (this.listingMode ? this.listingTask : this.listTask).run(); },
    });
    // A board that failed to load offline loads by itself when the connection is back.
    new RetryOnlineController(this, () => this.headerTask.status === TaskStatus.ERROR, () => this.headerTask.run());
    new RetryOnlineController(this, () => this.listTask.status === TaskStatus.ERROR, () => this.listTask.run());
    new RetryOnlineController(this, () => this.listingTask.status === TaskStatus.ERROR, () => this.listingTask.run());
  }

  private get s(): IdeaBoardStrings {
    return this.localize.strings(ideaBoardStrings, this.strings);
  }

  private get common(): CommonStrings {
    return this.localize.strings(commonStrings);
  }

  private get cs(): CampaignBoardStrings {
    return this.localize.strings(campaignStrings, this.campaignStrings);
  }

  /** True when the board lists campaigns to pick from (`campaigns` without `campaign`). */
  private get listingMode(): boolean {
    return this.campaigns && !this.campaign;
  }

  private get viewer(): User | null {
    return this.headerTask.value?.user ?? null;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('sort') && !SORTS.includes(this.sort)) {
      console.warn(`[confab] <confab-idea-board> sort="${String(this.sort)}" is not one of ${SORTS.join(', ')}; using "top".`);
      this.sort = 'top';
    }
    if (changed.has('status') && this.status && !IDEA_STATUSES.includes(this.status)) {
      console.warn(`[confab] <confab-idea-board> status="${String(this.status)}" is not one of ${IDEA_STATUSES.join(', ')}; showing all.`);
      this.status = '';
    }
    if (changed.has('pageSize') && !(this.pageSize >= 1 && this.pageSize <= 100)) {
      console.warn(`[confab] <confab-idea-board> page-size="${String(this.pageSize)}" must be 1–100; using 20.`);
      this.pageSize = 20;
    }
  }

  private onLive(event: ChangeEvent): void {
    if (event.type === 'campaign.created' || event.type === 'campaign.updated') return this.onLiveCampaign(event);
    // The reader's own new idea (just submitted, or sent from the offline queue) is not news: it is added by `delivered`.
    if (event.type === 'idea.created' && (event.actorId === (this.viewer?.id ?? null) || this.submitter.isOwn(event.data))) return;
    if (this.list.apply(event, this.status)) this.announce(this.s.newIdeas(this.list.fresh.length));
    if (event.type === 'vote.changed') {
      if (event.data.kind === 'idea') this.submitter.liveVote(event.data.id, event.data.votes);
    }
  }

  /** A campaign created or changed elsewhere: the listing changes in place, a board shows its campaign anew. */
  private onLiveCampaign(event: ChangeEvent<'campaign.created' | 'campaign.updated'>): void {
    if (this.listingMode) {
      const next = applyCampaignEvent(this.listing, event);
      if (next) {
        this.listing = next;
        this.requestUpdate();
      }
    } else if (event.data.id === this.campaign && event.actorId !== (this.viewer?.id ?? null)) {
      void this.headerTask.run();
    }
  }

  private openForm(which: 'new' | 'edit'): void {
    const campaign = which === 'edit' ? this.headerTask.value?.campaign ?? null : null;
    this.formFor = which;
    void this.formCode.load().then((code) => {
      if (!code) {
        this.formFor = null;
        this.announce(codeLoadMessage(this.common));
        return;
      }
      this.campaignForm ??= new code.CampaignFormController(this, {
        adapter: () => this.backend,
        announce: (message) => this.announce(message),
        focus: (selector) => void this.focuser.to(selector),
        localize: this.localize,
        overrides: () => this.campaignStrings,
        saved: (saved, created) => void this.campaignSaved(saved, created),
        cancelled: (opener) => { this.formFor = null; void this.focuser.to(opener); },
      });
      this.campaignForm.show(campaign, which === 'edit' ? '#edit-campaign' : '#new-campaign');
    });
  }

  private async saveCampaign(e: Event): Promise<void> {
    e.preventDefault();
    const saved = (await this.campaignForm?.save(this.common)) ?? false;
    if (!saved && !(await focusFirstInvalid(this.renderRoot, this.updateComplete, '.campaign-form'))) void this.focuser.to('#campaign-title');
  }

  private async campaignSaved(campaign: Campaign, created: boolean): Promise<void> {
    const cs = this.cs;
    this.formFor = null;
    if (!created) {
      this.announce(cs.saved);
      await this.headerTask.run();
      void this.focuser.to('#edit-campaign');
      return;
    }
    this.announce(cs.created(campaign.title));
    if (this.listingMode) {
      if (!this.listing.some((c) => c.id === campaign.id)) this.listing = [...this.listing, campaign];
      this.requestUpdate();
      void this.focuser.to(`[data-campaign="${CSS.escape(campaign.id)}"]`, '#new-campaign');
    } else {
      this.pick(campaign, false);
    }
  }

  /** Back from a campaign picked in the listing to the listing. */
  private backToListing(): void {
    this.campaign = undefined;
    this.formNotice = '';
    void this.focuser.to('#heading');
  }

  private async closeCampaign(): Promise<void> {
    const adapter = this.backend;
    const campaign = this.headerTask.value?.campaign;
    if (!adapter || !campaign || this.closing) return;
    this.closing = true;
    this.formNotice = '';
    try {
      await area(adapter, 'ideas').closeCampaign(campaign.id);
      this.announce(this.cs.closedDone);
      this.formNotice = this.cs.closedDone;
      this.formNoticeIsError = false;
      await this.headerTask.run();
      void this.focuser.to('#edit-campaign');
    } catch (error) {
      this.formNotice = errorMessage(error, this.common);
      this.formNoticeIsError = true;
    } finally {
      this.closing = false;
    }
  }

  /** Shows `campaign` on this board (a listing entry or a new campaign) and says so. */
  private pick(campaign: Campaign, say = true): void {
    this.campaign = campaign.id;
    this.emit('confab-campaign-selected', { campaign: campaign.id });
    if (say) this.announce(this.cs.opened(campaign.title));
    void this.headerTask.taskComplete.then(() => this.focuser.to('#heading'), () => this.focuser.to('#heading'));
  }

  private delivered(idea: Idea): void {
    this.list.addOwn(idea, this.status);
    this.formNotice = this.s.submitted;
    this.formNoticeIsError = false;
    this.emit('confab-idea-submitted', { idea });
  }

  private async submit(e: Event): Promise<void> {
    e.preventDefault();
    this.formNotice = '';
    const result = await this.submitter.submit(this.s, this.common);
    if (result === 'queued') {
      this.formNotice = this.s.queued;
      this.formNoticeIsError = false;
    }
    if (result === 'invalid' || result === 'failed') {
      if (!(await focusFirstInvalid(this.renderRoot, this.updateComplete, '.form'))) void this.focuser.to('#idea-title');
    } else void this.focuser.to('#idea-title'); // back to the composer, with the confirmation under the form
  }

  private async showFresh(): Promise<void> {
    this.list.showFresh();
    await this.focuser.to('.ideas > li');
  }

  /** The skip link: focus moves to what follows the list ("Show more", else the end of the list). */
  private skipList(e: Event): void {
    e.preventDefault();
    void this.focuser.to('[part="show-more"]', '.list-end');
  }

  protected override render() {
    if (!this.backend) return this.renderUnavailable();
    if (this.listingMode) return this.renderListing();
    const s = this.s;
    return html`<section part="base" class="root" aria-labelledby="heading" dir=${this.localize.dir}>
      ${this.headerTask.render({
        initial: () => this.renderLoading(),
        pending: () => (this.headerTask.value ? this.renderHeader(this.headerTask.value) : this.renderLoading()),
        error: (error) => this.renderError(error, () => void this.headerTask.run(), 'heading'),
        complete: (header) => this.renderHeader(header),
      })}
      <div role="status" id="form-status" part="message">${this.formNotice
        ? html`<p class=${this.formNoticeIsError ? 'message error' : 'message'}>${this.formNotice}</p>` : nothing}</div>
      <div class="controls" part="controls">
        <div>
          <label for="sort">${s.sortLabel}</label>
          <select id="sort" .value=${this.sort} @change=${(e: Event) => { this.sort = (e.target as HTMLSelectElement).value as IdeaSort; }}>
            ${SORTS.map((o) => html`<option value=${o} ?selected=${o === this.sort}>${{ top: s.sortTop, new: s.sortNew, trending: s.sortTrending }[o]}</option>`)}
          </select>
        </div>
        <div>
          <label for="status-filter">${s.statusFilter}</label>
          <select id="status-filter" .value=${this.status} @change=${(e: Event) => { this.status = (e.target as HTMLSelectElement).value as IdeaStatus | ''; }}>
            <option value="" ?selected=${!this.status}>${s.allStatuses}</option>
            ${IDEA_STATUSES.map((st) => html`<option value=${st} ?selected=${st === this.status}>${this.cardS.status[st]}</option>`)}
          </select>
        </div>
        ${this.list.fresh.length ? html`<button class="fresh" part="new-ideas" @click=${() => void this.showFresh()}>${s.newIdeas(this.list.fresh.length)}</button>` : nothing}
      </div>
      ${this.renderList()}
    </section>`;
  }

  private get cardS(): IdeaCardStrings {
    return this.localize.strings(ideaCardStrings, this.cardStrings);
  }

  private renderLoading(): TemplateResult {
    return html`${heading(this.level(), this.s.defaultTitle, { id: 'heading', class: 'visually-hidden' })}
      <p class="message" part="message" role="status">${this.common.loading}</p>`;
  }

  private renderError(error: unknown, retry: () => void, headingId?: string): TemplateResult {
    return html`${headingId ? heading(this.level(), this.s.defaultTitle, { id: headingId }) : nothing}
      <div class="message error" part="message" role="alert"><p>${loadErrorMessage(error, this.common)}</p>
      <button @click=${retry}>${this.common.retry}</button></div>`;
  }

  /** The listing of open campaigns (`campaigns` without `campaign`), with "New campaign" for admins. */
  private renderListing(): TemplateResult {
    const cs = this.cs;
    const user = this.headerTask.value?.user ?? null;
    return html`<section part="base" class="root" aria-labelledby="heading" dir=${this.localize.dir}>
      <header part="header">
        ${heading(this.level(), cs.listHeading, { id: 'heading' })}
        <p>${cs.listIntro}</p>
      </header>
      ${this.renderAdmin(user, null)}
      <div role="status" id="form-status" part="message">${this.formNotice
        ? html`<p class=${this.formNoticeIsError ? 'message error' : 'message'}>${this.formNotice}</p>` : nothing}</div>
      ${this.listingTask.render({
        initial: () => this.renderLoadingList(),
        pending: () => (this.listingTask.value ? this.renderCampaigns() : this.renderLoadingList()),
        error: (error) => this.renderError(error, () => void this.listingTask.run()),
        complete: () => this.renderCampaigns(),
      })}
    </section>`;
  }

  private renderCampaigns(): TemplateResult {
    return renderCampaignList({
      campaigns: this.listing, s: this.cs, lang: this.localize.lang, level: this.level(1), href: this.campaignHref,
      pick: (c) => this.pick(c),
    });
  }

  /** Admins' buttons and, when open, the campaign form. */
  private renderAdmin(user: User | null, campaign: Campaign | null): TemplateResult | typeof nothing {
    if (!isAdmin(user)) return nothing;
    const cs = this.cs;
    return html`${renderAdminBar({
      s: cs, campaign, formOpen: this.campaignForm?.open ? this.formFor : null, closing: this.closing,
      onNew: () => this.openForm('new'), onEdit: () => this.openForm('edit'), onClose: () => void this.closeCampaign(),
    })}
    ${this.campaignForm?.open ? this.campaignForm.render(this.common, this.level(1), (e) => void this.saveCampaign(e)) : nothing}`;
  }

  private renderHeader({ campaign, user }: BoardHeader): TemplateResult {
    const s = this.s;
    this.submitter.viewerId = user?.id ?? null;
    this.shownCampaignId = campaign?.id;
    this.shownUser = user;
    const closed = campaign?.status === 'closed';
    return html`<header part="header">
        <div class="title-row">
          ${heading(this.level(), campaign?.title ?? s.defaultTitle, { id: 'heading', dir: 'auto' })}
          ${campaign ? html`<span class=${closed ? 'chip' : 'chip open'}>${closed ? s.closed : s.open}</span>` : nothing}
          ${campaign ? followButton(this.follow) : nothing}
        </div>
        ${campaign?.purpose ? html`<div class="purpose" part="purpose">${heading(this.level(1), s.whyWeAsk)}<p dir="auto">${campaign.purpose}</p></div>` : nothing}
        ${campaign ? renderCampaignInfo(campaign, this.cs, this.localize.lang, this.md) : nothing}
        ${this.campaigns ? html`<p><button type="button" class="link" id="all-campaigns" @click=${() => this.backToListing()}>${this.cs.listHeading}</button></p>` : nothing}
      </header>
      ${campaign ? this.renderAdmin(user, campaign) : nothing}
      ${closed
        ? html`<p class="message" part="message">${s.closedMessage}</p>`
        : renderSubmitForm(this.submitter, s, this.cardS, this.common, this.localize, (e) => void this.submit(e), (d) => this.level(d))}`;
  }

  private renderList(): TemplateResult {
    const s = this.s;
    return html`${this.listTask.render({
      initial: () => this.renderLoadingList(),
      pending: () => this.renderLoadingList(),
      error: (error) => this.renderError(error, () => void this.listTask.run()),
      complete: () => (this.list.items.length ? this.renderCards() : html`<p class="message" part="message">${this.status ? s.emptyFiltered : s.empty}</p>`),
    })}`;
  }

  private renderLoadingList(): TemplateResult {
    return html`<p class="message" part="message" role="status">${this.common.loading}</p>`;
  }

  private renderCards(): TemplateResult {
    const viewer = this.viewer;
    // Each card holds several controls; the skip link spares keyboard users a Tab through all of them.
    return html`<a class="skip" part="skip" href="#ideas-end" @click=${(e: Event) => this.skipList(e)}>${this.s.skipIdeas}</a>
      <ul class="ideas" part="list" aria-label=${this.s.listHeading}>${repeat(this.list.items, (i) => i.id, (i) => html`<li tabindex="-1">
        <confab-idea-card part="card" .data=${i} .viewer=${viewer} .campaignData=${this.headerTask.value?.campaign ?? null} .strings=${this.cardStrings}
          theme=${this.theme} heading-level=${this.level(1)}></confab-idea-card></li>`)}</ul>
      <span id="ideas-end" class="list-end" tabindex="-1"></span>
      ${this.more.cursor ? html`<button part="show-more" ${busy(this.more.busy)} @click=${() => void this.more.load()}>${this.s.showMore}</button>` : nothing}
      ${this.more.error !== undefined ? html`<p class="message error" role="alert">${errorMessage(this.more.error, this.common)}</p>` : nothing}`;
  }
}
