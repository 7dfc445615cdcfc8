import { LIMITS, skillKey, type Availability, type Person, type ProfileInput } from '@confab/core';
import type { ProfileStrings } from './profile.strings.js';

/** What the editor holds: every field as text, skills in order. */
export interface ProfileForm {
  name: string;
  title: string;
  department: string;
  location: string;
  about: string;
  availability: Availability;
  /** `YYYY-MM-DD`, or '' for none. */
  availabilityUntil: string;
  skills: string[];
}

/** The form showing a stored person. */
export function formOf(person: Person): ProfileForm {
  return {
    name: person.name, title: person.title ?? '', department: person.department ?? '', location: person.location ?? '',
    about: person.about ?? '', availability: person.availability, availabilityUntil: (person.availabilityUntil ?? '').slice(0, 10),
    skills: person.skills.map((s) => s.name),
  };
}

/** The fields of `form` that differ from `stored`, as a profile change (only an admin's form sends the name). */
export function changes(form: ProfileForm, stored: ProfileForm, canRename: boolean): ProfileInput {
  const out: ProfileInput = {};
  if (canRename && form.name.trim() !== stored.name) out.name = form.name;
  for (const key of ['title', 'department', 'location', 'about'] as const) if (form[key].trim() !== stored[key]) out[key] = form[key];
  if (form.availability !== stored.availability) out.availability = form.availability;
  if (form.availabilityUntil !== stored.availabilityUntil) out.availabilityUntil = form.availabilityUntil || null;
  if (form.skills.join('\n') !== stored.skills.join('\n')) out.skills = [...form.skills];
  return out;
}

/** Whether the form holds anything not stored. */
export function isDirty(form: ProfileForm, stored: ProfileForm): boolean {
  return Object.keys(changes(form, stored, true)).length > 0;
}

/** The person as the form would store them, for an optimistic view (skills keep their endorsements). */
export function applied(person: Person, form: ProfileForm): Person {
  const byKey = new Map(person.skills.map((s) => [skillKey(s.name), s]));
  const next: Person = {
    ...person, name: form.name.trim() || person.name, availability: form.availability,
    skills: form.skills.map((name) => byKey.get(skillKey(name)) ?? { name, endorsements: 0, endorsedByMe: false }),
  };
  for (const key of ['title', 'department', 'location', 'about'] as const) {
    const value = form[key].trim();
    if (value) next[key] = value;
    else delete next[key];
  }
  if (form.availabilityUntil) next.availabilityUntil = form.availabilityUntil;
  else delete next.availabilityUntil;
  return next;
}

/** Messages for fields the backend would refuse, checked before sending. */
export function checkForm(form: ProfileForm, s: ProfileStrings, tooLong: (max: number, length: number) => string, canRename: boolean): Record<string, string> {
  const errors: Record<string, string> = {};
  if (canRename && !form.name.trim()) errors.name = s.nameRequired;
  else if (form.name.trim().length > LIMITS.name) errors.name = tooLong(LIMITS.name, form.name.trim().length);
  for (const key of ['title', 'department', 'location'] as const) {
    const n = form[key].trim().length;
    if (n > LIMITS.profileField) errors[key] = tooLong(LIMITS.profileField, n);
  }
  if (form.about.trim().length > LIMITS.about) errors.about = tooLong(LIMITS.about, form.about.trim().length);
  return errors;
}

/** Reads a draft saved as JSON; null when it is missing or not a form. */
export function parseDraft(text: string): ProfileForm | null {
  if (!text) return null;
  try {
    const value = JSON.parse(text) as Partial<ProfileForm>;
    const strings = ['name', 'title', 'department', 'location', 'about', 'availability', 'availabilityUntil'] as const;
    if (!value || strings.some((k) => typeof value[k] !== 'string') || !Array.isArray(value.skills) || value.skills.some((x) => typeof x !== 'string')) return null;
    return value as ProfileForm;
  } catch {
    return null;
  }
}
