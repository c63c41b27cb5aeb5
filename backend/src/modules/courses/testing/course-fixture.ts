import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The fixture course's quiz: two questions, pass mark 50 %, two attempts. */
export const FIXTURE_QUIZ = `slug: quiz-prueba
title: "Comprueba"
passMark: 50
maxAttempts: 2
questions:
  - id: q1
    type: single
    prompt: "¿Cuánto es 2 + 2?"
    options: [{ id: a, text: "3" }, { id: b, text: "4" }]
    correct: [b]
    explanation: "Porque sí."
  - id: q2
    type: multiple
    prompt: "¿Cuáles son pares?"
    options: [{ id: a, text: "2" }, { id: b, text: "3" }, { id: c, text: "4" }]
    correct: [a, c]
    explanation: "2 y 4 son pares."
`;

/**
 * Writes a small valid course (or one with the given files replaced) into `root`; used by tests.
 * `completion` replaces the course's completion rule (YAML flow mapping).
 */
export function writeFixtureCourse(root: string, overrides: Record<string, string | null> = {}, folder = '01-curso-prueba', completion?: string): string {
  const files: Record<string, string | null> = {
    'course.md': `---
slug: ${folder.slice(3)}
order: ${Number(folder.slice(0, 2))}
title: { es: "Curso de prueba", en: "Test course" }
summary: { es: "Un curso para probar.", en: "A course to test." }
level: beginner
hours: 2
audience: { es: "Quien prueba", en: "Testers" }
outcomes:
  es: ["Uno", "Dos", "Tres"]
  en: ["One", "Two", "Three"]
completion: ${completion ?? '{ requiredLessons: all, quizzes: [quiz-prueba], assignments: [tarea-prueba], attendancePercent: 0 }'}
sources:
  - { id: ine-2019, title: "INE, demografía empresarial", url: "https://www.ine.es", year: 2019 }
---
Bienvenida al curso de prueba.
`,
    'lessons/01-primera.md': `---
slug: primera
title: "Primera lección"
minutes: 10
required: true
---
## Qué vas a ver

Un 24 % de las empresas cierra el primer año (datos de 2017) [fuente: ine-2019].

<script>alert(1)</script>
`,
    'lessons/02-segunda.md': `---
slug: segunda
title: "Segunda lección"
minutes: 15
required: true
---
## Más contenido

Texto de la segunda lección.
`,
    'quizzes/quiz-prueba.yaml': FIXTURE_QUIZ,
    'assignments/tarea-prueba.md': `---
slug: tarea-prueba
title: "Tarea de prueba"
grading: "Que esté completa."
---
Escribe tres frases.
`,
    ...overrides,
  };
  const dir = join(root, folder);
  for (const [file, text] of Object.entries(files)) {
    if (text === null) continue;
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), text);
  }
  return dir;
}
