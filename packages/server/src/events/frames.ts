/**
 * The SSE frame of an event as one reader may see it, made once per distinct view: the feed
 * hands the same stored event to every stream, and most readers see the same thing (a vote
 * reaches 2,000 readers as two views: the voter's and everyone else's). What a reader may see is
 * still decided for each reader by core's `visibleEvent`; only the serialising is shared, between
 * views whose properties are the very same values (compared one level into objects, by identity
 * below that; stored events are never changed).
 */
import type { ChangeEvent, User } from '@confab/core';
import { visibleEvent, type StoredEvent } from '@confab/core/domain';

/** Views kept per event; past that, more views are serialised each time. */
const MAX_VIEWS = 8;

interface View {
  view: ChangeEvent;
  frame: Buffer;
}

const views = new WeakMap<StoredEvent, View[]>();

const isPlain = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The same keys in the same order with identical values (`deep`: one more level of plain objects). */
function same(a: Record<string, unknown>, b: Record<string, unknown>, deep: boolean): boolean {
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  for (let i = 0; i < ka.length; i++) {
    const k = ka[i] as string;
    if (k !== kb[i]) return false;
    const x = a[k];
    const y = b[k];
    if (x !== y && !(deep && isPlain(x) && isPlain(y) && same(x, y, false))) return false;
  }
  return true;
}

/** `id: …\ndata: <the event as `reader` may see it>\n\n`, as bytes. */
export function eventFrame(event: StoredEvent, reader: User | null): Buffer {
  const view = visibleEvent(event, reader);
  let list = views.get(event);
  if (list) for (const v of list) if (same(v.view as unknown as Record<string, unknown>, view as unknown as Record<string, unknown>, true)) return v.frame;
  const frame = Buffer.from(`id: ${event.id}\ndata: ${JSON.stringify(view)}\n\n`);
  if (!list) views.set(event, (list = []));
  if (list.length < MAX_VIEWS) list.push({ view, frame });
  return frame;
}
