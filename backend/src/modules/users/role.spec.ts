import { isRole, normaliseRoles } from './role';

describe('roles', () => {
  it('always keeps learner and removes duplicates, in canonical order', () => {
    expect(normaliseRoles(['admin', 'trainer', 'admin'])).toEqual(['learner', 'trainer', 'admin']);
    expect(normaliseRoles([])).toEqual(['learner']);
  });
  it('recognises only known roles', () => {
    expect(isRole('editor')).toBe(true);
    expect(isRole('root')).toBe(false);
    expect(isRole(3)).toBe(false);
  });
});
