import { simpleParser, type AddressObject, type ParsedMail } from 'mailparser';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import timers from 'node:timers/promises';
import type { Pool, PoolClient } from 'pg';
import request from 'supertest';
import { JobsService } from '../src/modules/jobs/jobs.service';
import { PASSWORD, startTestApp, uniqueEmail } from './helpers/test-app';

describe('mail and background jobs', () => {
  it('writes each message as an .eml file under DATA_DIR/outbox when SMTP_URL is not set', async () => {
    const t = await startTestApp({ SMTP_URL: '' });
    try {
      expect(t.config.smtpUrl).toBeUndefined();
      const email = uniqueEmail('outbox');
      await request(t.http).post('/api/auth/register').send({ email, password: PASSWORD, displayName: 'Buzón', locale: 'en' }).expect(201);
      const outbox = join(t.config.dataDir, 'outbox');
      // Any instance on the database may work any queued job, so the outbox can hold others' mail too.
      let mail: ParsedMail | undefined;
      for (let i = 0; i < 60 && !mail; i++) {
        await new Promise((r) => setTimeout(r, 250));
        const files = existsSync(outbox) ? readdirSync(outbox).filter((f) => f.endsWith('.eml')) : [];
        for (const f of files) {
          const parsed = await simpleParser(readFileSync(join(outbox, f)));
          if ((parsed.to as AddressObject | undefined)?.text === email) mail = parsed;
        }
      }
      expect(mail).toBeDefined();
      expect(mail!.subject).toBe('Confirm your email on Puente');
      expect(mail!.text).toMatch(/\/verificar-correo\?token=[A-Za-z0-9_-]{43}/);
    } finally {
      await t.close();
    }
  });

  it('lets a web-only instance enqueue mail that a job instance on the same database sends', async () => {
    const web = await startTestApp({ JOBS_ENABLED: 'false' });
    const worker = await startTestApp();
    try {
      const email = uniqueEmail('fleet');
      await request(web.http).post('/api/auth/register').send({ email, password: PASSWORD, displayName: 'Flota', locale: 'es' }).expect(201);
      // The web instance does not work queues: the message reaches the worker's SMTP server, not its own.
      const mail = await worker.mail.waitFor(email);
      expect(mail.subject).toBe('Confirma tu correo en Puente');
      expect(web.mail.to(email)).toHaveLength(0);
    } finally {
      await web.close();
      await worker.close();
    }
  });

  it('stops pg-boss completely when the app closes, even with its workers waiting for a connection', async () => {
    const t = await startTestApp();
    const pool = (t.app.get<JobsService>(JobsService) as unknown as { pool: Pool }).pool;
    // Every connection of the job pool taken: the workers' next polls wait in the pool's queue.
    const held: PoolClient[] = await Promise.all(Array.from({ length: pool.options.max }, () => pool.connect()));
    await new Promise((r) => setTimeout(r, 1200));
    expect(pool.waitingCount).toBeGreaterThan(0);
    const closing = t.close();
    setTimeout(() => held.forEach((c) => c.release()), 300);
    await closing;
    expect(pool.ended).toBe(true);
    // pg-boss's loops wait with node:timers/promises; none may still be ticking once close() has returned.
    const ticks = jest.spyOn(timers, 'setTimeout');
    await new Promise((r) => setTimeout(r, 2500));
    expect(ticks).not.toHaveBeenCalled();
    ticks.mockRestore();
  });
});
