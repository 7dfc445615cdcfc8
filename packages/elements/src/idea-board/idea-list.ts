import type { ReactiveControllerHost } from 'lit';
import type { ChangeEvent, Id, Idea, IdeaStatus } from '@confab/core';

/**
 * The ideas a board shows: the pages loaded so far (keyed by id; "Show more" is the board's
 * `ShowMoreController`), and new ideas by others held back ("N new ideas — show") so the list never shifts under the
 * reader. Live votes, comments and status changes are applied to the loaded ideas in place;
 * the cards show them themselves, so the board does not re-render for them.
 */
export class IdeaList {
  items: Idea[] = [];
  /** New ideas by others, newest first, not yet shown. */
  fresh: Idea[] = [];
  private byId = new Map<Id, Idea>();

  constructor(private readonly host: ReactiveControllerHost) {}

  /** Starts over with a first page's ideas. */
  reset(items: Idea[]): void {
    this.items = items;
    this.byId = new Map(items.map((i) => [i.id, i]));
    this.fresh = [];
    this.host.requestUpdate();
  }

  /** Shows `items`: those shown, then the next page's new ones. */
  extend(items: Idea[]): void {
    for (const i of items) this.byId.set(i.id, i);
    this.items = items;
    this.host.requestUpdate();
  }

  /** Puts the current user's own new idea on top (once), if it passes the status filter. */
  addOwn(idea: Idea, status: IdeaStatus | ''): void {
    this.fresh = this.fresh.filter((i) => i.id !== idea.id);
    if (!this.byId.has(idea.id) && (!status || status === idea.status)) {
      this.byId.set(idea.id, idea);
      this.items = [idea, ...this.items];
    }
    this.host.requestUpdate();
  }

  /** Shows the held-back new ideas on top; returns how many. */
  showFresh(): number {
    const fresh = this.fresh.filter((i) => !this.byId.has(i.id));
    for (const i of fresh) this.byId.set(i.id, i);
    this.items = [...fresh, ...this.items];
    this.fresh = [];
    this.host.requestUpdate();
    return fresh.length;
  }

  /** Applies a live change of the board's campaign. Returns true when a new idea was held back. */
  apply(event: ChangeEvent, status: IdeaStatus | ''): boolean {
    switch (event.type) {
      case 'idea.created': {
        const idea = event.data;
        if (this.byId.has(idea.id) || this.fresh.some((i) => i.id === idea.id)) return false;
        if (status && idea.status !== status) return false;
        this.fresh = [{ ...idea, myVote: false }, ...this.fresh];
        this.host.requestUpdate();
        return true;
      }
      case 'vote.changed': {
        const v = event.data;
        const idea = v.kind === 'idea' ? this.byId.get(v.id) : undefined;
        if (idea) idea.votes = v.votes;
        return false;
      }
      case 'idea.status-changed': {
        const changed = event.data;
        const idea = this.byId.get(changed.id);
        if (idea) Object.assign(idea, { status: changed.status, statusChange: changed.statusChange });
        return false;
      }
      case 'comment.created': {
        const idea = this.byId.get(event.data.ideaId);
        if (idea) idea.commentCount++;
        return false;
      }
      case 'content.updated': {
        // Issue 13: an idea edited, hidden, deleted or restored: replaced in place, or removed
        // (the reader may no longer see it, or it is deleted: lists leave deleted ideas out).
        const { target, item } = event.data;
        if (target.kind !== 'idea') return false;
        this.fresh = this.fresh.filter((i) => i.id !== target.id);
        const idea = this.byId.get(target.id);
        if (!idea) return false;
        if (item?.kind === 'idea' && item.item.moderation?.state !== 'deleted') {
          const next = { ...item.item, myVote: idea.myVote };
          this.byId.set(idea.id, next);
          this.items = this.items.map((i) => (i.id === idea.id ? next : i));
        } else {
          this.byId.delete(idea.id);
          this.items = this.items.filter((i) => i.id !== idea.id);
        }
        this.host.requestUpdate();
        return false;
      }
      default:
        return false;
    }
  }
}
