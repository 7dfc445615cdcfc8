import type { Comment, Id, Idea, IdeaStatus } from '@confab/core';

/** Detail of `confab-vote-changed`: the current user's vote on an idea was saved. */
export interface ConfabVoteChangedDetail {
  target: { kind: 'idea'; id: Id };
  /** The idea's vote count after the change. */
  votes: number;
  /** Whether the current user now votes for it. */
  myVote: boolean;
}

/** Detail of `confab-comment-posted`: the current user's comment was saved. */
export interface ConfabCommentPostedDetail {
  idea: Id;
  comment: Comment;
}

/** Detail of `confab-idea-status-changed`: a moderator moved an idea along the pipeline. */
export interface ConfabIdeaStatusChangedDetail {
  idea: Idea;
  status: IdeaStatus;
  note: string;
}

/** Detail of `confab-idea-submitted`: the current user's idea was saved (first try or a retry after being offline). */
export interface ConfabIdeaSubmittedDetail {
  idea: Idea;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'confab-vote-changed': CustomEvent<ConfabVoteChangedDetail>;
    'confab-comment-posted': CustomEvent<ConfabCommentPostedDetail>;
    'confab-idea-status-changed': CustomEvent<ConfabIdeaStatusChangedDetail>;
    'confab-idea-submitted': CustomEvent<ConfabIdeaSubmittedDetail>;
  }
}
