/** Lazily loaded areas of `RestAdapter` (see `lazyArea`). */
import { UnavailableError } from '../errors.js';
import { browserOffline } from './problem.js';

/**
 * An area of `RestAdapter` whose code loads with its first call: the object exists at once and
 * every method name on it is a function (widgets call `adapter.questions.listQuestions(…)` as
 * usual), which awaits the area's module and calls through. A page pays only for the areas its
 * widgets use. A failed load rejects the call with an `UnavailableError` (as an unreachable server
 * does) and is tried again with the next call. The methods are not enumerable
 * (the object is a `Proxy`), and `then` is left undefined, so the area is not taken for a promise.
 *
 * @example
 * ```ts
 * readonly questions = lazyArea<QuestionsArea>(() => import('./questions.js').then((m) => m.questionsArea(t)));
 * ```
 */
export function lazyArea<A extends object>(load: () => Promise<A>): A {
  let loaded: Promise<A> | undefined;
  const methods = new Map<string, (...args: unknown[]) => Promise<unknown>>();
  const method = (key: string) => async (...args: unknown[]) => {
    loaded ??= load().catch((error: unknown) => {
      loaded = undefined;
      throw new UnavailableError(browserOffline() ? 'You are offline' : 'The server cannot be reached', browserOffline(), { cause: error });
    });
    return ((await loaded) as Record<string, (...a: unknown[]) => unknown>)[key]!(...args);
  };
  return new Proxy({} as A, {
    get: (_, key) => {
      if (typeof key !== 'string' || key === 'then') return undefined;
      if (!methods.has(key)) methods.set(key, method(key));
      return methods.get(key);
    },
  });
}
