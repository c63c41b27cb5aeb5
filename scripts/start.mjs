#!/usr/bin/env node
// `npm start`: builds what changed, then runs the whole platform (API + pages) in this process, so
// Ctrl-C and SIGTERM reach it directly and it can shut down cleanly.
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { ensureBuilt, root } from './lib/build.mjs';

ensureBuilt(['frontend', 'backend']);
const require = createRequire(import.meta.url);
const { main } = require(join(root, 'backend', 'dist', 'main.js'));
await main();
