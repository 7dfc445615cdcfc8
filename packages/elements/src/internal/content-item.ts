import type { ContentEdit, ContentItem, ContentRef, ContentStatus, Id } from '@confab/core';

/** What the content lifecycle needs of any item: its ref, author, state and text. */
export interface ContentFacts {
  ref: ContentRef;
  /** Null for anonymous feedback whose author the reader may not know. */
  authorId: Id | null;
  status: ContentStatus;
  /** Questions and ideas; null for the other kinds. */
  title: string | null;
  body: string;
  /** Questions and ideas; null for the other kinds. */
  tags: string[] | null;
}

/** The status of an item without one: visible, never edited. */
export const VISIBLE: ContentStatus = { state: 'visible', editedAt: null, by: null, reason: null };

/** The facts of `content` for the actions row, the labels and the forms. */
export function contentFacts(content: ContentItem): ContentFacts {
  const ref = { kind: content.kind, id: content.item.id };
  const status = content.item.moderation ?? VISIBLE;
  switch (content.kind) {
    case 'question':
    case 'idea':
      return { ref, authorId: content.item.author.id, status, title: content.item.title, body: content.item.body, tags: content.item.tags };
    case 'answer':
    case 'comment':
      return { ref, authorId: content.item.author.id, status, title: null, body: content.item.body, tags: null };
    case 'feedback':
      return { ref, authorId: content.item.author?.id ?? null, status, title: null, body: content.item.comment ?? '', tags: null };
  }
}

/** `kind:id`, the key of an item in the actions controller and in `data-content-key`. */
export function contentKey(ref: ContentRef): string {
  return `${ref.kind}:${ref.id}`;
}

/**
 * True when the reader receives `status` as a tombstone: deleted, with its text withheld (the
 * backend sends an empty title and body to anyone but its author and moderators). Show
 * "Removed by …" in place of the text.
 */
export function isTombstone(status: ContentStatus | undefined, text: string | null | undefined): boolean {
  return status?.state === 'deleted' && !text;
}

/** Issue 13: whether an item takes votes and acceptance: not when it was removed or hidden. */
export function takesVotes(status: ContentStatus | undefined): boolean {
  return status?.state !== 'deleted' && status?.state !== 'hidden';
}

/** Issue 13: the same rule for comments: a removed or hidden idea takes none (the server refuses them). */
export const takesComments = takesVotes;

/** `content` with the edit applied and marked edited `at`: the optimistic view of a save. */
export function withEdit(content: ContentItem, edit: ContentEdit, at: string): ContentItem {
  const moderation: ContentStatus = { ...(content.item.moderation ?? VISIBLE), editedAt: at };
  switch (content.kind) {
    case 'question':
      return { kind: 'question', item: { ...content.item, title: edit.title ?? content.item.title, body: edit.body ?? content.item.body, tags: edit.tags ?? content.item.tags, moderation } };
    case 'idea':
      return { kind: 'idea', item: { ...content.item, title: edit.title ?? content.item.title, body: edit.body ?? content.item.body, tags: edit.tags ?? content.item.tags, moderation } };
    case 'answer':
      return { kind: 'answer', item: { ...content.item, body: edit.body ?? content.item.body, moderation } };
    case 'comment':
      return { kind: 'comment', item: { ...content.item, body: edit.body ?? content.item.body, moderation } };
    case 'feedback':
      return { kind: 'feedback', item: { ...content.item, comment: edit.body ?? content.item.comment, moderation } };
  }
}
