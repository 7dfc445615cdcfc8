/**
 * Batches person look-ups: every `getPerson` call made in the same tick (before a zero-delay
 * timer fires) shares one `GET /people?ids=a,b,…` request (at most 100 ids per request).
 */
import { NotFoundError } from '../errors.js';
import type { Person } from '../types.js';

interface Waiter {
  resolve(person: Person): void;
  reject(error: unknown): void;
  signal?: AbortSignal;
}

const MAX_IDS = 100;

/** Collects ids and resolves each caller from one batched request. */
export class PeopleBatcher {
  private pending = new Map<string, Waiter[]>();
  private timer: ReturnType<typeof setTimeout> | null = null;

  /** `load(ids)` fetches many people; unknown ids are left out of its result. */
  constructor(private readonly load: (ids: string[]) => Promise<Person[]>) {}

  /** One person, fetched together with the other ids asked for in this tick. */
  get(id: string, signal?: AbortSignal): Promise<Person> {
    return new Promise<Person>((resolve, reject) => {
      if (signal?.aborted) return reject(new DOMException('The operation was aborted.', 'AbortError'));
      const waiter: Waiter = { resolve, reject, signal };
      signal?.addEventListener('abort', () => reject(new DOMException('The operation was aborted.', 'AbortError')), { once: true });
      const list = this.pending.get(id) ?? [];
      list.push(waiter);
      this.pending.set(id, list);
      this.timer ??= setTimeout(() => this.flush(), 0);
    });
  }

  private flush(): void {
    this.timer = null;
    const batch = this.pending;
    this.pending = new Map();
    const ids = [...batch.keys()].filter((id) => batch.get(id)?.some((w) => !w.signal?.aborted));
    for (let i = 0; i < ids.length; i += MAX_IDS) {
      const chunk = ids.slice(i, i + MAX_IDS);
      this.load(chunk).then((people) => {
        const byId = new Map(people.map((p) => [p.id, p]));
        for (const id of chunk) {
          const person = byId.get(id);
          for (const w of batch.get(id) ?? []) {
            if (person) w.resolve(structuredClone(person));
            else w.reject(new NotFoundError('This person does not exist'));
          }
        }
      }, (error: unknown) => {
        for (const id of chunk) for (const w of batch.get(id) ?? []) w.reject(error);
      });
    }
  }
}
