import type { CourseFrontMatter } from '../courses/course-content.schema';

export interface CompletionInput {
  rule: CourseFrontMatter['completion'];
  lessons: { slug: string; required: boolean }[];
  lessonsDone: ReadonlySet<string>;
  quizzesPassed: ReadonlySet<string>;
  assignmentsPassed: ReadonlySet<string>;
  /** Live sessions held while the learner had a place, and how many of them they attended. */
  attendance: { held: number; attended: number };
}

export interface CompletionState {
  /** Required lessons done, as a whole percent (rounded down, so 100 only when all are done). */
  percent: number;
  requiredLessons: string[];
  lessonsDone: number;
  missingLessons: string[];
  missingQuizzes: string[];
  missingAssignments: string[];
  /** Percent of held sessions attended; null when no session has been held yet. */
  attendancePercent: number | null;
  attendanceMet: boolean;
  complete: boolean;
}

/** The lessons that count for completion: the course's list, or every lesson marked required. */
export function requiredLessonSlugs(rule: CompletionInput['rule'], lessons: CompletionInput['lessons']): string[] {
  if (rule.requiredLessons === 'all') return lessons.filter((l) => l.required).map((l) => l.slug);
  const known = new Set(lessons.map((l) => l.slug));
  return rule.requiredLessons.filter((s) => known.has(s));
}

/**
 * Whether an enrolment meets its course's completion rule: required lessons done, listed quizzes and
 * assignments passed, and, when the course sets a threshold, enough of the held sessions attended. A course
 * that asks for attendance cannot be completed before at least one session has been held (completion is
 * for good, so it must not happen before there was anything to attend).
 */
export function evaluateCompletion(input: CompletionInput): CompletionState {
  const required = requiredLessonSlugs(input.rule, input.lessons);
  const missingLessons = required.filter((s) => !input.lessonsDone.has(s));
  const lessonsDone = required.length - missingLessons.length;
  const percent = required.length === 0 ? 100 : Math.floor((lessonsDone * 100) / required.length);
  const missingQuizzes = input.rule.quizzes.filter((s) => !input.quizzesPassed.has(s));
  const missingAssignments = input.rule.assignments.filter((s) => !input.assignmentsPassed.has(s));
  const { held, attended } = input.attendance;
  const attendancePercent = held === 0 ? null : Math.floor((attended * 100) / held);
  const threshold = input.rule.attendancePercent ?? 0;
  const attendanceMet = threshold === 0 || (held > 0 && attended * 100 >= threshold * held);
  return {
    percent,
    requiredLessons: required,
    lessonsDone,
    missingLessons,
    missingQuizzes,
    missingAssignments,
    attendancePercent,
    attendanceMet,
    complete: missingLessons.length === 0 && missingQuizzes.length === 0 && missingAssignments.length === 0 && attendanceMet,
  };
}
