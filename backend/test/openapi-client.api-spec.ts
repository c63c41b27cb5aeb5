import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ensureBackendBuilt, REPO } from './helpers/processes';

describe('typed API client', () => {
  it('is generated from the current OpenAPI document (CI fails when it is stale)', () => {
    ensureBackendBuilt();
    const r = spawnSync(process.execPath, [join(REPO, 'scripts', 'generate-api-client.mjs'), '--check'], { cwd: REPO, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });
});
