import { Controller, Get, Param, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { ApiNotFoundResponse, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
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

  @Get(':slug/pack.pdf')
  @ApiProduces('application/pdf')
  @ApiOkResponse({ description: 'El curso completo en un PDF para leer sin conexión (sin las respuestas de los cuestionarios)' })
  @ApiNotFoundResponse({ description: 'No existe ese curso' })
  async pack(@Param('slug') slug: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const { etag, pdf } = await this.courses.pack(slug);
    res.setHeader('ETag', etag);
    res.setHeader('Cache-Control', 'public, max-age=3600');
    if (req.headers['if-none-match'] === etag) {
      res.status(304).end();
      return;
    }
    const body = await pdf();
    res.setHeader('Content-Type', 'application/pdf');
    res.setHeader('Content-Disposition', `attachment; filename="puente-${slug}.pdf"`);
    res.send(body);
  }

  @Get(':slug')
  @ApiOkResponse({ type: CourseOutline })
  @ApiNotFoundResponse({ description: 'No existe ese curso' })
  outline(@Param('slug') slug: string): Promise<CourseOutline> {
    return this.courses.outline(slug);
  }
}
