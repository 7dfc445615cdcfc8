/** In-process fan-out of stored change events to connected SSE streams. */
import type { ChangeEvent } from '@confab/core';

/** One connected stream: the scopes it follows and how to deliver to it. */
export interface HubClient {
  scopes: Set<string>;
  send(event: ChangeEvent): void;
}

/** Delivers each new event to every client following any of its scopes. */
export class EventHub {
  private readonly clients = new Set<HubClient>();

  /** Adds a client; returns the function that removes it. */
  add(client: HubClient): () => void {
    this.clients.add(client);
    return () => { this.clients.delete(client); };
  }

  /** How many streams are connected. */
  get size(): number {
    return this.clients.size;
  }

  /** Sends events (already stored, in id order) to interested clients. */
  publish(events: ChangeEvent[]): void {
    for (const event of events) {
      for (const client of this.clients) {
        if (event.scopes.some((s) => client.scopes.has(s))) client.send(event);
      }
    }
  }
}
