import { AuthToken } from '../modules/auth/auth-token.entity';
import { LoginFailure } from '../modules/auth/login-attempt.entity';
import { Session } from '../modules/auth/session.entity';
import { ClassSession, CourseClass } from '../modules/classes/class.entity';
import { Course, CourseAssignment, CourseLesson, CourseQuiz } from '../modules/courses/course.entity';
import { User } from '../modules/users/user.entity';

/** Every entity, listed once for the app, the CLI and the migration generator. */
export const ENTITIES = [User, Session, AuthToken, LoginFailure, Course, CourseLesson, CourseQuiz, CourseAssignment, CourseClass, ClassSession];
