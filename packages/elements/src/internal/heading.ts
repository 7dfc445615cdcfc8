import { nothing, type TemplateResult } from 'lit';
import { html, unsafeStatic } from 'lit/static-html.js';
import { ifDefined } from 'lit/directives/if-defined.js';

/** Attributes a heading may carry. */
export interface HeadingAttrs {
  id?: string;
  part?: string;
  class?: string;
  dir?: string;
  tabindex?: number;
}

const TAGS = [1, 2, 3, 4, 5, 6].map((n) => unsafeStatic(`h${n}`));

/**
 * A heading of the given level (1–6; the widget's `level(depth)`), so that no widget hard-codes
 * `h2`/`h3`. Style headings by class or part, not by tag: the tag follows `heading-level`.
 *
 * @example
 * ```ts
 * heading(this.level(), html`${s.heading}`, { id: 'title', part: 'heading' })
 * ```
 */
export function heading(level: number, content: unknown, attrs: HeadingAttrs = {}): TemplateResult {
  const tag = TAGS[Math.min(6, Math.max(1, Math.round(level))) - 1];
  return html`<${tag} id=${ifDefined(attrs.id)} part=${ifDefined(attrs.part)} class=${ifDefined(attrs.class)} dir=${ifDefined(attrs.dir)}
    tabindex=${attrs.tabindex ?? nothing}>${content}</${tag}>`;
}
