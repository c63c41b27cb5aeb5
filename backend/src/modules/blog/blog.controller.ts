import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Param, Patch, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCookieAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Authenticated, CurrentUser, Public } from '../../common/auth/access.decorators';
import { AppException } from '../../common/http/app-exception';
import { uuidParam } from '../../common/http/params';
import type { User } from '../users/user.entity';
import {
  BlogCommentResult,
  BlogPostDetail,
  BlogPostPage,
  BlogWriteResult,
  CreateBlogCommentRequest,
  CreateBlogPostRequest,
  ListBlogPostsQuery,
  MineBlogPost,
  UpdateBlogPostRequest,
} from './blog.dto';
import { BLOG_FEED_TYPES, renderBlogFeed, type BlogFeedFormat } from './blog-feeds';
import { BlogService } from './blog.service';

@ApiTags('blog')
@ApiCookieAuth()
@ApiBearerAuth()
@Controller('blog')
export class BlogController {
  constructor(private readonly blog: BlogService) {}

  // ---- feeds (public) ----

  @Public()
  @Get('feed.rss')
  @ApiProduces('application/rss+xml')
  @ApiOkResponse({ description: 'RSS 2.0: las últimas 50 entradas publicadas' })
  rss(@Res() res: Response): Promise<void> {
    return this.feed('rss', undefined, res);
  }

  @Public()
  @Get('feed.atom')
  @ApiProduces('application/atom+xml')
  @ApiOkResponse({ description: 'Atom 1.0: las últimas 50 entradas publicadas' })
  atom(@Res() res: Response): Promise<void> {
    return this.feed('atom', undefined, res);
  }

  @Public()
  @Get('authors/:id/feed.rss')
  @ApiProduces('application/rss+xml')
  @ApiOkResponse({ description: 'RSS 2.0: las últimas 50 entradas de una persona' })
  authorRss(@Param('id', uuidParam()) id: string, @Res() res: Response): Promise<void> {
    return this.feed('rss', id, res);
  }

  @Public()
  @Get('authors/:id/feed.atom')
  @ApiProduces('application/atom+xml')
  @ApiOkResponse({ description: 'Atom 1.0: las últimas 50 entradas de una persona' })
  authorAtom(@Param('id', uuidParam()) id: string, @Res() res: Response): Promise<void> {
    return this.feed('atom', id, res);
  }

  private async feed(format: BlogFeedFormat, authorId: string | undefined, res: Response): Promise<void> {
    const author = authorId ? await this.blog.author(authorId) : undefined;
    if (author === null) throw new AppException(HttpStatus.NOT_FOUND, 'blog.author_not_found');
    const posts = await this.blog.feed(authorId);
    res.setHeader('Content-Type', BLOG_FEED_TYPES[format]);
    res.setHeader('Cache-Control', 'public, max-age=300');
    res.send(renderBlogFeed(format, posts, { publicUrl: this.blog.publicUrl, author }));
  }

  // ---- posts ----

  @Public()
  @Get('posts')
  @ApiOkResponse({ type: BlogPostPage, description: 'Entradas publicadas, la más reciente primero (?author=<id de cuenta>&tag=&lang=&page=)' })
  list(@Query() q: ListBlogPostsQuery): Promise<BlogPostPage> {
    return this.blog.list(q);
  }

  @Authenticated()
  @Get('posts/mine')
  @ApiOkResponse({ type: [MineBlogPost], description: 'Tus borradores y entradas; solo para ti' })
  mine(@CurrentUser() user: User): Promise<MineBlogPost[]> {
    return this.blog.mine(user);
  }

  @Public()
  @Get('posts/:slug')
  @ApiOkResponse({ type: BlogPostDetail, description: 'Con sus comentarios visibles; un borrador solo existe para quien lo escribe' })
  detail(@Param('slug') slug: string, @CurrentUser() user: User | undefined): Promise<BlogPostDetail> {
    return this.blog.detail(slug, user ?? null);
  }

  @Authenticated()
  @Post('posts')
  @ApiCreatedResponse({ type: BlogWriteResult, description: 'Borrador salvo que status sea published' })
  create(@CurrentUser() user: User, @Body() dto: CreateBlogPostRequest): Promise<BlogWriteResult> {
    return this.blog.create(user, dto);
  }

  @Authenticated()
  @Patch('posts/:id')
  @ApiOkResponse({ type: BlogWriteResult, description: 'Solo quien la escribió: editar, publicar o retirar, cerrar comentarios' })
  update(@CurrentUser() user: User, @Param('id', uuidParam()) id: string, @Body() dto: UpdateBlogPostRequest): Promise<BlogWriteResult> {
    return this.blog.update(user, id, dto);
  }

  @Authenticated()
  @Delete('posts/:id')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse({ description: 'Solo quien la escribió; se borra con sus comentarios' })
  remove(@CurrentUser() user: User, @Param('id', uuidParam()) id: string): Promise<void> {
    return this.blog.remove(user, id);
  }

  // ---- comments ----

  @Authenticated()
  @Post('posts/:id/comments')
  @ApiCreatedResponse({ type: BlogCommentResult, description: 'En entradas publicadas con los comentarios abiertos' })
  comment(@CurrentUser() user: User, @Param('id', uuidParam()) id: string, @Body() dto: CreateBlogCommentRequest): Promise<BlogCommentResult> {
    return this.blog.comment(user, id, dto);
  }

  @Authenticated()
  @Delete('comments/:id')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse({ description: 'Quien escribió el comentario o la entrada' })
  removeComment(@CurrentUser() user: User, @Param('id', uuidParam()) id: string): Promise<void> {
    return this.blog.removeComment(user, id);
  }
}
