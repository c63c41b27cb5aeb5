import type { EntityManager } from '@mikro-orm/postgresql';
import { ClassSession, CourseClass } from '../modules/classes/class.entity';
import { dateIn, wallClock } from '../modules/classes/dates';
import { Enrolment } from '../modules/classroom/enrolment.entity';
import { LessonProgress } from '../modules/classroom/learning.entities';
import { Course, CourseLesson } from '../modules/courses/course.entity';
import { User } from '../modules/users/user.entity';

const TZ = 'Europe/Madrid';
const DAY = 86_400_000;

/**
 * A class of the business-plan course taught by the demo trainer, with weekly live sessions and the demo
 * learner enrolled (first lesson done), so a newcomer sees a classroom at work from both sides. Only when
 * the demo trainer has no class yet; nothing when the course files are missing.
 */
export async function seedDemoClassroom(em: EntityManager, now = new Date()): Promise<boolean> {
  const [trainer, learner, course] = await Promise.all([
    em.findOne(User, { email: 'formadora@example.org' }),
    em.findOne(User, { email: 'aprendiz@example.org' }),
    em.findOne(Course, { slug: 'plan-de-negocio' }),
  ]);
  if (!trainer || !course || (await em.count(CourseClass, { trainer }))) return false;
  const startsOn = dateIn(new Date(now.getTime() - 7 * DAY), TZ);
  const endsOn = dateIn(new Date(now.getTime() + 56 * DAY), TZ);
  const c = em.create(CourseClass, {
    course,
    trainer,
    title: 'Plan de negocio — grupo de demostración',
    startsOn,
    endsOn,
    timezone: TZ,
    capacity: 25,
    mode: 'online',
    enrolmentOpen: true,
  });
  // Four weekly sessions at 19:00 Madrid time, whatever the season, starting in three days.
  const topics = ['Bienvenida y tu idea de negocio', 'Costes y precios', 'Flujo de caja', 'Punto de equilibrio y dudas'];
  topics.forEach((topic, i) => {
    const day = dateIn(new Date(now.getTime() + (3 + 7 * i) * DAY), TZ);
    em.create(ClassSession, { courseClass: c, startsAt: wallClock(day, '19:00', TZ), durationMinutes: 90, topic });
  });
  if (learner) {
    const e = em.create(Enrolment, { courseClass: c, user: learner, status: 'active', queuedAt: now, activatedAt: now });
    const lesson = await em.findOne(CourseLesson, { course, position: 1, retiredAt: null });
    if (lesson) em.create(LessonProgress, { enrolment: e, lesson });
  }
  await em.flush();
  return true;
}
