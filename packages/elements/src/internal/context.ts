import { createContext } from '@lit/context';
import type { Adapter } from '@confab/core';

/**
 * The adapter every widget talks to, provided by `<confab-provider>`. Keyed with
 * `Symbol.for` so that two copies of this package on one page still meet.
 *
 * @example
 * ```ts
 * new ContextConsumer(this, { context: adapterContext, subscribe: true, callback: (a) => use(a) });
 * ```
 */
export const adapterContext = createContext<Adapter | undefined>(Symbol.for('confab.adapter'));
