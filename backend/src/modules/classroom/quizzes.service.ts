import { EntityManager } from '@mikro-orm/postgresql';
import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../config/config';
import { NotificationsService } from '../notifications/notifications.service';
import { AppException, ValidationFailedException } from '../../common/http/app-exception';
import { CourseQuiz } from '../courses/course.entity';
import type { QuizQuestion } from '../courses/course-content.schema';
import type { User } from '../users/user.entity';
import { canManage, ClassroomAccess, classContext } from './classroom-access.service';
import { CompletionService } from './completion.service';
import { Enrolment, MEMBER_STATUSES } from './enrolment.entity';
import { progressResponse } from './enrolments.service';
import { QuizAttempt } from './learning.entities';
import type { AttemptResult, QuestionReview, QuizAllowance, QuizResponse } from './learning.dto';
import { checkAnswers, scoreQuiz, type Answers } from './quiz-scoring';

/** The shape of `answers` beyond "an object": each value a short list of short strings. */
function checkShape(raw: Record<string, unknown>): Answers {
  const problems: { field: string; rule: string; args: unknown[] }[] = [];
  const keys = Object.keys(raw);
  if (keys.length > 200) problems.push({ field: 'answers', rule: 'arrayMaxSize', args: [200] });
  for (const k of keys.slice(0, 200)) {
    const v = raw[k];
    if (!Array.isArray(v) || v.some((x) => typeof x !== 'string' || x.length > 40) || v.length > 10) problems.push({ field: `answers.${k.slice(0, 40)}`, rule: 'isArray', args: [] });
  }
  if (problems.length) throw new ValidationFailedException(problems);
  return raw as Answers;
}

/**
 * The right options, and the explanations (which often name them), are shown only once they can no longer
 * help game the quiz: after passing, or with no attempts left. Until then the learner sees which questions
 * were right, and the explanation of those only.
 */
function review(questions: QuizQuestion[], answers: Answers, results: { id: string; correct: boolean }[], reveal: boolean): QuestionReview[] {
  const scored = new Map(results.map((r) => [r.id, r.correct]));
  // Questions the attempt did not have (the quiz changed since) are left out of its review.
  return questions
    .filter((q) => scored.has(q.id))
    .map((q) => {
      const correct = scored.get(q.id)!;
      return { id: q.id, correct, chosen: answers[q.id] ?? [], correctOptions: reveal ? q.correct : null, explanation: reveal || correct ? q.explanation : null };
    });
}

/** Quizzes inside a class: questions without answers, attempts scored on the server, limited attempts. */
@Injectable()
export class QuizzesService {
  constructor(
    private readonly em: EntityManager,
    private readonly access: ClassroomAccess,
    private readonly completion: CompletionService,
    private readonly notifications: NotificationsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private async quiz(em: EntityManager, courseId: string, slug: string): Promise<CourseQuiz> {
    const quiz = await em.findOne(CourseQuiz, { course: courseId, slug, retiredAt: null }, { populate: ['questions'] });
    if (!quiz) throw new AppException(HttpStatus.NOT_FOUND, 'quizzes.not_found');
    return quiz;
  }

  async view(actor: User, classId: string, slug: string): Promise<QuizResponse> {
    const { courseClass, enrolment, manager } = await this.access.read(actor, classId);
    const quiz = await this.quiz(this.em, courseClass.course.id, slug);
    const attempts = enrolment ? await this.em.find(QuizAttempt, { enrolment, quiz }, { orderBy: { number: 'asc' } }) : [];
    const passed = attempts.some((a) => a.passed);
    const allowed = quiz.maxAttempts + (enrolment?.extraAttempts[quiz.slug] ?? 0);
    const attemptsLeft = Math.max(0, allowed - attempts.length);
    const last = attempts.at(-1);
    let lastReview: QuestionReview[] | null = null;
    if (last) {
      const results = last.results ?? scoreQuiz(quiz.questions, last.answers, quiz.passMark).results;
      lastReview = review(quiz.questions, last.answers, results, passed || attemptsLeft === 0);
    }
    return {
      class: classContext(courseClass, manager),
      slug: quiz.slug,
      title: quiz.title,
      passMark: quiz.passMark,
      maxAttempts: allowed,
      questions: quiz.questions.map((q) => ({ id: q.id, type: q.type, prompt: q.prompt, options: q.options.map((o) => ({ id: o.id, text: o.text })) })),
      attempts: attempts.map((a) => ({ number: a.number, score: a.score, passed: a.passed, createdAt: a.createdAt.toISOString() })),
      attemptsLeft,
      passed,
      lastReview,
      canAttempt: enrolment !== null && !passed && attemptsLeft > 0,
    };
  }

  async attempt(actor: User, classId: string, slug: string, rawAnswers: Record<string, unknown>): Promise<AttemptResult> {
    const answers = checkShape(rawAnswers);
    const { enrolment: own } = await this.access.participate(actor, classId);
    const { result, completed } = await this.em.transactional(async (em) => {
      // One attempt at a time per learner: two quick submissions cannot both take the last attempt.
      const e = await this.access.lock(em, own.id);
      // Completed learners may still take quizzes the course does not require (completion stays as it is).
      if (!MEMBER_STATUSES.includes(e.status)) throw new AppException(HttpStatus.CONFLICT, 'enrolments.not_active');
      const quiz = await this.quiz(em, e.courseClass.course.id, slug);
      const problems = checkAnswers(quiz.questions, answers);
      if (problems.length) throw new ValidationFailedException(problems.map((p) => ({ ...p, args: [] })));
      const previous = await em.find(QuizAttempt, { enrolment: e, quiz }, { fields: ['number', 'passed'] });
      if (previous.some((a) => a.passed)) throw new AppException(HttpStatus.CONFLICT, 'quizzes.already_passed');
      const allowed = quiz.maxAttempts + (e.extraAttempts[quiz.slug] ?? 0);
      if (previous.length >= allowed) throw new AppException(HttpStatus.CONFLICT, 'quizzes.no_attempts_left', { max: allowed });
      const scored = scoreQuiz(quiz.questions, answers, quiz.passMark);
      const stored: Answers = Object.fromEntries(quiz.questions.map((q) => [q.id, [...new Set(answers[q.id])]]));
      const attempt = em.create(QuizAttempt, {
        enrolment: e,
        quiz,
        number: previous.length + 1,
        answers: stored,
        results: scored.results,
        correctCount: scored.correctCount,
        questionCount: scored.questionCount,
        score: scored.score,
        passed: scored.passed,
      });
      await em.flush();
      const check = await this.completion.check(em, e);
      const attemptsLeft = allowed - attempt.number;
      return {
        result: {
          number: attempt.number,
          score: attempt.score,
          passed: attempt.passed,
          correctCount: attempt.correctCount,
          questionCount: attempt.questionCount,
          attemptsLeft,
          createdAt: attempt.createdAt.toISOString(),
          review: review(quiz.questions, stored, scored.results, scored.passed || attemptsLeft === 0),
          progress: progressResponse(e, check.state),
        },
        completed: check.completed,
      };
    });
    await this.completion.publish(completed);
    return result;
  }

  /**
   * The class's trainer (or an admin) gives a learner one more attempt at a quiz, for someone who ran out
   * of attempts without passing (otherwise they could never complete the class). The learner is emailed.
   */
  async grantAttempt(actor: User, enrolmentId: string, slug: string): Promise<QuizAllowance> {
    const found = await this.em.findOne(Enrolment, { id: enrolmentId }, { populate: ['courseClass', 'courseClass.trainer'] });
    if (!found) throw new AppException(HttpStatus.NOT_FOUND, 'enrolments.not_found');
    if (!canManage(actor, found.courseClass)) throw new AppException(HttpStatus.FORBIDDEN, 'classes.not_yours');
    const { allowance, learner, classTitle, quizTitle } = await this.em.transactional(async (em) => {
      const e = await this.access.lock(em, enrolmentId);
      if (!MEMBER_STATUSES.includes(e.status)) throw new AppException(HttpStatus.CONFLICT, 'enrolments.not_active');
      const quiz = await em.findOne(CourseQuiz, { course: e.courseClass.course, slug, retiredAt: null });
      if (!quiz) throw new AppException(HttpStatus.NOT_FOUND, 'quizzes.not_found');
      e.extraAttempts = { ...e.extraAttempts, [slug]: (e.extraAttempts[slug] ?? 0) + 1 };
      await em.flush();
      const used = await em.count(QuizAttempt, { enrolment: e, quiz });
      const allowed = quiz.maxAttempts + e.extraAttempts[slug];
      return { allowance: { quizSlug: slug, maxAttempts: allowed, attemptsUsed: used, attemptsLeft: Math.max(0, allowed - used) }, learner: e.user, classTitle: e.courseClass.title, quizTitle: quiz.title };
    });
    const path = `/clases/${found.courseClass.id}/cuestionarios/${slug}`;
    await this.notifications.notify(learner.id, 'grade', { classTitle, itemTitle: quizTitle, kind: 'extra_attempt', passed: false }, path, {
      mail: { name: 'extra_attempt', params: { displayName: learner.displayName, classTitle, quizTitle, link: `${this.config.publicUrl}${path}` } },
    });
    return allowance;
  }
}
