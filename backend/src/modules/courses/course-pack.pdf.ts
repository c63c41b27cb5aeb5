import { stampFooters, startA4Document } from '../../common/pdf/document';
import { writeMarkdown } from '../../common/pdf/markdown-pdf';
import type { Course, CourseAssignment, CourseLesson } from './course.entity';

const LEVEL = { beginner: 'inicial', intermediate: 'intermedio', advanced: 'avanzado' } as const;

/**
 * The whole course as one printable A4 PDF for reading offline: cover, contents, introduction, every
 * lesson, the assignment and the sources. Quizzes are left out (their answers stay on the server).
 */
export function renderCoursePack(course: Course, lessons: CourseLesson[], assignments: CourseAssignment[], publicUrl: string): Promise<Buffer> {
  const { doc, done } = startA4Document({
    Title: `${course.title.es} — Puente`,
    Subject: course.summary.es,
    Keywords: 'Puente, curso, emprendimiento, migración',
  });
  const left = doc.page.margins.left;
  const heading = (text: string, size = 20) => {
    doc.font('bold').fontSize(size).text(text, left, undefined, { lineGap: 2 });
    doc.moveDown(0.5);
  };

  // Cover
  doc.font('bold').fontSize(12).fillColor('#0b5d3b').text('Puente', left, 80);
  doc.fillColor('#000000').moveDown(2);
  heading(course.title.es, 26);
  doc.font('italic').fontSize(12).text(course.title.en);
  doc.moveDown(1);
  doc.font('regular').fontSize(11.5).text(course.summary.es, { lineGap: 3 });
  doc.moveDown(1);
  doc.fontSize(10.5).text(`Nivel ${LEVEL[course.level]} · unas ${course.hours} horas · ${lessons.length} lecciones`);
  doc.text(`Versión ${course.version} del contenido · ${course.syncedAt.toISOString().slice(0, 10)}`);
  doc.text(`${publicUrl}/cursos/${course.slug}`);
  doc.moveDown(2);
  doc.font('italic').fontSize(10).text('Información general, no asesoramiento legal, fiscal ni financiero. Las cifras cambian con los años: comprueba siempre la fuente oficial antes de decidir.', { lineGap: 2 });

  // Contents
  doc.addPage();
  heading('Contenido');
  doc.font('regular').fontSize(11);
  lessons.forEach((l, i) => doc.text(`${i + 1}. ${l.title} (${l.minutes} min${l.required ? '' : ', opcional'})`, { lineGap: 3 }));
  for (const a of assignments) doc.text(`Tarea: ${a.title}`, { lineGap: 3 });
  doc.text('Fuentes', { lineGap: 3 });

  doc.addPage();
  heading('Presentación');
  writeMarkdown(doc, course.introMd);

  lessons.forEach((l, i) => {
    doc.addPage();
    doc.font('regular').fontSize(10).fillColor('#555555').text(`Lección ${i + 1} de ${lessons.length} · ${l.minutes} min`);
    doc.fillColor('#000000');
    heading(l.title);
    writeMarkdown(doc, l.bodyMd);
  });

  for (const a of assignments) {
    doc.addPage();
    heading(`Tarea: ${a.title}`);
    writeMarkdown(doc, a.instructionsMd);
    doc.moveDown(0.5);
    doc.font('bold').fontSize(11).text('Cómo se valora');
    doc.font('regular').fontSize(10.5).text(a.grading, { lineGap: 2 });
  }

  doc.addPage();
  heading('Fuentes');
  for (const s of course.sources) {
    doc.font('regular').fontSize(10).text(`[${s.id}] ${s.title}${s.year ? ` (${s.year})` : ''}`, { lineGap: 1 });
    doc.fillColor('#0b5d3b').text(s.url, { link: s.url, lineGap: 4 });
    doc.fillColor('#000000');
  }

  // Page numbers, now that every page exists.
  stampFooters(doc, (page, pages) => `${course.title.es} · ${page}/${pages}`);
  doc.end();
  return done;
}
