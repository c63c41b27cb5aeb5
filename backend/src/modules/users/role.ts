/** Every role in Puente. Everyone is a learner; the rest are granted by an admin. */
export const ROLES = ['learner', 'trainer', 'advocate', 'counsellor', 'editor', 'moderator', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** Normalises a role list: known roles only, no duplicates, always including learner, in canonical order. */
export function normaliseRoles(roles: readonly string[]): Role[] {
  const set = new Set<string>(['learner', ...roles]);
  return ROLES.filter((r) => set.has(r));
}
