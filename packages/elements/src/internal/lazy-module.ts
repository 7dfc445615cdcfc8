import type { ReactiveControllerHost } from 'lit';

/**
 * Code a widget loads when it is first needed (an admin's form, a card on intent), so that a page
 * pays for it only then. `load()` imports it once, and again after a failure (logged; it
 * resolves undefined); `code` is the module once loaded, when the host's update is requested.
 * While a load is under way, the host's `getUpdateComplete` waits for it (`whenLoaded`).
 *
 * @example
 * ```ts
 * private readonly cardCode = new LazyModule(this, () => import('./profile-card.js'), 'the profile card of <confab-expert-badge>');
 * protected override async getUpdateComplete() { return this.cardCode.whenLoaded(await super.getUpdateComplete(), () => super.getUpdateComplete()); }
 * ```
 */
export class LazyModule<M> {
  code?: M;
  private loading?: Promise<M | undefined>;

  constructor(private readonly host: ReactiveControllerHost, private readonly importer: () => Promise<M>, private readonly what: string) {}

  load(): Promise<M | undefined> {
    return (this.loading ??= this.importer().then(
      (code) => {
        this.code = code;
        this.host.requestUpdate();
        return code;
      },
      (error: unknown) => {
        this.loading = undefined; // tried again on the next call
        console.warn(`[confab] could not load ${this.what}:`, error);
        return undefined;
      },
    ));
  }

  /** `done` (the host's update result) at once, or, while a load is under way, the update after it (`again`). */
  async whenLoaded(done: boolean, again: () => Promise<boolean>): Promise<boolean> {
    if (this.code || !this.loading) return done;
    await this.loading;
    return again();
  }
}
