import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Public } from '../../common/auth/access.decorators';
import { CourseListQuery, CourseOutline, CourseSummary } from './courses.dto';
import { CoursesService } from './courses.service';

@ApiTags('courses')
@Public()
@Controller('courses')
export class CoursesController {
  constructor(private readonly courses: CoursesService) {}

  @Get()
  @ApiOkResponse({ type: [CourseSummary], description: 'Catálogo público de cursos' })
  list(@Query() query: CourseListQuery): Promise<CourseSummary[]> {
    return this.courses.list(query);
  }

  @Get(':slug')
  @ApiOkResponse({ type: CourseOutline })
  @ApiNotFoundResponse({ description: 'No existe ese curso' })
  outline(@Param('slug') slug: string): Promise<CourseOutline> {
    return this.courses.outline(slug);
  }
}
