import type { User } from '../users/user.entity';
import type { Campaign } from './advocacy.entities';

/** Who may change a campaign, its briefs and sends: its owner, its co-advocates (with the advocate role) and admins. */
export function canEditCampaign(user: User | undefined, c: Campaign): boolean {
  if (!user) return false;
  if (user.roles.includes('admin')) return true;
  if (!user.roles.includes('advocate')) return false;
  if (c.owner.id === user.id) return true;
  return c.coAdvocates.isInitialized() && c.coAdvocates.getItems().some((u) => u.id === user.id);
}

/** Who may change who runs it: the owner and admins. */
export function canManageTeam(user: User, c: Campaign): boolean {
  return user.roles.includes('admin') || (user.roles.includes('advocate') && c.owner.id === user.id);
}

/** URL-safe slug from a title: "Citas de extranjería ya" → "citas-de-extranjeria-ya". */
export function slugify(title: string): string {
  const s = title
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 70)
    .replace(/-+$/, '');
  return s && s !== 'mine' ? s : 'campana';
}
