import type { FilterQuery } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import { AppException, ValidationFailedException } from '../../common/http/app-exception';
import { APP_CONFIG, type AppConfig } from '../../config/config';
import { Course } from '../courses/course.entity';
import type { User } from '../users/user.entity';
import { ClassSession, CourseClass } from './class.entity';
import type { ClassDetailResponse, ClassResponse, CreateClassRequest, CreateSessionRequest, SessionResponse, UpdateClassRequest } from './classes.dto';
import { dateIn, hasEnded, isTimeZone } from './dates';
import { buildCalendar } from './ics';

export interface Seats {
  taken: number;
  waiting: number;
}

export function toClassResponse(c: CourseClass, seats: Seats = { taken: 0, waiting: 0 }): ClassResponse {
  return {
    id: c.id,
    courseSlug: c.course.slug,
    courseTitle: c.course.title,
    title: c.title,
    startsOn: c.startsOn,
    endsOn: c.endsOn,
    timezone: c.timezone,
    capacity: c.capacity,
    mode: c.mode,
    location: c.location,
    enrolmentOpen: c.enrolmentOpen,
    trainerName: c.trainer.displayName,
    trainerId: c.trainer.id,
    placesLeft: Math.max(0, c.capacity - seats.taken),
    waitlistCount: seats.waiting,
    ended: hasEnded(c),
  };
}

export function sessionResponse(s: ClassSession): SessionResponse {
  return { id: s.id, startsAt: s.startsAt.toISOString(), durationMinutes: s.durationMinutes, topic: s.topic, meetingUrl: s.meetingUrl };
}

/** Classes (cohorts) of a course and their live sessions. Trainers manage their own classes; admins any. */
@Injectable()
export class ClassesService {
  constructor(
    private readonly em: EntityManager,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private readonly changeListeners: ((classId: string) => Promise<void>)[] = [];

  /** Called after a class is changed (e.g. more places: the classroom fills them from the waitlist). */
  onClassChanged(listener: (classId: string) => Promise<void>): void {
    this.changeListeners.push(listener);
  }

  /**
   * Places taken (active or completed learners) and people waiting, per class, in one query. Read straight
   * from the enrolments table so that the catalogue of classes does not depend on the classroom module.
   */
  async seats(ids: string[]): Promise<Map<string, Seats>> {
    if (ids.length === 0) return new Map();
    const rows = await this.em.execute<{ class_id: string; taken: string; waiting: string }[]>(
      `select class_id, count(*) filter (where status in ('active', 'completed')) as taken, count(*) filter (where status = 'waitlisted') as waiting
         from enrolments where class_id = any(?::uuid[]) group by class_id`,
      [`{${ids.join(',')}}`],
    );
    return new Map(rows.map((r) => [r.class_id, { taken: Number(r.taken), waiting: Number(r.waiting) }]));
  }

  private check(c: Pick<CourseClass, 'startsOn' | 'endsOn' | 'timezone' | 'mode' | 'location'>): void {
    const problems: { field: string; rule: string; args: unknown[] }[] = [];
    if (c.endsOn < c.startsOn) problems.push({ field: 'endsOn', rule: 'notBeforeStart', args: [] });
    if (!isTimeZone(c.timezone)) problems.push({ field: 'timezone', rule: 'timeZone', args: [] });
    if (c.mode !== 'online' && !c.location) problems.push({ field: 'location', rule: 'requiredForMode', args: [] });
    if (problems.length) throw new ValidationFailedException(problems);
  }

  async create(actor: User, dto: CreateClassRequest): Promise<ClassResponse> {
    const course = await this.em.findOne(Course, { slug: dto.courseSlug });
    if (!course) throw new ValidationFailedException([{ field: 'courseSlug', rule: 'courseExists', args: [] }]);
    const data = { ...dto, location: dto.location ?? null };
    this.check(data);
    const created = this.em.create(CourseClass, { ...data, course, trainer: actor });
    await this.em.flush();
    return toClassResponse(created);
  }

  /** Loads a class the actor may manage: its own trainer, or an admin. */
  private async manageable(actor: User, id: string): Promise<CourseClass> {
    const c = await this.em.findOne(CourseClass, { id }, { populate: ['course', 'trainer'] });
    if (!c) throw new AppException(HttpStatus.NOT_FOUND, 'classes.not_found');
    if (c.trainer.id !== actor.id && !actor.roles.includes('admin')) throw new AppException(HttpStatus.FORBIDDEN, 'classes.not_yours');
    return c;
  }

  async update(actor: User, id: string, dto: UpdateClassRequest): Promise<ClassResponse> {
    const c = await this.manageable(actor, id);
    const next = { ...c, ...dto };
    this.check(next);
    this.em.assign(c, dto);
    await this.em.flush();
    for (const listener of this.changeListeners) await listener(c.id);
    return toClassResponse(c, (await this.seats([c.id])).get(c.id));
  }

  /** Classes by start date; `upcoming` keeps only those not over yet (in their own zone), whatever their number in the past. */
  async list(courseSlug?: string, upcoming = false): Promise<ClassResponse[]> {
    const where: FilterQuery<CourseClass> = courseSlug ? { course: { slug: courseSlug } } : {};
    // A day of margin covers every time zone; the exact check per class follows.
    if (upcoming) where.endsOn = { $gte: dateIn(new Date(Date.now() - 86_400_000), 'UTC') };
    let classes = await this.em.find(CourseClass, where, { populate: ['course', 'trainer'], orderBy: { startsOn: 'asc', id: 'asc' }, limit: 200 });
    if (upcoming) classes = classes.filter((c) => !hasEnded(c));
    const seats = await this.seats(classes.map((c) => c.id));
    return classes.map((c) => toClassResponse(c, seats.get(c.id)));
  }

  /**
   * Meeting links are for the class only: its trainer, admins and learners taking part. Anyone else (and the
   * public calendar) sees the sessions without them, so a link posted publicly cannot fill a meeting with
   * strangers.
   */
  private async seesMeetingLinks(c: CourseClass, viewer?: User): Promise<boolean> {
    if (!viewer) return false;
    if (c.trainer.id === viewer.id || viewer.roles.includes('admin')) return true;
    const [row] = await this.em.execute<{ n: string }[]>(`select count(*) as n from enrolments where class_id = ? and user_id = ? and status in ('active', 'completed')`, [c.id, viewer.id]);
    return Number(row.n) > 0;
  }

  async detail(id: string, viewer?: User): Promise<ClassDetailResponse> {
    const c = await this.em.findOne(CourseClass, { id }, { populate: ['course', 'trainer'] });
    if (!c) throw new AppException(HttpStatus.NOT_FOUND, 'classes.not_found');
    const [sessions, seats, links] = await Promise.all([
      this.em.find(ClassSession, { courseClass: c }, { orderBy: { startsAt: 'asc' } }),
      this.seats([c.id]),
      this.seesMeetingLinks(c, viewer),
    ]);
    return { ...toClassResponse(c, seats.get(c.id)), sessions: sessions.map((s) => ({ ...sessionResponse(s), meetingUrl: links ? s.meetingUrl : null })) };
  }

  async addSession(actor: User, id: string, dto: CreateSessionRequest): Promise<SessionResponse> {
    const c = await this.manageable(actor, id);
    const startsAt = new Date(dto.startsAt);
    const day = dateIn(startsAt, c.timezone);
    if (day < c.startsOn || day > c.endsOn) throw new ValidationFailedException([{ field: 'startsAt', rule: 'withinClassDates', args: [] }]);
    const s = this.em.create(ClassSession, { courseClass: c, startsAt, durationMinutes: dto.durationMinutes, topic: dto.topic, meetingUrl: dto.meetingUrl ?? null });
    await this.em.flush();
    return sessionResponse(s);
  }

  /** The class's sessions as an iCalendar feed people can subscribe to. */
  async calendar(id: string): Promise<{ filename: string; body: string }> {
    const c = await this.detail(id);
    const link = `${this.config.publicUrl}/clases/${c.id}`;
    const body = buildCalendar(
      c.title,
      c.sessions.map((s) => ({
        uid: `${s.id}@puente`,
        start: new Date(s.startsAt),
        minutes: s.durationMinutes,
        summary: `${c.title}: ${s.topic}`,
        description: [
          `Clase de Puente con ${c.trainerName}. / A Puente class with ${c.trainerName}.`,
          c.mode === 'in_person' ? '' : 'El enlace para conectarte está en la página de la clase (solo para personas inscritas). / The link to join is on the class page (for enrolled learners only).',
          link,
        ]
          .filter(Boolean)
          .join('\n'),
        location: c.location ?? undefined,
        url: link,
      })),
    );
    return { filename: `puente-clase-${c.id.slice(0, 8)}.ics`, body };
  }
}
