import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import type { ZodType, ZodTypeDef } from 'zod';
import {
  assignmentFrontMatter, courseFrontMatter, lessonFrontMatter, quizSchema,
  type AssignmentFrontMatter, type CourseFrontMatter, type LessonFrontMatter, type QuizContent,
} from './course-content.schema';

export interface LoadedLesson extends LessonFrontMatter {
  position: number;
  bodyMd: string;
}
export interface LoadedAssignment extends AssignmentFrontMatter {
  instructionsMd: string;
}
export interface LoadedCourse {
  meta: CourseFrontMatter;
  folder: string;
  introMd: string;
  lessons: LoadedLesson[];
  quizzes: QuizContent[];
  assignments: LoadedAssignment[];
  /** SHA-256 over every file of the course: a change anywhere makes a new version. */
  contentHash: string;
}

/** Every problem found, each naming the file (relative to the content folder) and the field. */
export class CourseContentError extends Error {
  constructor(public readonly problems: string[]) {
    super(`Contenido de cursos no válido / invalid course content:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'CourseContentError';
  }
}

const FOLDER = /^(\d{2})-([a-z0-9]+(?:-[a-z0-9]+)*)$/;
const LESSON_FILE = /^(\d{2})-([a-z0-9]+(?:-[a-z0-9]+)*)\.md$/;
const CITATION = /\[fuente:\s*([a-z0-9-]+)\s*\]/g;

function splitFrontMatter(text: string): { yaml: string; body: string } | undefined {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
  return m ? { yaml: m[1], body: m[2] } : undefined;
}

/** Loads every course under `root`, validating all of it; throws one error listing every problem. */
export function loadCourses(root: string): LoadedCourse[] {
  const problems: string[] = [];
  const courses: LoadedCourse[] = [];
  if (!existsSync(root)) throw new CourseContentError([`${root}: la carpeta de cursos no existe / the courses folder does not exist`]);
  const rel = (p: string) => relative(root, p);

  function parse<T>(file: string, raw: unknown, schema: ZodType<T, ZodTypeDef, unknown>): T | undefined {
    const result = schema.safeParse(raw);
    if (result.success) return result.data;
    for (const issue of result.error.issues) problems.push(`${rel(file)}: ${issue.path.join('.') || '(raíz)'}: ${issue.message}`);
    return undefined;
  }

  function readYaml(file: string, text: string): unknown {
    try {
      return parseYaml(text);
    } catch (e) {
      const where = e instanceof YAMLParseError && e.linePos ? ` (línea ${e.linePos[0].line})` : '';
      problems.push(`${rel(file)}${where}: YAML no válido / invalid YAML: ${(e as Error).message.split('\n')[0]}`);
      return undefined;
    }
  }

  function readMarkdown<T>(file: string, schema: ZodType<T, ZodTypeDef, unknown>): { data: T; body: string } | undefined {
    const split = splitFrontMatter(readFileSync(file, 'utf8'));
    if (!split) {
      problems.push(`${rel(file)}: falta el bloque --- de front-matter / missing front-matter`);
      return undefined;
    }
    const data = parse(file, readYaml(file, split.yaml), schema);
    if (!split.body.trim()) problems.push(`${rel(file)}: cuerpo vacío / empty body`);
    return data ? { data, body: split.body.trim() } : undefined;
  }

  for (const folder of readdirSync(root).sort()) {
    const dir = join(root, folder);
    if (!statSync(dir).isDirectory()) continue;
    const fm = FOLDER.exec(folder);
    if (!fm) {
      problems.push(`${folder}: el nombre de carpeta debe ser NN-slug / folder name must be NN-slug`);
      continue;
    }
    const hash = createHash('sha256');
    const files: string[] = [];
    const walk = (d: string) => {
      for (const e of readdirSync(d).sort()) {
        const p = join(d, e);
        if (statSync(p).isDirectory()) walk(p);
        else files.push(p);
      }
    };
    walk(dir);
    for (const f of files) hash.update(rel(f)).update('\0').update(readFileSync(f)).update('\0');

    const courseFile = join(dir, 'course.md');
    if (!existsSync(courseFile)) {
      problems.push(`${rel(courseFile)}: falta / missing`);
      continue;
    }
    const course = readMarkdown(courseFile, courseFrontMatter);
    if (!course) continue;
    const meta = course.data;
    if (meta.slug !== fm[2]) problems.push(`${rel(courseFile)}: slug: debe ser "${fm[2]}" como la carpeta / must match the folder`);
    if (meta.order !== Number(fm[1])) problems.push(`${rel(courseFile)}: order: debe ser ${Number(fm[1])} como la carpeta / must match the folder`);
    if (meta.outcomes.es.length !== meta.outcomes.en.length) problems.push(`${rel(courseFile)}: outcomes: es y en deben tener el mismo número / es and en must have the same count`);
    const sourceIds = new Set<string>();
    meta.sources.forEach((s, i) => {
      if (sourceIds.has(s.id)) problems.push(`${rel(courseFile)}: sources.${i}.id: "${s.id}" repetido / duplicated`);
      sourceIds.add(s.id);
    });
    const checkCitations = (file: string, body: string) => {
      for (const m of body.matchAll(CITATION)) {
        if (!sourceIds.has(m[1])) {
          const line = body.slice(0, m.index).split('\n').length;
          problems.push(`${rel(file)} (línea ${line}): [fuente: ${m[1]}] no está declarada en course.md sources / is not declared`);
        }
      }
    };
    checkCitations(courseFile, course.body);

    const lessons: LoadedLesson[] = [];
    const lessonDir = join(dir, 'lessons');
    for (const file of existsSync(lessonDir) ? readdirSync(lessonDir).sort() : []) {
      const path = join(lessonDir, file);
      const lm = LESSON_FILE.exec(file);
      if (!lm) {
        problems.push(`${rel(path)}: el nombre debe ser NN-slug.md / file name must be NN-slug.md`);
        continue;
      }
      const lesson = readMarkdown(path, lessonFrontMatter);
      if (!lesson) continue;
      if (lesson.data.slug !== lm[2]) problems.push(`${rel(path)}: slug: debe ser "${lm[2]}" como el archivo / must match the file name`);
      if (lessons.some((l) => l.slug === lesson.data.slug)) problems.push(`${rel(path)}: slug: "${lesson.data.slug}" repetido / duplicated`);
      checkCitations(path, lesson.body);
      lessons.push({ ...lesson.data, position: lessons.length + 1, bodyMd: lesson.body });
    }
    if (lessons.length === 0) problems.push(`${rel(dir)}/lessons: el curso no tiene lecciones / the course has no lessons`);

    const quizzes: QuizContent[] = [];
    const quizDir = join(dir, 'quizzes');
    for (const file of existsSync(quizDir) ? readdirSync(quizDir).sort() : []) {
      const path = join(quizDir, file);
      if (!file.endsWith('.yaml')) {
        problems.push(`${rel(path)}: los cuestionarios son archivos .yaml / quizzes are .yaml files`);
        continue;
      }
      const quiz = parse(path, readYaml(path, readFileSync(path, 'utf8')), quizSchema);
      if (!quiz) continue;
      if (quiz.slug !== basename(file, '.yaml')) problems.push(`${rel(path)}: slug: debe ser "${basename(file, '.yaml')}" como el archivo / must match the file name`);
      const ids = new Set<string>();
      quiz.questions.forEach((q, i) => {
        const at = `${rel(path)}: questions.${i}`;
        if (ids.has(q.id)) problems.push(`${at}.id: "${q.id}" repetido / duplicated`);
        ids.add(q.id);
        const optionIds = new Set(q.options.map((o) => o.id));
        if (optionIds.size !== q.options.length) problems.push(`${at}.options: ids repetidos / duplicated ids`);
        for (const c of q.correct) if (!optionIds.has(c)) problems.push(`${at}.correct: "${c}" no es una opción / is not an option`);
        if (q.type === 'single' && q.correct.length !== 1) problems.push(`${at}.correct: una pregunta single tiene exactamente 1 respuesta / a single question has exactly 1 answer`);
        checkCitations(path, q.explanation);
      });
      quizzes.push(quiz);
    }

    const assignments: LoadedAssignment[] = [];
    const assignmentDir = join(dir, 'assignments');
    for (const file of existsSync(assignmentDir) ? readdirSync(assignmentDir).sort() : []) {
      const path = join(assignmentDir, file);
      const a = readMarkdown(path, assignmentFrontMatter);
      if (!a) continue;
      if (a.data.slug !== basename(file, '.md')) problems.push(`${rel(path)}: slug: debe ser "${basename(file, '.md')}" como el archivo / must match the file name`);
      checkCitations(path, a.body);
      assignments.push({ ...a.data, instructionsMd: a.body });
    }

    const c = meta.completion;
    if (c.requiredLessons !== 'all') {
      for (const s of c.requiredLessons) if (!lessons.some((l) => l.slug === s)) problems.push(`${rel(courseFile)}: completion.requiredLessons: "${s}" no existe / does not exist`);
    }
    for (const s of c.quizzes) if (!quizzes.some((q) => q.slug === s)) problems.push(`${rel(courseFile)}: completion.quizzes: "${s}" no existe / does not exist`);
    for (const s of c.assignments) if (!assignments.some((a) => a.slug === s)) problems.push(`${rel(courseFile)}: completion.assignments: "${s}" no existe / does not exist`);
    courses.push({ meta, folder, introMd: course.body, lessons, quizzes, assignments, contentHash: hash.digest('hex') });
  }
  const slugs = new Set<string>();
  for (const c of courses) {
    if (slugs.has(c.meta.slug)) problems.push(`${c.folder}/course.md: slug: "${c.meta.slug}" repetido en otro curso / used by another course`);
    slugs.add(c.meta.slug);
  }
  if (problems.length) throw new CourseContentError(problems);
  return courses;
}
