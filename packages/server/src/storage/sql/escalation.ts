/** Escalation state in SQL (migration 8): when a routed question was last escalated, and which ideas' owners were reminded. */
import type { Id } from '@confab/core';
import type { EscalationRepository } from '@confab/core/domain';
import type { SqlContext } from './context.js';

/** The escalation tables of one unit of work. */
export class SqlEscalation implements EscalationRepository {
  constructor(private readonly ctx: SqlContext) {}

  async dueQuestions(before: string, limit: number): Promise<Id[]> {
    const rows = await this.ctx.db.selectFrom('questions as q').select('q.id')
      .where('q.answer_count', '=', 0).where('q.accepted_answer_id', 'is', null).where('q.created_at', '<=', before)
      .where(({ exists, selectFrom }) => exists(selectFrom('question_routes as r').select('r.question_id').whereRef('r.question_id', '=', 'q.id')))
      .where(({ not, exists, selectFrom }) => not(exists(selectFrom('question_escalations as e').select('e.question_id')
        .whereRef('e.question_id', '=', 'q.id').where('e.escalated_at', '>', before))))
      .orderBy('q.seq').limit(limit).execute();
    return rows.map((r) => r.id);
  }

  async claimQuestion(questionId: Id, before: string, at: string): Promise<boolean> {
    // A concurrent claim waits on the row and then finds it escalated after `before`: nothing is updated.
    const result = await this.ctx.db.insertInto('question_escalations').values({ question_id: questionId, escalated_at: at, times: 1 })
      .onConflict((oc) => oc.column('question_id').doUpdateSet((eb) => ({ escalated_at: at, times: eb('question_escalations.times', '+', 1) }))
        .where('question_escalations.escalated_at', '<=', before))
      .executeTakeFirst();
    return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
  }

  async dueIdeas(campaignId: Id, before: string, limit: number): Promise<Id[]> {
    const rows = await this.ctx.db.selectFrom('ideas as i').select('i.id')
      .where('i.campaign_id', '=', campaignId).where('i.status', '=', 'new').where('i.created_at', '<=', before)
      .where(({ not, exists, selectFrom }) => not(exists(selectFrom('idea_review_reminders as m').select('m.idea_id').whereRef('m.idea_id', '=', 'i.id'))))
      .orderBy('i.seq').limit(limit).execute();
    return rows.map((r) => r.id);
  }

  async claimIdea(ideaId: Id, at: string): Promise<boolean> {
    const result = await this.ctx.db.insertInto('idea_review_reminders').values({ idea_id: ideaId, reminded_at: at })
      .onConflict((oc) => oc.column('idea_id').doNothing()).executeTakeFirst();
    return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
  }
}
