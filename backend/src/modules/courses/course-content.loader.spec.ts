import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CourseContentError, loadCourses } from './course-content.loader';
import { writeFixtureCourse } from './testing/course-fixture';

describe('course content loader', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'puente-courses-'));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  function problems(): string[] {
    try {
      loadCourses(root);
    } catch (e) {
      if (e instanceof CourseContentError) return e.problems;
      throw e;
    }
    return [];
  }

  it('loads a valid course with its lessons in order, quiz and assignment', () => {
    writeFixtureCourse(root);
    const [course] = loadCourses(root);
    expect(course.meta.slug).toBe('curso-prueba');
    expect(course.lessons.map((l) => [l.slug, l.position])).toEqual([['primera', 1], ['segunda', 2]]);
    expect(course.quizzes[0].questions).toHaveLength(2);
    expect(course.assignments[0].slug).toBe('tarea-prueba');
    expect(course.contentHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('gives the same hash for the same files and a new one when any file changes', () => {
    const dir = writeFixtureCourse(root);
    const a = loadCourses(root)[0].contentHash;
    expect(loadCourses(root)[0].contentHash).toBe(a);
    writeFileSync(join(dir, 'lessons', '02-segunda.md'), '---\nslug: segunda\ntitle: "Otra"\nminutes: 15\nrequired: true\n---\nCambiado.\n');
    expect(loadCourses(root)[0].contentHash).not.toBe(a);
  });

  it.each([
    ['a missing field', { 'lessons/02-segunda.md': '---\nslug: segunda\nminutes: 15\nrequired: true\n---\nTexto.\n' }, 'curso-prueba/lessons/02-segunda.md: title:'],
    ['a wrong type', { 'lessons/02-segunda.md': '---\nslug: segunda\ntitle: "x"\nminutes: muchos\nrequired: true\n---\nTexto.\n' }, 'lessons/02-segunda.md: minutes:'],
    ['an unknown field', { 'lessons/02-segunda.md': '---\nslug: segunda\ntitle: "x"\nminutes: 10\nrequired: true\ncolor: red\n---\nTexto.\n' }, 'lessons/02-segunda.md: (raíz): Unrecognized key'],
    ['broken YAML', { 'quizzes/quiz-prueba.yaml': 'slug: [unclosed\n' }, 'quizzes/quiz-prueba.yaml (línea'],
    ['a citation to an undeclared source', { 'lessons/02-segunda.md': '---\nslug: segunda\ntitle: "x"\nminutes: 10\nrequired: true\n---\nDato [fuente: inventada].\n' }, 'lessons/02-segunda.md (línea 1): [fuente: inventada] no está declarada'],
    ['a correct answer that is not an option', { 'quizzes/quiz-prueba.yaml': 'slug: quiz-prueba\ntitle: "x"\npassMark: 50\nmaxAttempts: 2\nquestions:\n  - id: q1\n    type: single\n    prompt: "p"\n    options: [{ id: a, text: "1" }, { id: b, text: "2" }]\n    correct: [z]\n    explanation: "e"\n' }, 'quizzes/quiz-prueba.yaml: questions.0.correct: "z" no es una opción'],
    ['a single-choice question with two answers', { 'quizzes/quiz-prueba.yaml': 'slug: quiz-prueba\ntitle: "x"\npassMark: 50\nmaxAttempts: 2\nquestions:\n  - id: q1\n    type: single\n    prompt: "p"\n    options: [{ id: a, text: "1" }, { id: b, text: "2" }]\n    correct: [a, b]\n    explanation: "e"\n' }, 'questions.0.correct: una pregunta single'],
    ['a completion rule naming a missing quiz', { 'quizzes/quiz-prueba.yaml': null }, 'course.md: completion.quizzes: "quiz-prueba" no existe'],
    ['a slug that does not match the file', { 'lessons/02-segunda.md': '---\nslug: otra\ntitle: "x"\nminutes: 10\nrequired: true\n---\nTexto.\n' }, 'lessons/02-segunda.md: slug: debe ser "segunda"'],
  ])('names the file and the field for %s', (_name, overrides, expected) => {
    writeFixtureCourse(root, overrides);
    const found = problems();
    expect(found.some((p) => p.includes(expected))).toBe(true);
  });

  it('reports every problem at once, across courses', () => {
    writeFixtureCourse(root, { 'assignments/tarea-prueba.md': 'sin front-matter' });
    writeFixtureCourse(root, { 'lessons/01-primera.md': '---\nslug: primera\ntitle: "x"\nminutes: 1\nrequired: true\n---\nTexto.\n' }, '02-otro-curso');
    const found = problems();
    expect(found).toEqual(expect.arrayContaining([expect.stringContaining('01-curso-prueba/assignments/tarea-prueba.md: falta el bloque'), expect.stringContaining('02-otro-curso/lessons/01-primera.md: minutes:')]));
  });
});
