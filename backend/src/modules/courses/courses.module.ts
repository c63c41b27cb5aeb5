import { MikroOrmModule } from '@mikro-orm/nestjs';
import { Module } from '@nestjs/common';
import { LegalModule } from '../legal/legal.module';
import { Course, CourseAssignment, CourseLesson, CourseQuiz } from './course.entity';
import { CoursesController } from './courses.controller';
import { CoursesService } from './courses.service';

@Module({
  imports: [MikroOrmModule.forFeature([Course, CourseLesson, CourseQuiz, CourseAssignment]), LegalModule],
  controllers: [CoursesController],
  providers: [CoursesService],
  exports: [CoursesService],
})
export class CoursesModule {}
