import type { QuizQuestion } from '../courses/course-content.schema';

export type Answers = Record<string, string[]>;

export interface AnswerProblem {
  field: string;
  rule: 'isDefined' | 'unknownQuestion' | 'unknownOption' | 'singleChoice' | 'arrayMinSize';
}

/**
 * Checks answers against the quiz itself (not only their shape): every question answered, no question of
 * another quiz, only this question's options, one option for a single-choice question.
 */
export function checkAnswers(questions: QuizQuestion[], answers: Answers): AnswerProblem[] {
  const problems: AnswerProblem[] = [];
  const byId = new Map(questions.map((q) => [q.id, q]));
  for (const id of Object.keys(answers)) {
    if (!byId.has(id)) problems.push({ field: `answers.${id}`, rule: 'unknownQuestion' });
  }
  for (const q of questions) {
    const chosen = answers[q.id];
    const field = `answers.${q.id}`;
    if (chosen === undefined) {
      problems.push({ field, rule: 'isDefined' });
      continue;
    }
    if (chosen.length === 0) problems.push({ field, rule: 'arrayMinSize' });
    else if (q.type === 'single' && chosen.length > 1) problems.push({ field, rule: 'singleChoice' });
    const options = new Set(q.options.map((o) => o.id));
    if (chosen.some((c) => !options.has(c))) problems.push({ field, rule: 'unknownOption' });
  }
  return problems;
}

export interface Scored {
  correctCount: number;
  questionCount: number;
  score: number;
  passed: boolean;
  /** Per question: was it answered fully right (all the right options and no wrong one)? */
  results: { id: string; correct: boolean }[];
}

/** Scores answers that passed `checkAnswers`. A question counts only when exactly its right options are chosen. */
export function scoreQuiz(questions: QuizQuestion[], answers: Answers, passMark: number): Scored {
  const results = questions.map((q) => {
    const chosen = new Set(answers[q.id] ?? []);
    const right = new Set(q.correct);
    const correct = chosen.size === right.size && [...right].every((r) => chosen.has(r));
    return { id: q.id, correct };
  });
  const correctCount = results.filter((r) => r.correct).length;
  const questionCount = questions.length;
  // Compare in integers: 7 of 10 right passes a 70 % mark exactly, with no rounding either way.
  const passed = correctCount * 100 >= passMark * questionCount;
  return { correctCount, questionCount, score: Math.floor((correctCount * 100) / questionCount), passed, results };
}
