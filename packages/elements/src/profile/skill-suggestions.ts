import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { skillKey, type PeopleArea, type SkillSummary } from '@confab/core';

/** How long typing pauses before suggestions are asked for. */
const DEBOUNCE_MS = 150;
const LIMIT = 8;

/**
 * The "Add skill" combobox's state: the text typed, suggestions from the vocabulary
 * (`listSkills`, debounced, the previous request aborted), which one is active, and the
 * canonical name for a text (so "k8s" is added as "Kubernetes" once that alias is known).
 *
 * @example
 * ```ts
 * private readonly suggest = new SkillSuggestions(this, () => this.backend && area(this.backend, 'people'));
 * ```
 */
export class SkillSuggestions implements ReactiveController {
  text = '';
  items: SkillSummary[] = [];
  /** The index of the active suggestion, or -1. */
  active = -1;
  open = false;
  private timer = 0;
  private controller?: AbortController;

  constructor(private readonly host: ReactiveControllerHost, private readonly people: () => PeopleArea | undefined,
    private readonly listed: () => string[]) {
    host.addController(this);
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    clearTimeout(this.timer);
    this.controller?.abort();
  }

  /** The text changed: ask for suggestions after a pause. */
  input(text: string): void {
    this.text = text;
    this.active = -1;
    clearTimeout(this.timer);
    if (!text.trim()) {
      this.close();
      return;
    }
    this.timer = window.setTimeout(() => void this.fetch(text), DEBOUNCE_MS);
    this.host.requestUpdate();
  }

  /** Moves the active suggestion by `step`, opening the list. */
  move(step: number): void {
    if (!this.items.length) return;
    this.open = true;
    this.active = (this.active + step + this.items.length) % this.items.length;
    this.host.requestUpdate();
  }

  close(): void {
    this.open = false;
    this.active = -1;
    this.host.requestUpdate();
  }

  /** Empties the box after a skill was added. */
  reset(): void {
    clearTimeout(this.timer);
    this.controller?.abort();
    this.text = '';
    this.items = [];
    this.close();
  }

  /**
   * The skill to add for `text`: a suggestion whose name or alias is `text` (ignoring case, spacing
   * and Unicode form), asking the vocabulary when the suggestions shown do not tell; else `text`.
   */
  async resolve(text: string): Promise<string> {
    const key = skillKey(text);
    const match = (list: SkillSummary[]) => list.find((s) => skillKey(s.name) === key || s.aliases.some((a) => skillKey(a) === key));
    const shown = match(this.items);
    if (shown) return shown.name;
    const people = this.people();
    if (!people) return text;
    try {
      return match(await people.listSkills({ query: text, limit: LIMIT }))?.name ?? text;
    } catch {
      return text; // the vocabulary could not be asked: the backend resolves aliases when saving anyway
    }
  }

  private async fetch(text: string): Promise<void> {
    const people = this.people();
    if (!people) return;
    this.controller?.abort();
    const controller = (this.controller = new AbortController());
    try {
      const found = await people.listSkills({ query: text, limit: LIMIT }, { signal: controller.signal });
      if (controller.signal.aborted || text !== this.text) return;
      const listed = new Set(this.listed().map(skillKey));
      this.items = found.filter((s) => !listed.has(skillKey(s.name)));
      this.open = this.items.length > 0;
      this.active = -1;
      this.host.requestUpdate();
    } catch (error) {
      if (!controller.signal.aborted) console.warn('[confab] <confab-profile> could not load skill suggestions.', error);
    }
  }
}
