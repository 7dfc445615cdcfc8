/** The adapter contract test-kit against RestAdapter on a real server with a temporary SQLite file. */
import { describe, it } from 'node:test';
import { EventSource } from 'eventsource';
import { RestAdapter } from '@confab/core';
import { runAdapterContract } from '@confab/core/test-kit';
import { startServer } from './helpers.js';

runAdapterContract('RestAdapter', async (seed) => {
  const t = await startServer({ seed, rateLimit: { max: 10_000, windowMs: 1000 } });
  const adapters = new Map<string, RestAdapter>();
  return {
    as(userId) {
      const key = userId ?? 'anonymous';
      let adapter = adapters.get(key);
      if (!adapter) {
        adapter = new RestAdapter({
          endpoint: t.api, headers: { 'x-confab-dev-user': key }, storage: null, attempts: 1,
          EventSource: EventSource as unknown as typeof globalThis.EventSource,
        });
        adapters.set(key, adapter);
      }
      return adapter;
    },
    async close() {
      for (const a of adapters.values()) a.close();
      await t.destroy();
    },
  };
}, { describe, it });
