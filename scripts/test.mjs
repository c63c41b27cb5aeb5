#!/usr/bin/env node
// `npm test`: every tier — unit specs, API integration tests on a real PostgreSQL, browser journeys in
// Chromium — then one closing line "N passed, N failed". Exit code is non-zero on any failure.
// Each tier makes its own fresh database (DATABASE_URL/TEST_DATABASE_URL's server, or embedded) and
// removes it afterwards.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureBuilt, root } from './lib/build.mjs';

const only = process.argv.slice(2); // e.g. `npm test -- unit api` (tiers: static, unit, api, e2e)
const want = (tier) => only.length === 0 || only.includes(tier);
const reports = mkdtempSync(join(tmpdir(), 'puente-test-reports-'));
const totals = { passed: 0, failed: 0, skipped: 0 };
const problems = [];

function run(title, cmd, args, opts) {
  console.log(`\n━━ ${title} ━━`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', ...opts });
  return r.status ?? 1;
}

/** Lint and type checks, each counted as one test: a type error or lint error fails the run. */
function staticChecks() {
  const checks = [
    ['ESLint', 'npx', ['eslint', '.', '--max-warnings', '0'], root],
    ['TypeScript (backend)', 'npx', ['tsc', '-p', 'tsconfig.json', '--noEmit'], join(root, 'backend')],
    ['svelte-check (frontend)', 'npm', ['run', 'check'], join(root, 'frontend')],
  ];
  for (const [title, cmd, args, cwd] of checks) {
    if (run(title, cmd, args, { cwd }) === 0) totals.passed += 1;
    else {
      totals.failed += 1;
      problems.push(`${title} failed`);
    }
  }
}

function jestTier(name, extra) {
  const out = join(reports, `${name}.json`);
  const status = run(`${name === 'unit' ? 'Unit' : 'API integration'} tests (jest)`, 'npx', ['jest', '--selectProjects', name, '--json', `--outputFile=${out}`, ...extra], { cwd: join(root, 'backend') });
  if (!existsSync(out)) {
    problems.push(`${name}: jest produced no report (exit ${status})`);
    totals.failed += 1;
    return;
  }
  const r = JSON.parse(readFileSync(out, 'utf8'));
  totals.passed += r.numPassedTests;
  totals.failed += r.numFailedTests;
  totals.skipped += r.numPendingTests + r.numTodoTests;
  // Suites that failed to run (syntax error, setup failure) have no failed test but are failures.
  const broken = r.testResults.filter((s) => s.status === 'failed' && s.assertionResults.every((a) => a.status !== 'failed'));
  totals.failed += broken.length;
  if (status !== 0 || broken.length) problems.push(`${name}: jest exit ${status}${broken.length ? `, ${broken.length} suite(s) failed to run` : ''}`);
}

function countPlaywright(suites, acc) {
  for (const s of suites ?? []) {
    for (const spec of s.specs ?? []) {
      for (const t of spec.tests ?? []) {
        const status = t.results?.[t.results.length - 1]?.status;
        if (t.status === 'skipped' || status === 'skipped') acc.skipped += 1;
        else if (t.status === 'expected' || t.status === 'flaky') acc.passed += 1;
        else acc.failed += 1;
      }
    }
    countPlaywright(s.suites, acc);
  }
}

function e2eTier() {
  const out = join(reports, 'e2e.json');
  const status = run('Browser journeys (Playwright + Chromium)', 'npx', ['playwright', 'test'], { cwd: join(root, 'e2e'), env: { ...process.env, PUENTE_E2E_REPORT: out } });
  if (!existsSync(out)) {
    problems.push(`e2e: Playwright produced no report (exit ${status})`);
    totals.failed += 1;
    return;
  }
  const r = JSON.parse(readFileSync(out, 'utf8'));
  const acc = { passed: 0, failed: 0, skipped: 0 };
  countPlaywright(r.suites, acc);
  const setupErrors = (r.errors ?? []).length;
  totals.passed += acc.passed;
  totals.failed += acc.failed + setupErrors;
  totals.skipped += acc.skipped;
  if (status !== 0) problems.push(`e2e: Playwright exit ${status}${setupErrors ? ` (${setupErrors} global error(s))` : ''}`);
}

try {
  console.log('━━ Build ━━');
  ensureBuilt(['frontend', 'backend']);
  if (want('static')) staticChecks();
  if (want('unit')) jestTier('unit', []);
  // Two workers, each with a database of its own (backend/test/global-setup.ts): files in parallel never
  // share job queues, mail or rows.
  if (want('api')) jestTier('api', ['--maxWorkers=2']);
  if (want('e2e')) e2eTier();
} catch (e) {
  problems.push(`runner: ${e instanceof Error ? e.message : String(e)}`);
  totals.failed += 1;
} finally {
  rmSync(reports, { recursive: true, force: true });
}

console.log('');
for (const p of problems) console.log(`✗ ${p}`);
console.log(`${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`);
process.exit(totals.failed > 0 || problems.length > 0 ? 1 : 0);
