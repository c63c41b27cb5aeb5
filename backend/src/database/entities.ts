import { Brief, BriefSend, BriefVersion, Campaign, Delivery, DeliveryReply, Official, Signature } from '../modules/advocacy/advocacy.entities';
import { AuthToken } from '../modules/auth/auth-token.entity';
import { LoginFailure } from '../modules/auth/login-attempt.entity';
import { Session } from '../modules/auth/session.entity';
import { ClassSession, CourseClass } from '../modules/classes/class.entity';
import { Announcement, Attendance } from '../modules/classroom/class-activity.entities';
import { Enrolment } from '../modules/classroom/enrolment.entity';
import { LessonProgress, QuizAttempt, Submission } from '../modules/classroom/learning.entities';
import { Certificate, CertificateBatch, CertificateStatusList, IssuerKey } from '../modules/certificates/certificate.entities';
import { Course, CourseAssignment, CourseLesson, CourseQuiz } from '../modules/courses/course.entity';
import { NewsCorrection, NewsIngestRun, NewsItem, NewsSource } from '../modules/news/news.entities';
import { ForumAnswer, ForumCategory, ForumMember, ForumModerationEntry, ForumQuestion, ForumReport, ForumWatchedWord } from '../modules/forum/forum.entities';
import { BlogComment, BlogPost } from '../modules/blog/blog.entities';
import { Message, MessageBlock, MessageSettings, MessageThread, MessageThreadMember } from '../modules/messages/messages.entities';
import { LegalPassage } from '../modules/legal/legal.entities';
import { Notification, NotificationPreference, NotificationUnsubscribeToken } from '../modules/notifications/notification.entities';
import { User } from '../modules/users/user.entity';
import { ClassChatMessage, ClassChatMute, ClassChatRoom } from '../modules/chat/chat.entities';

/** Every entity, listed once for the app, the CLI and the migration generator. */
export const ENTITIES = [User, Session, AuthToken, LoginFailure, Course, CourseLesson, CourseQuiz, CourseAssignment, CourseClass, ClassSession, Enrolment, LessonProgress, QuizAttempt, Submission, Attendance, Announcement, Certificate, IssuerKey, CertificateStatusList, CertificateBatch, Official, Campaign, Signature, Brief, BriefVersion, BriefSend, Delivery, DeliveryReply, NewsSource, NewsItem, NewsCorrection, NewsIngestRun, ForumCategory, ForumQuestion, ForumAnswer, ForumReport, ForumModerationEntry, ForumMember, ForumWatchedWord, LegalPassage, BlogPost, BlogComment, Notification, NotificationPreference, NotificationUnsubscribeToken, MessageThread, MessageThreadMember, Message, MessageBlock, MessageSettings, ClassChatRoom, ClassChatMessage, ClassChatMute];
