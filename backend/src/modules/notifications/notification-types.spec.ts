import { DEFAULT_MODES, NOTIFICATION_TYPES, plainParam, renderNotification, TYPE_LABELS } from './notification-types';

describe('notification texts', () => {
  it('has a title in both languages and a label for every type', () => {
    const params = { questionTitle: 'Q', byCounsellor: false, fromName: 'Ana', classTitle: 'C', itemTitle: 'I', kind: 'quiz', passed: true, title: 'T', change: 'active', courseTitle: 'K' };
    for (const type of NOTIFICATION_TYPES) {
      for (const locale of ['es', 'en'] as const) {
        expect(renderNotification(type, params, locale).title.length).toBeGreaterThan(3);
        expect(TYPE_LABELS[type][locale].length).toBeGreaterThan(3);
      }
      expect(DEFAULT_MODES[type]).toBe('immediately');
    }
  });

  it('says each enrolment change in words, and an unknown one as a plain place', () => {
    expect(renderNotification('enrolment', { classTitle: 'Plan', change: 'promoted' }, 'es').title).toBe('Tienes plaza en «Plan»');
    expect(renderNotification('enrolment', { classTitle: 'Plan', change: 'removed' }, 'en').title).toBe('You are no longer in the class "Plan"');
    expect(renderNotification('enrolment', { classTitle: 'Plan', change: 'bogus' }, 'es').title).toBe('Ya estás en la clase «Plan»');
  });

  it('keeps params plain: no control characters, folded spaces, 200 characters at most', () => {
    expect(plainParam('a\u0000b\n\tc   d')).toBe('a b c d');
    expect(plainParam('x'.repeat(500))).toHaveLength(200);
    expect(plainParam(3)).toBe(3);
    expect(plainParam(true)).toBe(true);
    expect(plainParam({ toString: () => 'evil' })).toBe('');
  });
});
