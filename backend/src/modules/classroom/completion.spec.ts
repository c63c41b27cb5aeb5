import { evaluateCompletion, type CompletionInput } from './completion';

const base: CompletionInput = {
  rule: { requiredLessons: 'all', quizzes: ['quiz'], assignments: ['tarea'], attendancePercent: 0 },
  lessons: [
    { slug: 'uno', required: true },
    { slug: 'dos', required: true },
    { slug: 'extra', required: false },
  ],
  lessonsDone: new Set(),
  quizzesPassed: new Set(),
  assignmentsPassed: new Set(),
  attendance: { held: 0, attended: 0 },
};

describe('evaluateCompletion', () => {
  it('counts only required lessons towards progress', () => {
    const s = evaluateCompletion({ ...base, lessonsDone: new Set(['uno', 'extra']) });
    expect(s).toMatchObject({ percent: 50, lessonsDone: 1, missingLessons: ['dos'], complete: false });
  });

  it('completes only with every required lesson, quiz and assignment', () => {
    const done = { ...base, lessonsDone: new Set(['uno', 'dos']), quizzesPassed: new Set(['quiz']), assignmentsPassed: new Set(['tarea']) };
    expect(evaluateCompletion(done)).toMatchObject({ percent: 100, complete: true, missingQuizzes: [], missingAssignments: [] });
    expect(evaluateCompletion({ ...done, quizzesPassed: new Set() })).toMatchObject({ complete: false, missingQuizzes: ['quiz'] });
    expect(evaluateCompletion({ ...done, assignmentsPassed: new Set() })).toMatchObject({ complete: false, missingAssignments: ['tarea'] });
  });

  it('follows a list of required lessons when the course gives one', () => {
    const s = evaluateCompletion({ ...base, rule: { ...base.rule, requiredLessons: ['extra'] }, lessonsDone: new Set(['uno']) });
    expect(s).toMatchObject({ requiredLessons: ['extra'], percent: 0, missingLessons: ['extra'] });
  });

  it('applies an attendance threshold to the sessions held so far, and never before one is held', () => {
    const done = { ...base, rule: { ...base.rule, attendancePercent: 75 }, lessonsDone: new Set(['uno', 'dos']), quizzesPassed: new Set(['quiz']), assignmentsPassed: new Set(['tarea']) };
    expect(evaluateCompletion({ ...done, attendance: { held: 4, attended: 2 } })).toMatchObject({ attendancePercent: 50, attendanceMet: false, complete: false });
    expect(evaluateCompletion({ ...done, attendance: { held: 4, attended: 3 } })).toMatchObject({ attendancePercent: 75, attendanceMet: true, complete: true });
    // Nothing held yet: not complete, since completion cannot be taken back later.
    expect(evaluateCompletion({ ...done, attendance: { held: 0, attended: 0 } })).toMatchObject({ attendancePercent: null, attendanceMet: false, complete: false });
    expect(evaluateCompletion({ ...done, rule: { ...done.rule, attendancePercent: 0 }, attendance: { held: 0, attended: 0 } })).toMatchObject({ attendanceMet: true, complete: true });
  });
});
