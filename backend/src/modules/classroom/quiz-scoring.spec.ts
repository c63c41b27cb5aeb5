import type { QuizQuestion } from '../courses/course-content.schema';
import { checkAnswers, scoreQuiz } from './quiz-scoring';

const questions: QuizQuestion[] = [
  { id: 'q1', type: 'single', prompt: '2 + 2', options: [{ id: 'a', text: '3' }, { id: 'b', text: '4' }], correct: ['b'], explanation: '.' },
  { id: 'q2', type: 'multiple', prompt: 'pares', options: [{ id: 'a', text: '2' }, { id: 'b', text: '3' }, { id: 'c', text: '4' }], correct: ['a', 'c'], explanation: '.' },
  { id: 'q3', type: 'single', prompt: 'x', options: [{ id: 'a', text: 'sí' }, { id: 'b', text: 'no' }], correct: ['a'], explanation: '.' },
];

describe('checkAnswers', () => {
  it('accepts one answer per question with known options', () => {
    expect(checkAnswers(questions, { q1: ['b'], q2: ['a', 'c'], q3: ['b'] })).toEqual([]);
  });

  it('names missing questions, questions of another quiz, unknown options and two choices for a single question', () => {
    expect(checkAnswers(questions, { q1: ['a', 'b'], q2: ['z'], otra: ['a'] })).toEqual([
      { field: 'answers.otra', rule: 'unknownQuestion' },
      { field: 'answers.q1', rule: 'singleChoice' },
      { field: 'answers.q2', rule: 'unknownOption' },
      { field: 'answers.q3', rule: 'isDefined' },
    ]);
    expect(checkAnswers(questions, { q1: [], q2: ['a'], q3: ['a'] })).toEqual([{ field: 'answers.q1', rule: 'arrayMinSize' }]);
  });
});

describe('scoreQuiz', () => {
  it('counts a multiple-choice question only when exactly its right options are chosen', () => {
    const partial = scoreQuiz(questions, { q1: ['b'], q2: ['a'], q3: ['a'] }, 70);
    expect(partial.results).toEqual([{ id: 'q1', correct: true }, { id: 'q2', correct: false }, { id: 'q3', correct: true }]);
    expect(partial).toMatchObject({ correctCount: 2, questionCount: 3, score: 66, passed: false });
    const extra = scoreQuiz(questions, { q1: ['b'], q2: ['a', 'b', 'c'], q3: ['a'] }, 70);
    expect(extra.results[1].correct).toBe(false);
  });

  it('passes exactly at the mark, without rounding up', () => {
    expect(scoreQuiz(questions, { q1: ['b'], q2: ['a', 'c'], q3: ['b'] }, 66).passed).toBe(true);
    expect(scoreQuiz(questions, { q1: ['b'], q2: ['a', 'c'], q3: ['b'] }, 67).passed).toBe(false);
    expect(scoreQuiz(questions, { q1: ['b'], q2: ['c', 'a'], q3: ['a'] }, 100)).toMatchObject({ score: 100, passed: true });
  });
});
