/**
 * The rules of roles: who sees a person's roles, who may change them, and the last admin.
 * Roles the identity provider sends at sign-in win over these (see `PeopleRepository.provision`).
 */
import { ConflictError, NotFoundError, ValidationError } from '../errors.js';
import { personScopes } from '../scopes.js';
import { ROLES, type Id, type Person, type Role, type User } from '../types.js';
import { isAdmin, requireAdmin, type WriteCtx } from './context.js';

/**
 * A list of roles as stored: known roles only, each once, in `ROLES` order, `member` always
 * first. Throws a `ValidationError` (field `roles`) for anything else.
 *
 * @example
 * ```ts
 * normaliseRoles(['admin']); // ['member', 'admin']
 * ```
 */
export function normaliseRoles(roles: unknown): Role[] {
  if (!Array.isArray(roles) || roles.length > ROLES.length * 2 || !roles.every((r) => ROLES.includes(r as Role))) {
    throw new ValidationError({ roles: `Roles are a list of ${ROLES.join(', ')}` });
  }
  return ROLES.filter((role) => role === 'member' || roles.includes(role));
}

/** Whether `reader` may see `personId`'s roles: admins, and the person themselves. */
export function maySeeRoles(reader: User | null, personId: Id): boolean {
  return reader !== null && (reader.id === personId || isAdmin(reader));
}

/** A person as `reader` may see them: roles (and where they come from) only for admins and the person. */
export function personFor<P extends Person | null | undefined>(person: P, reader: User | null): P {
  if (!person || maySeeRoles(reader, person.id) || (person.roles === undefined && person.rolesSource === undefined)) return person;
  const { roles: _roles, rolesSource: _source, ...rest } = person;
  return rest as P;
}

/**
 * Sets a person's roles (admins only; `member` is always kept) with source `admin`. Demoting the
 * last active admin is a `ConflictError`. Emits `person.updated` when the roles change.
 */
export async function setRoles(ctx: WriteCtx, personId: Id, roles: Role[]): Promise<Person> {
  requireAdmin(ctx.user, 'change roles');
  const next = normaliseRoles(roles);
  const stored = typeof personId === 'string' ? await ctx.repos.people.user(personId) : null;
  const [before] = stored ? await ctx.repos.people.get([personId], ctx.user.id) : [];
  if (!stored || !before) throw new NotFoundError('This person does not exist');
  if (stored.roles.includes('admin') && !next.includes('admin')) {
    const others = (await ctx.repos.people.adminIds()).filter((id) => id !== personId);
    if (others.length === 0) throw new ConflictError(`${before.name} is the last admin: make someone else an admin first`);
  }
  const same = stored.roles.length === next.length && next.every((r) => stored.roles.includes(r));
  if (same) return before;
  await ctx.repos.people.setRoles(personId, next, 'admin');
  // Issue 13: every role change is in the audit log.
  await ctx.repos.moderation.audit({
    actorId: ctx.user.id, action: 'roles', target: null, personId, reason: null, details: { roles: next, previous: stored.roles }, at: new Date().toISOString(),
  });
  const [view] = await ctx.repos.people.get([personId], ctx.user.id);
  ctx.emit('person.updated', personScopes(personId), view as Person);
  return view as Person;
}

/** The people a search or suggestion may list, as `reader` may see them: deactivated people are left out. */
export function listedPeople(people: Person[], reader: User | null): Person[] {
  return people.filter((p) => !p.deactivated).map((p) => personFor(p, reader));
}
