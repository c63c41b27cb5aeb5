import { z } from 'zod';

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'debe tener solo minúsculas, números y guiones / lowercase letters, digits and hyphens only');
const text = (max: number) => z.string().trim().min(1).max(max);
const bilingual = (max: number) => z.object({ es: text(max), en: text(max) }).strict();

export const sourceSchema = z
  .object({ id: slug, title: text(300), url: z.string().url(), year: z.number().int().min(1900).max(2100).optional() })
  .strict();

export const courseFrontMatter = z
  .object({
    slug,
    order: z.number().int().min(1).max(999),
    title: bilingual(120),
    summary: bilingual(400),
    level: z.enum(['beginner', 'intermediate', 'advanced']),
    hours: z.number().positive().max(200),
    audience: bilingual(400),
    outcomes: z.object({ es: z.array(text(300)).min(3).max(8), en: z.array(text(300)).min(3).max(8) }).strict(),
    completion: z
      .object({
        requiredLessons: z.union([z.literal('all'), z.array(slug).min(1)]),
        quizzes: z.array(slug),
        assignments: z.array(slug),
        attendancePercent: z.number().int().min(0).max(100).default(0),
      })
      .strict(),
    sources: z.array(sourceSchema).min(1),
    /** Law-comparison topics (legal-docs/<slug>.md) this course relates to. */
    legalTopics: z.array(slug).max(6).default([]),
  })
  .strict();

export const lessonFrontMatter = z
  .object({ slug, title: text(160), minutes: z.number().int().min(5).max(120), required: z.boolean() })
  .strict();

export const quizSchema = z
  .object({
    slug,
    title: text(160),
    passMark: z.number().int().min(1).max(100),
    maxAttempts: z.number().int().min(1).max(10),
    questions: z
      .array(
        z
          .object({
            id: z.string().regex(/^[a-z0-9_-]+$/i).max(40),
            type: z.enum(['single', 'multiple']),
            prompt: text(1000),
            options: z.array(z.object({ id: z.string().regex(/^[a-z0-9_-]+$/i).max(40), text: text(500) }).strict()).min(2).max(6),
            correct: z.array(z.string()).min(1),
            explanation: text(1500),
          })
          .strict(),
      )
      .min(1),
  })
  .strict();

export const assignmentFrontMatter = z.object({ slug, title: text(160), grading: text(2000) }).strict();

export type CourseFrontMatter = z.infer<typeof courseFrontMatter>;
export type LessonFrontMatter = z.infer<typeof lessonFrontMatter>;
export type QuizContent = z.infer<typeof quizSchema>;
export type QuizQuestion = QuizContent['questions'][number];
export type AssignmentFrontMatter = z.infer<typeof assignmentFrontMatter>;
export type CourseSource = z.infer<typeof sourceSchema>;
