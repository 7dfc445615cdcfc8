/** Escalation state in memory (issue 15c): when each routed question was last escalated, and which ideas' owners were reminded. */
import type { EscalationRepository } from '../domain/escalation.js';
import type { Store } from './store.js';

interface EscalationState {
  /** Question id → when it was last escalated (ISO). */
  escalated: Map<string, string>;
  /** Ideas whose owners were reminded. */
  reminded: Set<string>;
}

const states = new WeakMap<Store, EscalationState>();

function stateOf(store: Store): EscalationState {
  let state = states.get(store);
  if (!state) states.set(store, state = { escalated: new Map(), reminded: new Set() });
  return state;
}

/** The escalation repository over `store`. */
export function escalation(store: Store): EscalationRepository {
  const state = stateOf(store);
  return {
    async dueQuestions(before, limit) {
      return [...store.questions.values()]
        .filter((q) => q.routedTo.length > 0 && !q.acceptedAnswerId && (store.answerCounts.get(q.id) ?? 0) === 0 && q.createdAt <= before)
        .filter((q) => { const last = state.escalated.get(q.id); return last === undefined || last <= before; })
        .sort((a, b) => a.seq - b.seq).slice(0, limit).map((q) => q.id);
    },
    async claimQuestion(questionId, before, at) {
      const last = state.escalated.get(questionId);
      if (last !== undefined && last > before) return false;
      state.escalated.set(questionId, at);
      return true;
    },
    async dueIdeas(campaignId, before, limit) {
      return [...store.ideas.values()]
        .filter((i) => i.campaignId === campaignId && i.status === 'new' && i.createdAt <= before && !state.reminded.has(i.id))
        .sort((a, b) => a.seq - b.seq).slice(0, limit).map((i) => i.id);
    },
    async claimIdea(ideaId) {
      if (state.reminded.has(ideaId)) return false;
      state.reminded.add(ideaId);
      return true;
    },
  };
}
