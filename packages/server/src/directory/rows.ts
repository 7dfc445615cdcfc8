/**
 * One row of a directory file (`import-people`), checked: the fields the directory may set, each
 * within core's limits. A field the file does not have (no such column, or a JSON key left out) is
 * `undefined` and keeps what is stored; an empty one is `null` and clears it. Skills are added to a
 * person's own skills, never removed (people keep their own profile).
 */
import { LIMITS, skillKey, skillName } from '@confab/core';

/** The fields of a directory file, in the order a CSV header usually has them. */
export const DIRECTORY_FIELDS = ['id', 'name', 'email', 'title', 'department', 'location', 'manager', 'skills'] as const;
export type DirectoryField = (typeof DIRECTORY_FIELDS)[number];

/** A skill as stored: its name and `skillKey`. */
export interface DirectorySkill { name: string; key: string }

/** A checked row. */
export interface DirectoryRow {
  id: string;
  name: string;
  email?: string | null;
  title?: string | null;
  department?: string | null;
  location?: string | null;
  /** The manager's person id. */
  manager?: string | null;
  /** Skills to add, each once, aliases resolved to their canonical skill. */
  skills?: DirectorySkill[];
}

/** Resolves a skill's key to its canonical skill (aliases from the skill vocabulary), or undefined when it is no alias. */
export type SkillResolver = (key: string) => DirectorySkill | undefined;

const EMAIL = /^[^\s@]+@[^\s@]+$/;
const MAX_EMAIL = 254;

/** Text of one field: undefined when absent, null when empty, else trimmed text; anything but text is an error. */
function text(raw: Record<string, unknown>, field: DirectoryField, max: number): string | null | undefined {
  if (!(field in raw)) return undefined;
  const value = raw[field];
  if (value === null || value === undefined) return null;
  if (typeof value !== 'string') throw new RowError(`${field} must be text`);
  const t = value.trim();
  if (t === '') return null;
  if (t.length > max) throw new RowError(`${field} is longer than ${max} characters`);
  if (t.includes('\u0000')) throw new RowError(`${field} contains a NUL character`);
  return t;
}

/** Why a row was rejected. */
export class RowError extends Error {}

/**
 * One skill through the vocabulary's spelling rules (`skillName`/`skillKey` of `@confab/core`)
 * and its aliases: the one place the import turns a typed skill into a stored one.
 */
export function normaliseSkill(typed: string, resolve: SkillResolver): DirectorySkill {
  const name = skillName(typed);
  const key = skillKey(name);
  return resolve(key) ?? { name, key };
}

/** Skills from a field: `a; b` in CSV, a list or such a string in JSON; blank ones skipped, each key once. */
function skillsOf(raw: Record<string, unknown>, resolve: SkillResolver): DirectorySkill[] | undefined {
  if (!('skills' in raw)) return undefined;
  const value = raw.skills;
  if (value === null || value === undefined) return [];
  const list = typeof value === 'string' ? value.split(';') : Array.isArray(value) ? value : null;
  if (!list || !list.every((s) => typeof s === 'string')) throw new RowError('skills must be text separated by ";" (or a list of texts in JSON)');
  const out = new Map<string, DirectorySkill>();
  for (const typed of list as string[]) {
    if (typed.trim() === '') continue;
    if (typed.includes('\u0000')) throw new RowError('skills contain a NUL character');
    const skill = normaliseSkill(typed, resolve);
    if (skill.name.length > LIMITS.tag) throw new RowError(`the skill "${skill.name.slice(0, 60)}" is longer than ${LIMITS.tag} characters`);
    if (!out.has(skill.key)) out.set(skill.key, skill);
  }
  if (out.size > LIMITS.skills) throw new RowError(`at most ${LIMITS.skills} skills, not ${out.size}`);
  return [...out.values()];
}

/** Checks one raw row (field → value); throws a `RowError` saying what is wrong. */
export function checkRow(raw: Record<string, unknown>, resolve: SkillResolver): DirectoryRow {
  const id = text(raw, 'id', LIMITS.id);
  if (!id) throw new RowError('id is required');
  const name = text(raw, 'name', LIMITS.name);
  if (!name) throw new RowError('name is required');
  const row: DirectoryRow = { id, name };
  const email = text(raw, 'email', MAX_EMAIL);
  if (email && !EMAIL.test(email)) throw new RowError(`email "${email.slice(0, 60)}" is not an email address`);
  if (email !== undefined) row.email = email;
  for (const field of ['title', 'department', 'location'] as const) {
    const value = text(raw, field, LIMITS.profileField);
    if (value !== undefined) row[field] = value;
  }
  const manager = text(raw, 'manager', LIMITS.id);
  if (manager !== undefined) row.manager = manager;
  const skills = skillsOf(raw, resolve);
  if (skills !== undefined) row.skills = skills;
  return row;
}
