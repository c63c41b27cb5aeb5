import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { AppModule } from './app.module';
import { loadConfig } from './config/config';
import { buildOpenApi } from './http-app';
import { loadLegal } from './modules/legal/legal.service';

/** The OpenAPI document, built without a database (for the typed frontend client). */
export async function openApiDocument(): Promise<object> {
  const config = loadConfig({});
  // The law comparison's content is checked first, so a broken file is reported, not a silent exit.
  loadLegal(config.legalDocsDir);
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, 'postgresql://openapi@127.0.0.1:1/none', { connect: false }), {
    logger: false,
    bodyParser: false,
  });
  app.setGlobalPrefix('api');
  const doc = buildOpenApi(app);
  await app.close();
  return doc;
}

if (require.main === module) {
  openApiDocument().then(
    (doc) => process.stdout.write(`${JSON.stringify(doc, null, 2)}\n`),
    (err: unknown) => {
      process.stderr.write(`${String(err)}\n`);
      process.exit(1);
    },
  );
}
