import { ValidationError } from '../errors.js';
import { LIMITS } from '../limits.js';
import { skillKey, skillName } from '../skills.js';

/** How a text field is checked: its label in messages, its size limit and whether it may be empty. */
export interface TextRule {
  label: string;
  max: number;
  required?: boolean;
}

/**
 * Collects field messages for one input and throws them together as a `ValidationError`.
 *
 * @example
 * ```ts
 * const v = new Validator();
 * const title = v.text('title', input.title, { label: 'Title', max: LIMITS.title, required: true });
 * v.done(); // throws { title: 'Title is required' } for a blank title
 * ```
 */
export class Validator {
  readonly fields: Record<string, string> = {};

  /** Records a message for a field (the first one wins). */
  fail(field: string, message: string): void {
    this.fields[field] ??= message;
  }

  /** The trimmed text, or '' when absent; records a message when it breaks the rule. */
  text(field: string, value: unknown, rule: TextRule): string {
    if (value === undefined || value === null) value = '';
    if (typeof value !== 'string') {
      this.fail(field, `${rule.label} must be text`);
      return '';
    }
    const text = value.trim();
    if (text.includes('\u0000')) this.fail(field, `${rule.label} must not contain NUL characters`);
    else if (rule.required && text === '') this.fail(field, `${rule.label} is required`);
    else if (text.length > rule.max) this.fail(field, `${rule.label} must be at most ${rule.max} characters`);
    return text;
  }

  /** Tags as `skillName` writes them, de-duplicated by `skillKey` (case, spacing, Unicode form), non-empty, within the limits. */
  tags(field: string, value: unknown): string[] {
    if (value === undefined || value === null) return [];
    if (!Array.isArray(value) || value.some((t) => typeof t !== 'string')) {
      this.fail(field, 'Tags must be a list of words');
      return [];
    }
    const seen = new Set<string>();
    const tags: string[] = [];
    for (const raw of value as string[]) {
      const tag = skillName(raw);
      if (tag === '' || seen.has(skillKey(tag))) continue;
      seen.add(skillKey(tag));
      tags.push(tag);
    }
    if (tags.length > LIMITS.tags) this.fail(field, `At most ${LIMITS.tags} tags`);
    else if (tags.some((t) => t.includes('\u0000'))) this.fail(field, 'Tags must not contain NUL characters');
    else if (tags.some((t) => t.length > LIMITS.tag)) this.fail(field, `Each tag must be at most ${LIMITS.tag} characters`);
    return tags;
  }

  /** Throws the collected messages, if any. */
  done(): void {
    if (Object.keys(this.fields).length > 0) throw new ValidationError({ ...this.fields });
  }
}
