/**
 * Hot statements built and compiled once per dialect (and per list length), then run with new
 * values. Kysely builds and compiles every query anew, 5–30 µs each, and a vote runs about ten;
 * the query is still written once, in Kysely, for both databases. better-sqlite3 then finds the
 * same SQL text in the statement cache (`sqlite.ts`), so nothing is parsed again either.
 *
 * @example
 * ```ts
 * const byId = statement((db, $) => db.selectFrom('people').selectAll().where('id', '=', $(0)));
 * const [row] = await byId.rows(ctx, [id]);
 * const tags = statement((db, $) => db.selectFrom('question_tags').select(['item_id', 'tag']).where('item_id', 'in', $.list(0)));
 * await tags.rows(ctx, [ids]); // one compiled form per number of ids
 * // A list read whose clauses depend on its filters: one compiled form per shape.
 * const list = shapedStatement((db, $, _dialect, s: { byAuthor: boolean }) => {
 *   const q = db.selectFrom('ideas').selectAll().limit($(0));
 *   return s.byAuthor ? q.where('author_id', '=', $(1)) : q;
 * });
 * await list.rows(ctx, [20, authorId], { byAuthor: true });
 * ```
 */
import { CompiledQuery, type Compilable, type QueryResult } from 'kysely';
import type { SqlDialect } from './dialect.js';
import type { Executor } from './schema.js';

/** Where a statement runs: the executor and its dialect's name (a `SqlContext` will do). */
export interface StatementTarget {
  db: Executor;
  dialect: SqlDialect;
}

/** A placeholder for the value at `index` (and `item` of a list) among a run's arguments. */
class Slot {
  constructor(readonly index: number, readonly item: number | null) {}
}

/** Placeholders handed to the builder: `$(i)` for a value, `$.list(i)` for a list of values (`IN`). */
export interface Slots {
  (index: number): never;
  list(index: number): never[];
}

/** Most compiled forms kept per statement (list lengths vary). */
const MAX_FORMS = 200;

/** Builds a statement from placeholders; `shape` holds the choices that change its clauses (none for `statement`). */
type Build<R, S> = (db: Executor, $: Slots, dialect: SqlDialect, shape: S) => Compilable<R>;

/** A statement whose compiled SQL is kept; run it with `rows` (reads, RETURNING) or `run` (writes). */
export class Statement<R, S = void> {
  private readonly forms = new Map<string, CompiledQuery<R>>();

  /** `shapeKey` names a shape's form; null: a form not worth keeping (built, run and dropped). */
  constructor(private readonly build: Build<R, S>, private readonly shapeKey: (shape: S) => string | null = () => '') {}

  private compiled(ctx: StatementTarget, args: readonly unknown[], shape: S): CompiledQuery<R> {
    const named = this.shapeKey(shape);
    let key = `${ctx.dialect.name}:${named}`;
    for (const a of args) key += Array.isArray(a) ? `,${a.length}` : ',';
    let form = named === null ? undefined : this.forms.get(key);
    if (!form) {
      const $ = ((index: number) => new Slot(index, null)) as unknown as Slots;
      $.list = (index: number) => (args[index] as unknown[]).map((_, item) => new Slot(index, item)) as never[];
      form = this.build(ctx.db, $, ctx.dialect, shape).compile();
      if (named !== null) {
        if (this.forms.size >= MAX_FORMS) this.forms.clear();
        this.forms.set(key, form);
      }
    }
    const parameters = form.parameters.map((p) => (p instanceof Slot ? (p.item === null ? args[p.index] : (args[p.index] as unknown[])[p.item]) : p));
    return CompiledQuery.raw(form.sql, parameters) as CompiledQuery<R>;
  }

  /** Runs it and returns the whole result (rows, affected rows). */
  execute(ctx: StatementTarget, args: readonly unknown[], shape: S): Promise<QueryResult<R>> {
    return ctx.db.executeQuery(this.compiled(ctx, args, shape));
  }

  /** Runs it and returns its rows. */
  async rows(ctx: StatementTarget, args: readonly unknown[], shape: S): Promise<R[]> {
    return (await this.execute(ctx, args, shape)).rows;
  }

  /** Runs a write and returns how many rows it changed. */
  async run(ctx: StatementTarget, args: readonly unknown[], shape: S): Promise<number> {
    return Number((await this.execute(ctx, args, shape)).numAffectedRows ?? 0);
  }
}

/** A statement built once per dialect and list length (see the module's example). */
export function statement<R>(build: (db: Executor, $: Slots, dialect: SqlDialect) => Compilable<R>): Statement<R> {
  return new Statement(build);
}

/**
 * A statement whose clauses depend on a few choices besides its values (which filters a list
 * read has): built once per shape (a plain object, named by its JSON), dialect and list length,
 * unless `kept` says that shape is not worth keeping (a text search's words). See the module's example.
 */
export function shapedStatement<S, R>(build: Build<R, S>, kept: (shape: S) => boolean = () => true): Statement<R, S> {
  return new Statement(build, (shape) => (kept(shape) ? JSON.stringify(shape) : null));
}
