import type { ChangeEvent, Id, Question, QuestionSort } from '@confab/core';
import type { AskHomeStrings } from './ask.strings.js';
import type { AskThread } from './ask-thread.js';

/** What merging a live change needs from `<confab-ask>`. */
export interface LiveView {
  items: Question[];
  setItems: (items: Question[]) => void;
  patchItem: (id: Id, patch: Partial<Question>) => void;
  /** Whether a question belongs in this widget's list (context and tags). */
  inScope: (q: Question) => boolean;
  sort: QuestionSort;
  /** The thread view, once loaded (nothing to update before a question was opened). */
  thread: AskThread | undefined;
  /**
   * Whether the change was made by the signed-in reader (e.g. in another tab). A vote's `actorId`
   * is null unless the reader cast it, so others' votes never count as the reader's.
   */
  mine: boolean;
  s: AskHomeStrings;
  announce: (message: string) => void;
}

/**
 * Merges someone's change into the list and the open thread in place: no reload, no
 * re-created elements (lists are keyed with `repeat`), no reordering under the reader, so
 * focus and half-typed text stay where they are. Changes by others are announced politely.
 */
export function mergeChange(e: ChangeEvent, v: LiveView): void {
  switch (e.type) {
    case 'question.created': {
      const q = e.data;
      if (!v.inScope(q) || v.items.some((x) => x.id === q.id)) return;
      const item = { ...q, myVote: v.mine && q.myVote };
      if (v.sort === 'votes') {
        const at = v.items.findIndex((x) => x.votes < q.votes);
        v.setItems(at < 0 ? [...v.items, item] : [...v.items.slice(0, at), item, ...v.items.slice(at)]);
      } else v.setItems([item, ...v.items]);
      if (!v.mine) v.announce(v.s.liveQuestion(q.title));
      return;
    }
    case 'question.updated': {
      const q = e.data;
      v.patchItem(q.id, { title: q.title, body: q.body, tags: q.tags, routedTo: q.routedTo });
      v.thread?.applyQuestion(q);
      return;
    }
    case 'answer.created': {
      const a = e.data;
      const open = v.thread?.thread?.question.id === a.questionId;
      const item = v.items.find((q) => q.id === a.questionId);
      if (open) v.thread?.mergeAnswer(a);
      else if (item) v.patchItem(item.id, { answerCount: item.answerCount + 1 });
      if (!v.mine && (open || item)) v.announce(v.s.liveAnswer(a.author.name));
      return;
    }
    case 'answer.accepted': {
      const t = e.data;
      v.patchItem(t.question.id, { acceptedAnswerId: t.question.acceptedAnswerId });
      v.thread?.applyAccepted(t);
      if (!v.mine && t.question.acceptedAnswerId) v.announce(v.s.liveAccepted);
      return;
    }
    case 'content.updated': {
      // Issue 13: replaced in place, or removed when the reader may no longer see it (lists leave deleted questions out).
      const change = e.data;
      if (change.target.kind === 'question') {
        const c = change.item;
        if (c?.kind === 'question' && c.item.moderation?.state !== 'deleted') {
          v.patchItem(c.item.id, { title: c.item.title, body: c.item.body, tags: c.item.tags, moderation: c.item.moderation });
        } else v.setItems(v.items.filter((q) => q.id !== change.target.id));
      } else if (change.target.kind === 'answer' && change.parentId) {
        const item = v.items.find((q) => q.id === change.parentId);
        if (item && change.item === null && v.thread?.thread?.question.id !== item.id) v.patchItem(item.id, { answerCount: Math.max(0, item.answerCount - 1) });
      }
      v.thread?.applyContent(change);
      return;
    }
    case 'vote.changed': {
      const state = e.data;
      if (state.kind === 'question') v.patchItem(state.id, v.mine ? { votes: state.votes, myVote: state.myVote } : { votes: state.votes });
      v.thread?.applyVote(state, v.mine);
      return;
    }
    default:
      return;
  }
}
