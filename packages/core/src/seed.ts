import type { Availability, FeedbackState, FeedbackVariant, IdeaStatus, Role } from './types.js';

/**
 * The portable seed format: `MemoryAdapter` loads it, the reference server seeds a database
 * from it, and the contract test-kit builds its fixtures with it. Every field but `people`
 * may be left out. Times are ISO strings; ids are chosen by the seed.
 */
export interface Seed {
  /** Who is signed in for an adapter made from this seed without another choice. */
  currentUser?: string;
  people: SeedPerson[];
  questions?: SeedQuestion[];
  answers?: SeedAnswer[];
  campaigns?: SeedCampaign[];
  ideas?: SeedIdea[];
  comments?: SeedComment[];
  feedback?: SeedFeedback[];
  /** Votes as `{ kind, id, by }`. */
  votes?: { kind: 'question' | 'answer' | 'idea'; id: string; by: string; at?: string }[];
  /** Skill aliases, as if an admin had merged `alias` into `into` (e.g. `{ alias: 'k8s', into: 'Kubernetes' }`). */
  skillAliases?: { alias: string; into: string }[];
}

export interface SeedPerson {
  id: string;
  name: string;
  roles?: Role[];
  title?: string;
  department?: string;
  location?: string;
  email?: string;
  avatarUrl?: string;
  availability?: Availability;
  /** Until when `availability` holds: `YYYY-MM-DD` or a timestamp. */
  availabilityUntil?: string | null;
  /** "About", short Markdown. */
  about?: string;
  /** Skill names, or skills with the ids of the people who endorsed them. */
  skills?: (string | { name: string; endorsedBy?: string[] })[];
  /** Issue 13: when the person joined (ISO); absent: long ago (not a new person). */
  joinedAt?: string;
}

export interface SeedQuestion {
  id: string;
  context: string;
  title: string;
  body?: string;
  tags?: string[];
  author: string;
  createdAt?: string;
  acceptedAnswerId?: string | null;
}

export interface SeedAnswer {
  id: string;
  questionId: string;
  body: string;
  author: string;
  createdAt?: string;
}

export interface SeedCampaign {
  id: string;
  title: string;
  purpose: string;
  status?: 'open' | 'closed';
  createdAt?: string;
  /** Markdown. */
  description?: string;
  /** When it closes by itself (ISO time). */
  closesAt?: string | null;
  /** Ids of the people who moderate its ideas. */
  owners?: string[];
}

export interface SeedIdea {
  id: string;
  campaignId?: string | null;
  title: string;
  body?: string;
  tags?: string[];
  author: string;
  createdAt?: string;
  status?: IdeaStatus;
  /** The latest status change; required for any status but `new`. */
  statusChange?: { note: string; by: string; at?: string } | null;
}

export interface SeedComment {
  id: string;
  ideaId: string;
  body: string;
  author: string;
  createdAt?: string;
}

export interface SeedFeedback {
  id: string;
  subject: string;
  variant?: FeedbackVariant;
  rating: number;
  reason?: string | null;
  comment?: string | null;
  anonymous?: boolean;
  author: string;
  createdAt?: string;
  state?: FeedbackState;
  response?: { body: string; by: string; at?: string } | null;
}
