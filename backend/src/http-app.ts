import { RequestMethod } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { WsAdapter } from '@nestjs/platform-ws';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, getSchemaPath, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import { ErrorResponse } from './common/http/error-response.dto';
import compression from 'compression';
import cookieParser from 'cookie-parser';
import type { RequestHandler } from 'express';
import helmet from 'helmet';
import type { Logger } from 'pino';
import { AppModule } from './app.module';
import { createValidationPipe } from './common/http/validation';
import { jsonBody, originCheck, requestContext } from './common/http/middleware';
import { JsonLogger } from './common/logging/json-logger';
import type { AppConfig } from './config/config';
import { loadLegal } from './modules/legal/legal.service';

/** adapter-node reads the client address from this header (ADDRESS_HEADER), set by us on every page request. */
export const CLIENT_IP_HEADER = 'x-puente-client-ip';
/** The issuer's DID document (did:web), served by the API outside its /api prefix. */
const DID_DOCUMENT_PATH = '/.well-known/did.json';

export interface CreateAppOptions {
  config: AppConfig;
  databaseUrl: string;
  log: Logger;
  /** SvelteKit's adapter-node handler; every path outside /api goes to it. */
  pages?: RequestHandler;
}

const API_CSP = { useDefaults: false, directives: { defaultSrc: ["'none'"], frameAncestors: ["'none'"], baseUri: ["'none'"], formAction: ["'none'"] } };
const DOCS_CSP = {
  useDefaults: false,
  directives: {
    defaultSrc: ["'self'"], scriptSrc: ["'self'"], styleSrc: ["'self'", "'unsafe-inline'"], imgSrc: ["'self'", 'data:'],
    connectSrc: ["'self'"], frameAncestors: ["'none'"], baseUri: ["'none'"], formAction: ["'self'"],
  },
};

export function buildOpenApi(app: NestExpressApplication): OpenAPIObject {
  const doc = new DocumentBuilder()
    .setTitle('Puente API')
    .setDescription('API de Puente: aulas virtuales, campañas, noticias, foro legal y comunidad. Errores: {statusCode, error, message, details?}.')
    .setVersion('0.1.0')
    .addCookieAuth('session')
    .addBearerAuth({ type: 'http', scheme: 'bearer', description: 'El token de POST /api/auth/login' })
    .build();
  const document = SwaggerModule.createDocument(app, doc, {
    operationIdFactory: (controller, method) => `${controller.replace(/Controller$/, '')}_${method}`,
    extraModels: [ErrorResponse],
  });
  // Every operation can fail with the one error shape; say so once for all of them.
  for (const item of Object.values(document.paths)) {
    for (const op of Object.values(item) as { responses?: Record<string, unknown> }[]) {
      if (op && typeof op === 'object' && op.responses) {
        op.responses.default = { description: 'Error: {statusCode, error, message, details?}', content: { 'application/json': { schema: { $ref: getSchemaPath(ErrorResponse) } } } };
      }
    }
  }
  return document;
}

/** Builds the whole HTTP application (API, docs and pages) without listening. */
export async function createApp(opts: CreateAppOptions): Promise<NestExpressApplication> {
  const { config, log } = opts;
  // Content the API serves is checked before anything starts (connections, job queues): a broken file
  // stops the start with every problem listed, file and line.
  loadLegal(config.legalDocsDir);
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, opts.databaseUrl), {
    bodyParser: false,
    logger: new JsonLogger(log),
    abortOnError: false,
  });
  app.useWebSocketAdapter(new WsAdapter(app));
  app.set('trust proxy', config.trustProxy);
  app.disable('x-powered-by');
  app.use(requestContext(log));
  // Pages first, before any API middleware sees them: SvelteKit does its own parsing, CSP and CSRF checks.
  if (opts.pages) {
    const pages = opts.pages;
    // Our pages are rendered whole (no streamed promises), so compressing them holds nothing back.
    const compressPages = compression({ filter: (req, res) => /^text\/html/.test(String(res.getHeader('Content-Type') ?? '')) });
    app.use((req: Parameters<RequestHandler>[0], res: Parameters<RequestHandler>[1], next: Parameters<RequestHandler>[2]) => {
      if (req.path === '/api' || req.path.startsWith('/api/') || req.path === DID_DOCUMENT_PATH) return next();
      // The client address as Express resolved it (TRUST_PROXY), and the request id, for the page server
      // to pass on to the API. Always overwritten, so a client cannot forge them.
      req.headers[CLIENT_IP_HEADER] = req.ip ?? '';
      req.headers['x-request-id'] = (req as unknown as { id: string }).id;
      compressPages(req, res, () => pages(req, res, next));
    });
  }
  app.use('/api/docs', helmet({ contentSecurityPolicy: DOCS_CSP, referrerPolicy: { policy: 'same-origin' } }));
  const apiHeaders = helmet({ contentSecurityPolicy: API_CSP, referrerPolicy: { policy: 'same-origin' }, crossOriginResourcePolicy: { policy: 'same-origin' } });
  app.use('/api', (req: Parameters<RequestHandler>[0], res: Parameters<RequestHandler>[1], next: Parameters<RequestHandler>[2]) =>
    req.originalUrl.startsWith('/api/docs') ? next() : apiHeaders(req, res, next),
  );
  app.use('/api', compression());
  app.use('/api', cookieParser());
  app.use('/api', originCheck(config));
  app.use('/api', jsonBody());
  app.setGlobalPrefix('api', { exclude: [{ path: DID_DOCUMENT_PATH.slice(1), method: RequestMethod.GET }] });
  app.useGlobalPipes(createValidationPipe());
  const document = buildOpenApi(app);
  SwaggerModule.setup('api/docs', app, document, {
    jsonDocumentUrl: 'api/openapi.json',
    yamlDocumentUrl: 'api/openapi.yaml',
    customSiteTitle: 'Puente API',
    swaggerOptions: { persistAuthorization: false },
  });
  await app.init();
  return app;
}
