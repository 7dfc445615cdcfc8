/**
 * Remembers the language of each person's sign-in (their `Accept-Language` when the widgets
 * load the current user, `GET /me`), for their mail. Written only when it changed.
 */
import type { ServerStore } from '../storage/store.js';
import { pickLanguage } from './templates/index.js';

/** Per store (one per server), what was last written for each person. */
const written = new WeakMap<ServerStore, Map<string, string>>();
const MAX_SEEN = 10_000;

/** Records `header`'s best language for `personId` unless this process already did. Never throws. */
export function noteSignInLanguage(store: ServerStore, personId: string, header: string | undefined, onError: (error: Error) => void): void {
  if (!header) return;
  const lang = pickLanguage(header);
  let seen = written.get(store);
  if (!seen) written.set(store, seen = new Map());
  if (seen.get(personId) === lang) return;
  if (seen.size >= MAX_SEEN) seen.clear();
  seen.set(personId, lang);
  store.mail.noteLocale(personId, lang).catch((error: Error) => {
    seen?.delete(personId);
    onError(error);
  });
}
