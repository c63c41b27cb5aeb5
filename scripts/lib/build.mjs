// Builds the backend and the frontend only when their sources changed since the last build, so
// `npm start` is fast after the first run and never serves stale code.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

function newest(path) {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let max = st.mtimeMs;
  for (const entry of readdirSync(path)) {
    if (entry === 'node_modules' || entry === '.svelte-kit') continue;
    max = Math.max(max, newest(join(path, entry)));
  }
  return max;
}

const TARGETS = {
  backend: {
    inputs: ['backend/src', 'backend/tsconfig.json', 'backend/tsconfig.build.json', 'backend/package.json'],
    stamp: 'backend/dist/.build-stamp',
  },
  frontend: {
    inputs: ['frontend/src', 'frontend/static', 'frontend/svelte.config.js', 'frontend/vite.config.ts', 'frontend/package.json'],
    stamp: 'frontend/build/.build-stamp',
  },
};

export function isStale(name) {
  const t = TARGETS[name];
  const stamp = join(root, t.stamp);
  if (!existsSync(stamp)) return true;
  const built = statSync(stamp).mtimeMs;
  return t.inputs.some((i) => newest(join(root, i)) > built);
}

export function ensureBuilt(names = ['frontend', 'backend'], { force = false, quiet = false } = {}) {
  for (const name of names) {
    if (!force && !isStale(name)) continue;
    if (!quiet) console.log(`Compilando ${name} / building ${name}…`);
    execFileSync('npm', ['run', 'build', '-w', name], { cwd: root, stdio: quiet ? 'ignore' : ['ignore', 'ignore', 'inherit'] });
    writeFileSync(join(root, TARGETS[name].stamp), new Date().toISOString());
  }
}
