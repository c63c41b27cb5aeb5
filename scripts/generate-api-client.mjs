#!/usr/bin/env node
// Generates the typed API client's types (frontend/src/lib/api/schema.d.ts) from the backend's OpenAPI
// document. `--check` fails when the committed file is stale (CI runs it through the test suite).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const target = join(root, 'frontend', 'src', 'lib', 'api', 'schema.d.ts');
const check = process.argv.includes('--check');

const openapiJs = join(root, 'backend', 'dist', 'openapi.js');
if (!existsSync(openapiJs) || process.argv.includes('--build')) {
  execFileSync('npm', ['run', 'build', '-w', 'backend'], { cwd: root, stdio: 'inherit' });
}
const json = execFileSync(process.execPath, [openapiJs], { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
const ast = await openapiTS(JSON.parse(json), { alphabetize: true });
const header = '/**\n * Generated from the Puente OpenAPI document by `npm run api:generate`. Do not edit by hand.\n */\n\n';
const text = header + astToString(ast);

if (check) {
  const current = existsSync(target) ? readFileSync(target, 'utf8') : '';
  if (current !== text) {
    console.error('frontend/src/lib/api/schema.d.ts está desactualizado / is stale: run "npm run api:generate" and commit it.');
    process.exit(1);
  }
  console.log('API client types are up to date.');
} else {
  writeFileSync(target, text);
  console.log(`Wrote ${target}`);
}
