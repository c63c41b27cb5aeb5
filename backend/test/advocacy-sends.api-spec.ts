import { EntityManager } from '@mikro-orm/postgresql';
import type { ParsedMail } from 'mailparser';
import request from 'supertest';
import { advocate, createBrief, deliveryRows, importOfficials, pdfTextAndInfo, publishedCampaign, settleDeliveries, uniqueInstitution } from './helpers/advocacy';
import { eventually } from './helpers/certificates';
import { bearer } from './helpers/classroom';
import { MailCatcher } from './helpers/mail-catcher';
import { startTestApp, type Account, type TestApp } from './helpers/test-app';

/**
 * Sending briefs to officials against a real SMTP server on loopback: every official gets exactly one
 * message with the PDF, the right salutation and Reply-To; the server going down, refusing a mailbox,
 * the worker restarting mid-send, a crashed worker's lease and two instances at once never lose or double one.
 */

const FAST_RETRY = { MAIL_RATE_PER_MINUTE: '100000', DELIVERY_RETRY_SECONDS: '0.3', DELIVERY_MAX_ATTEMPTS: '20' };

interface Scenario {
  adv: Account;
  briefId: string;
  institution: string;
  emails: string[];
}

async function scenario(t: TestApp, officials: number): Promise<Scenario> {
  const adv = await advocate(t, 'Lucía Incidencia');
  const c = await publishedCampaign(t, adv, 'Campaña de envíos');
  const briefId = await createBrief(t, adv, c.id);
  const institution = uniqueInstitution('Ministerio de Pruebas');
  const emails = await importOfficials(t, adv, institution, officials);
  return { adv, briefId, institution, emails };
}

async function send(t: TestApp, s: Scenario): Promise<string> {
  const res = await request(t.http)
    .post(`/api/briefs/${s.briefId}/sends`)
    .set(bearer(s.adv))
    .send({ filter: { institution: s.institution }, subject: 'Informe: citas a tiempo', message: 'Les hacemos llegar nuestro informe y quedamos a su disposición.' })
    .expect(201);
  expect(res.body.toSend).toBe(s.emails.length);
  return res.body.sendId as string;
}

async function finished(t: TestApp, adv: Account, sendId: string, timeoutMs = 30_000): Promise<{ counts: Record<string, number>; deliveries: { email: string; status: string; messageId: string; smtpResponse: string | null; attempts: number; lastError: string | null }[] }> {
  return eventually(async () => {
    const r = await request(t.http).get(`/api/sends/${sendId}`).set(bearer(adv)).expect(200);
    return r.body.finished ? r.body : null;
  }, timeoutMs);
}

/** Of the scenario's officials (`scope`), exactly `emails` received the brief, each exactly once. */
function expectExactlyOnce(catcher: MailCatcher, emails: string[], scope: string[] = emails, subject = /citas a tiempo/): Map<string, ParsedMail> {
  const briefs = catcher.messages.filter((m) => subject.test(m.subject ?? ''));
  const byAddress = new Map<string, ParsedMail[]>();
  for (const m of briefs) {
    const to = (Array.isArray(m.to) ? m.to : [m.to!]).flatMap((a) => a.value.map((v) => v.address!.toLowerCase()));
    for (const a of to) if (scope.includes(a)) byAddress.set(a, [...(byAddress.get(a) ?? []), m]);
  }
  expect([...byAddress.keys()].sort()).toEqual([...emails].sort());
  for (const e of emails) expect(byAddress.get(e)).toHaveLength(1);
  return new Map([...byAddress].map(([a, ms]) => [a, ms[0]]));
}

describe('sending a brief to 50 officials', () => {
  let t: TestApp;
  afterAll(async () => {
    await settleDeliveries(t);
    await t.close();
  });

  it('each receives exactly one message with the PDF, the salutation with their post and name, Reply-To the advocate and the stored Message-ID', async () => {
    t = await startTestApp(FAST_RETRY);
    const s = await scenario(t, 50);
    const sendId = await send(t, s);
    const done = await finished(t, s.adv, sendId);
    expect(done.counts).toMatchObject({ sent: 50, queued: 0, sending: 0, failed: 0, bounced: 0 });
    const got = expectExactlyOnce(t.mail, s.emails);

    const rows = await deliveryRows(t, sendId);
    for (const [i, email] of s.emails.entries()) {
      const m = got.get(email)!;
      const row = rows.find((r) => r.to_email === email)!;
      expect(m.messageId).toBe(row.message_id);
      expect(row.smtp_response).toMatch(/^250/);
      expect(m.replyTo?.value[0].address).toBe(s.adv.email);
      expect(m.from?.value[0].name).toBe('Lucía Incidencia (vía Puente)');
      expect(m.text).toContain(`Estimado/a Persona ${i + 1}, Directora general ${i + 1}:`);
      expect(m.text).toContain('Les hacemos llegar nuestro informe');
      expect(m.attachments).toHaveLength(1);
      expect(m.attachments[0]).toMatchObject({ contentType: 'application/pdf', filename: expect.stringMatching(/^informe-campana-de-envios.*-v1\.pdf$/) });
    }
    const { text } = pdfTextAndInfo(got.get(s.emails[0])!.attachments[0].content);
    expect(text).toContain('Citas a tiempo: informe de prueba');

    // Another send of the same version finds nobody left; a new version may go to the same people.
    await request(t.http).post(`/api/briefs/${s.briefId}/sends`).set(bearer(s.adv)).send({ filter: { institution: s.institution }, subject: 'Otra vez', message: 'Otra vez el mismo informe.' }).expect(422);
    const dry = await request(t.http).post(`/api/briefs/${s.briefId}/sends?dryRun=true`).set(bearer(s.adv)).send({ filter: { institution: s.institution }, subject: 'Otra vez', message: 'Otra vez el mismo informe.' }).expect(201);
    expect(dry.body.recipients.every((r: { outcome: string }) => r.outcome === 'already_sent')).toBe(true);
  });
});

describe('when the SMTP server fails', () => {
  let t: TestApp;
  afterAll(async () => {
    await settleDeliveries(t);
    await t.close();
  });

  it('server down: the deliveries stay queued and retry; when it is back each is delivered once', async () => {
    t = await startTestApp(FAST_RETRY);
    const s = await scenario(t, 6);
    await t.mail.stop();
    const sendId = await send(t, s);
    const retried = await eventually(async () => {
      const rows = await deliveryRows(t, sendId);
      return rows.every((r) => r.status === 'queued' && r.attempts >= 2) ? rows : null;
    });
    expect(retried).toHaveLength(6);
    const view = await request(t.http).get(`/api/sends/${sendId}`).set(bearer(s.adv)).expect(200);
    expect(view.body.finished).toBe(false);
    expect(view.body.deliveries[0]).toMatchObject({ status: 'queued', lastError: expect.stringMatching(/ECONNREFUSED|connect/i), nextAttemptAt: expect.any(String) });

    await t.mail.start(t.mail.port);
    const done = await finished(t, s.adv, sendId);
    expect(done.counts).toMatchObject({ sent: 6, failed: 0, bounced: 0 });
    expectExactlyOnce(t.mail, s.emails);
  });

  it('a 550 reply marks the delivery bounced with the server’s words; the others go out', async () => {
    const s = await scenario(t, 3);
    t.mail.rejectRecipients.add(s.emails[1]);
    const sendId = await send(t, s);
    const done = await finished(t, s.adv, sendId);
    expect(done.counts).toMatchObject({ sent: 2, bounced: 1 });
    const bounced = done.deliveries.find((d) => d.email === s.emails[1])!;
    expect(bounced).toMatchObject({ status: 'bounced', attempts: 1, smtpResponse: expect.stringMatching(/^550 .*no such user/) });
    expectExactlyOnce(t.mail, [s.emails[0], s.emails[2]], s.emails);

    // After a bounce the advocate may retry (here the mailbox exists again): it goes out once.
    t.mail.rejectRecipients.clear();
    const deliveryId = (await deliveryRows(t, sendId)).find((r) => r.to_email === s.emails[1])!.id;
    await request(t.http).post(`/api/deliveries/${deliveryId}/retry`).set(bearer(s.adv)).expect(200);
    await request(t.http).post(`/api/deliveries/${deliveryId}/retry`).set(bearer(s.adv)).expect(409);
    const again = await finished(t, s.adv, sendId);
    expect(again.counts).toMatchObject({ sent: 3, bounced: 0 });
    expectExactlyOnce(t.mail, s.emails);
  });

  it('a 5xx to our own sender address is this server’s configuration: retried, not bounced', async () => {
    const s = await scenario(t, 2);
    t.mail.rejectSenders = true;
    const sendId = await send(t, s);
    const rows = await eventually(async () => {
      const r = await deliveryRows(t, sendId);
      return r.every((d) => d.status === 'queued' && d.attempts >= 2) ? r : null;
    });
    expect(rows[0].smtp_response).toMatch(/^550 .*not allowed to relay/);
    t.mail.rejectSenders = false;
    const done = await finished(t, s.adv, sendId);
    expect(done.counts).toMatchObject({ sent: 2, bounced: 0 });
    expectExactlyOnce(t.mail, s.emails);
  });

  it('a worker that died holding a delivery: it is taken back after its lease and delivered, not lost', async () => {
    const s = await scenario(t, 1);
    const em = t.app.get(EntityManager).fork();
    // The server is down, so the row goes back and forth between attempts; between two of them it is
    // claimed the way a worker claims it, by a worker that then dies (nobody finishes it).
    await t.mail.stop();
    const sendId = await send(t, s);
    await eventually(async () => {
      const res = await em.getConnection().execute<{ id: string }[]>(
        `update deliveries set status = 'sending', attempts = attempts + 1, last_attempt_at = now(), lease_until = now() + interval '2 seconds', claim_token = gen_random_uuid()
          where send_id = ? and status = 'queued' returning id`,
        [sendId],
      );
      return res.length === 1 ? true : null;
    });
    await t.mail.start(t.mail.port);
    await new Promise((r) => setTimeout(r, 1000));
    expect((await deliveryRows(t, sendId))[0].status).toBe('sending'); // still leased: nobody touches it
    const done = await finished(t, s.adv, sendId);
    expect(done.counts).toMatchObject({ sent: 1 });
    expectExactlyOnce(t.mail, s.emails);
  });
});

describe('restarting the worker in the middle of a send', () => {
  it('nothing is lost or doubled: the running batch finishes, the next instance sends the rest', async () => {
    const catcher = await new MailCatcher().start();
    catcher.delayMs = 120;
    let t = await startTestApp({ ...FAST_RETRY, SMTP_URL: catcher.url });
    t.mail = catcher;
    try {
      const s = await scenario(t, 40);
      const sendId = await send(t, s);
      await eventually(async () => ((await deliveryRows(t, sendId)).filter((r) => r.status === 'sent').length >= 3 ? true : null));
      await t.close();
      const mid = catcher.messages.filter((m) => /citas a tiempo/.test(m.subject ?? '')).length;
      expect(mid).toBeGreaterThanOrEqual(3);
      expect(mid).toBeLessThan(40);

      t = await startTestApp({ ...FAST_RETRY, SMTP_URL: catcher.url });
      t.mail = catcher;
      const done = await finished(t, s.adv, sendId, 60_000);
      expect(done.counts).toMatchObject({ sent: 40, failed: 0 });
      expectExactlyOnce(catcher, s.emails);
    } finally {
      await settleDeliveries(t);
      await t.close();
      await catcher.stop();
    }
  });
});

describe('two instances working the same queue', () => {
  it('each (version, official) pair goes out once however the instances share the work', async () => {
    const catcher = await new MailCatcher().start();
    catcher.delayMs = 20;
    const a = await startTestApp({ ...FAST_RETRY, SMTP_URL: catcher.url });
    const b = await startTestApp({ ...FAST_RETRY, SMTP_URL: catcher.url });
    a.mail = catcher;
    b.mail = catcher;
    try {
      const s = await scenario(a, 60);
      // Both instances race to send the same brief version to the same officials: one send wins each pair.
      const body = { filter: { institution: s.institution }, subject: 'Informe: citas a tiempo', message: 'Les hacemos llegar nuestro informe y quedamos a su disposición.' };
      const [r1, r2] = await Promise.all([
        request(a.http).post(`/api/briefs/${s.briefId}/sends`).set(bearer(s.adv)).send(body),
        request(b.http).post(`/api/briefs/${s.briefId}/sends`).set(bearer(s.adv)).send(body),
      ]);
      const created = [r1, r2].filter((r) => r.status === 201);
      expect(created.length).toBeGreaterThanOrEqual(1);
      expect(created.reduce((n, r) => n + (r.body.toSend as number), 0)).toBe(60);
      for (const r of [r1, r2]) if (r.status !== 201) expect(r.status).toBe(422);
      for (const r of created) await finished(a, s.adv, r.body.sendId as string, 60_000);
      expectExactlyOnce(catcher, s.emails);
    } finally {
      await settleDeliveries(a);
      await a.close();
      await b.close();
      await catcher.stop();
    }
  });
});

describe('MAIL_RATE_PER_MINUTE', () => {
  it('no more deliveries start in a minute than the rate allows, across the queue', async () => {
    const t = await startTestApp({ ...FAST_RETRY, MAIL_RATE_PER_MINUTE: '4' });
    try {
      // Attempts made by earlier tests in the last minute would use up this budget.
      await t.app.get(EntityManager).fork().getConnection().execute(`update deliveries set last_attempt_at = last_attempt_at - interval '2 minutes' where last_attempt_at > now() - interval '2 minutes'`);
      const s = await scenario(t, 7);
      const sendId = await send(t, s);
      await eventually(async () => ((await deliveryRows(t, sendId)).filter((r) => r.status === 'sent').length === 4 ? true : null));
      await new Promise((r) => setTimeout(r, 2500));
      const rows = await deliveryRows(t, sendId);
      expect(rows.filter((r) => r.status === 'sent')).toHaveLength(4);
      expect(rows.filter((r) => r.status === 'queued')).toHaveLength(3);
    } finally {
      await settleDeliveries(t);
      await t.close();
    }
  });
});
