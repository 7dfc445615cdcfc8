/** A tiny SSE reader for tests: collects `data:` frames of a stream until told to stop. */
import type { ChangeEvent } from '@confab/core';

/** An open stream and the events read so far. */
export interface SseReader {
  events: ChangeEvent[];
  /** Named events (`event: reset`), in order. */
  named: string[];
  /** The last `id:` the stream sent (what a reconnect sends as Last-Event-ID). */
  lastId(): string | null;
  /** Resolves when at least `n` events were read (fails after `timeoutMs`). */
  waitFor(n: number, timeoutMs?: number): Promise<ChangeEvent[]>;
  close(): void;
}

/** Opens `url` as an event stream with extra headers. */
export async function readSse(url: string, headers: Record<string, string> = {}): Promise<SseReader> {
  const controller = new AbortController();
  const res = await fetch(url, { headers: { accept: 'text/event-stream', ...headers }, signal: controller.signal });
  if (!res.ok || !res.body) throw new Error(`SSE status ${res.status}`);
  const events: ChangeEvent[] = [];
  const named: string[] = [];
  let lastId: string | null = null;
  const waiters: (() => void)[] = [];
  const decoder = new TextDecoder();
  let buffer = '';
  const reader = res.body.getReader();
  void (async () => {
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        buffer += decoder.decode(value, { stream: true });
        let cut: number;
        while ((cut = buffer.indexOf('\n\n')) >= 0) {
          const frame = buffer.slice(0, cut);
          buffer = buffer.slice(cut + 2);
          const lines = frame.split('\n');
          const id = lines.find((l) => l.startsWith('id: '));
          if (id) lastId = id.slice(4);
          const name = lines.find((l) => l.startsWith('event: '));
          const data = lines.filter((l) => l.startsWith('data: ')).map((l) => l.slice(6)).join('\n');
          if (name) named.push(name.slice(7));
          else if (data) events.push(JSON.parse(data) as ChangeEvent);
        }
        for (const w of waiters.splice(0)) w();
      }
    } catch (error) {
      if (!controller.signal.aborted) throw error;
    }
  })();
  return {
    events, named, lastId: () => lastId,
    async waitFor(n, timeoutMs = 3000) {
      const deadline = Date.now() + timeoutMs;
      while (events.length < n) {
        if (Date.now() > deadline) throw new Error(`only ${events.length} of ${n} events within ${timeoutMs} ms`);
        await new Promise<void>((resolve) => { waiters.push(resolve); setTimeout(resolve, 50); });
      }
      return events;
    },
    close: () => controller.abort(),
  };
}
