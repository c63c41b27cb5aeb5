#!/usr/bin/env node
// `npm run cli -- <command>`: the admin CLI on the same database as the app.
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { ensureBuilt, root } from './lib/build.mjs';

ensureBuilt(['backend'], { quiet: true });
const require = createRequire(import.meta.url);
const { runCli } = require(join(root, 'backend', 'dist', 'cli', 'cli.js'));
process.exitCode = await runCli(process.argv.slice(2));
