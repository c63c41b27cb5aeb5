import { join } from 'node:path';
import { tmpdir } from 'node:os';

export const REPO = join(__dirname, '..', '..');
/** Shared between the global setup (which writes) and the tests (which read) through the environment. */
export const STATE_FILE = join(tmpdir(), `puente-e2e-${process.env.PUENTE_E2E_PORT}.json`);

export interface E2eState {
  pid: number;
  dataDir: string;
  mailDir: string;
  database?: { adminUrl: string; name: string };
  admin: { email: string; password: string };
  smtpPort: number;
}
