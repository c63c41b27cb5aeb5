import type { components } from '$lib/api/schema';

export type Role = components['schemas']['UserResponse']['roles'][number];

/** Every role, in the order the admin screen lists them. `learner` is always kept by the API. */
export const ROLES: readonly Role[] = ['learner', 'trainer', 'advocate', 'counsellor', 'editor', 'moderator', 'admin'];

export function isRole(value: unknown): value is Role {
	return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}
