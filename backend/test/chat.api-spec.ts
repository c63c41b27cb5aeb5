import type { AddressInfo } from 'node:net';
import request from 'supertest';
import WebSocket from 'ws';
import { ChatHub } from '../src/modules/chat/chat.hub';
import { bearer, createClass, importFixtureCourse } from './helpers/classroom';
import { createAccount, grantRoles, startTestApp, type Account, type TestApp } from './helpers/test-app';

interface Frame {
  type: string;
  [k: string]: unknown;
}
interface MessageFrame extends Frame {
  message: { seq: number; id: string; author: { id: string; name: string; trainer: boolean }; body: string; deleted: boolean };
}

/** A WebSocket client of the class chat that keeps every frame it gets and how it was closed. */
class ChatClient {
  readonly frames: Frame[] = [];
  closed?: { code: number; reason: string };
  private waiters: (() => void)[] = [];

  private constructor(readonly ws: WebSocket) {
    ws.on('message', (data: Buffer) => {
      this.frames.push(JSON.parse(data.toString('utf8')) as Frame);
      this.wake();
    });
    ws.on('close', (code, reason) => {
      this.closed = { code, reason: reason.toString() };
      this.wake();
    });
  }

  static connect(t: TestApp, query: string, headers: Record<string, string> = {}): Promise<ChatClient> {
    const port = (t.app.getHttpServer().address() as AddressInfo).port;
    const ws = new WebSocket(`ws://127.0.0.1:${port}/api/chat?${query}`, { headers });
    const client = new ChatClient(ws);
    return new Promise((resolve, reject) => {
      ws.once('open', () => resolve(client));
      ws.once('error', reject);
    });
  }

  private wake(): void {
    const w = this.waiters;
    this.waiters = [];
    w.forEach((f) => f());
  }

  /** Waits until `probe` holds over the frames received (or the socket closed), up to 10 s. */
  async until(probe: (c: ChatClient) => boolean, what: string): Promise<void> {
    const deadline = Date.now() + 10_000;
    while (!probe(this)) {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; frames: ${JSON.stringify(this.frames).slice(0, 2000)}; closed: ${JSON.stringify(this.closed)}`);
      await new Promise<void>((r) => {
        this.waiters.push(r);
        setTimeout(r, 200);
      });
    }
  }

  messages(): MessageFrame['message'][] {
    return this.frames.filter((f): f is MessageFrame => f.type === 'message').map((f) => f.message);
  }

  send(body: unknown, ref?: string): void {
    this.ws.send(JSON.stringify({ type: 'send', body, ...(ref ? { ref } : {}) }));
  }

  async ready(): Promise<Frame> {
    await this.until((c) => c.frames.some((f) => f.type === 'ready') || !!c.closed, 'ready');
    const ready = this.frames.find((f) => f.type === 'ready');
    if (!ready) throw new Error(`closed before ready: ${JSON.stringify(this.closed)}`);
    return ready;
  }

  async closedWith(): Promise<number> {
    await this.until((c) => !!c.closed, 'close');
    return this.closed!.code;
  }

  close(): void {
    this.ws.close();
  }
}

const auth = (a: Account) => ({ Authorization: `Bearer ${a.token}` });

describe('class chat', () => {
  let one: TestApp;
  let two: TestApp;
  let trainer: Account;
  let ana: Account;
  let beto: Account;
  let outsider: Account;
  let classId: string;
  const open: ChatClient[] = [];
  const connect = async (t: TestApp, who: Account | null, query = `class=${classId}`, headers: Record<string, string> = {}) => {
    const c = await ChatClient.connect(t, query, { ...(who ? auth(who) : {}), ...headers });
    open.push(c);
    return c;
  };

  beforeAll(async () => {
    one = await startTestApp();
    await importFixtureCourse('88-curso-chat');
    [trainer, ana, beto, outsider] = await Promise.all([
      createAccount(one, { displayName: 'Formadora Chat' }),
      createAccount(one, { displayName: 'Ana Chat' }),
      createAccount(one, { displayName: 'Beto Chat', locale: 'en' }),
      createAccount(one, { displayName: 'Ajena Chat' }),
    ]);
    await grantRoles(one, trainer.id, ['trainer']);
    classId = await createClass(one, trainer, { courseSlug: 'curso-chat' });
    for (const learner of [ana, beto]) await request(one.http).post(`/api/classes/${classId}/enrolments`).set(bearer(learner)).expect(201);
    // A second instance of the app on the same database, as behind a load balancer. (Started after the
    // accounts: either instance may send a sign-up mail, and each test app has its own mail catcher.)
    two = await startTestApp({ JOBS_ENABLED: 'false' });
  });

  afterEach(() => {
    for (const c of open.splice(0)) c.close();
  });

  afterAll(async () => {
    await one?.close();
    await two?.close();
  });

  it('two learners and the trainer, on two app instances, see each other’s messages in one order', async () => {
    const t = await connect(one, trainer);
    const a = await connect(one, ana);
    const b = await connect(two, beto);
    for (const c of [t, a, b]) await c.ready();
    expect(t.frames[0]).toMatchObject({ type: 'ready', classId, canModerate: true, muted: false });
    expect(b.frames[0]).toMatchObject({ type: 'ready', canModerate: false, muted: false });

    // All three write at once, five messages each.
    for (let i = 1; i <= 5; i++) {
      t.send(`Formadora ${i}`, `t${i}`);
      a.send(`Ana ${i}`, `a${i}`);
      b.send(`Beto ${i}`, `b${i}`);
    }
    for (const c of [t, a, b]) await c.until((x) => x.messages().length >= 15, '15 messages');
    const seen = [t, a, b].map((c) => c.messages().map((m) => `${m.seq}:${m.body}`));
    expect(seen[1]).toEqual(seen[0]);
    expect(seen[2]).toEqual(seen[0]);
    const seqs = t.messages().map((m) => m.seq);
    expect(seqs).toEqual([...seqs].sort((x, y) => x - y));
    expect(new Set(seqs).size).toBe(15);
    // Each author's own messages arrive in the order they were sent, and each send is acknowledged.
    for (const name of ['Formadora', 'Ana', 'Beto']) {
      expect(t.messages().filter((m) => m.body.startsWith(name)).map((m) => m.body)).toEqual([1, 2, 3, 4, 5].map((i) => `${name} ${i}`));
    }
    await b.until((x) => x.frames.filter((f) => f.type === 'ack').length === 5, 'acks');
    expect(t.messages().find((m) => m.body === 'Formadora 1')!.author).toEqual({ id: trainer.id, name: 'Formadora Chat', trainer: true });
    expect(t.messages().find((m) => m.body === 'Ana 1')!.author).toEqual({ id: ana.id, name: 'Ana Chat', trainer: false });

    // The history over HTTP, from either instance, has the same order.
    const history = await request(two.http).get(`/api/classes/${classId}/chat`).set(bearer(ana)).expect(200);
    expect(history.body.messages.slice(-15).map((m: { seq: number; body: string }) => `${m.seq}:${m.body}`)).toEqual(seen[0]);
    expect(history.body).toMatchObject({ classId, canModerate: false, muted: false, mutes: [], socketPath: '/api/chat', lastSeq: seqs[14] });
  });

  it('refuses an outsider, a visitor, an unknown class and another site, over WebSocket and HTTP', async () => {
    expect(await (await connect(one, outsider)).closedWith()).toBe(4403);
    expect(await (await connect(two, null)).closedWith()).toBe(4401);
    expect(await (await connect(one, ana, `class=00000000-0000-4000-8000-000000000000`)).closedWith()).toBe(4404);
    expect(await (await connect(one, ana, `class=nope`)).closedWith()).toBe(4400);
    expect(await (await connect(one, ana, `class=${classId}&after=-1`)).closedWith()).toBe(4400);
    // A browser on another site carries the member's cookie but not our Origin.
    const foreign = await connect(one, null, `class=${classId}`, { Cookie: `session=${ana.token}`, Origin: 'https://otro-sitio.example' });
    expect(await foreign.closedWith()).toBe(4403);
    const own = await connect(one, null, `class=${classId}`, { Cookie: `session=${ana.token}`, Origin: one.config.publicOrigin });
    await own.ready();
    // An outsider never got a frame: not even the room's size or last number.
    const refused = await connect(one, outsider);
    await refused.closedWith();
    expect(refused.frames).toEqual([]);

    const read = await request(one.http).get(`/api/classes/${classId}/chat`).set(bearer(outsider)).set('Accept-Language', 'es').expect(403);
    expect(read.body.message).toMatch(/solo para su formador/);
    await request(one.http).post(`/api/classes/${classId}/chat/messages`).set(bearer(outsider)).send({ body: 'Hola' }).expect(403);
    await request(one.http).get(`/api/classes/${classId}/chat`).expect(401);
  });

  it('replays to a reconnecting client exactly what it missed, then goes on live', async () => {
    const a = await connect(one, ana);
    await a.ready();
    a.send('Antes de irme', 'x');
    await a.until((c) => c.messages().some((m) => m.body === 'Antes de irme'), 'own message');
    const last = a.messages().at(-1)!.seq;
    a.close();
    await a.closedWith();

    // While Ana is away: two messages over WebSocket on the other instance, one through the plain form.
    const t = await connect(two, trainer);
    await t.ready();
    t.send('Primera mientras no estabas', 'p1');
    t.send('Segunda mientras no estabas', 'p2');
    await t.until((c) => c.messages().length === 2, 'two sent');
    const posted = await request(one.http).post(`/api/classes/${classId}/chat/messages`).set(bearer(beto)).send({ body: '  Tercera, desde el formulario\r\n' }).expect(201);
    expect(posted.body).toMatchObject({ body: 'Tercera, desde el formulario', author: { id: beto.id, trainer: false }, deleted: false });

    const back = await connect(two, ana, `class=${classId}&after=${last}`);
    await back.until((c) => c.messages().length === 3, 'three missed');
    expect(back.messages().map((m) => m.body)).toEqual(['Primera mientras no estabas', 'Segunda mientras no estabas', 'Tercera, desde el formulario']);
    expect(back.messages().map((m) => m.seq)).toEqual([last + 1, last + 2, last + 3]);
    t.send('Y ahora en directo', 'p3');
    await back.until((c) => c.messages().length === 4, 'live after replay');
    expect(back.messages()[3]).toMatchObject({ seq: last + 4, body: 'Y ahora en directo' });
    // Connecting without `after` replays nothing: the page already shows the history.
    const fresh = await connect(one, ana);
    const ready = await fresh.ready();
    expect(ready.lastSeq).toBe(last + 4);
    await new Promise((r) => setTimeout(r, 300));
    expect(fresh.messages()).toEqual([]);
  });

  it('tells a reconnecting client which of the messages it shows were deleted meanwhile', async () => {
    const posted = await request(one.http).post(`/api/classes/${classId}/chat/messages`).set(bearer(beto)).send({ body: 'Lo borrarán mientras Ana no está' }).expect(201);
    const seq = posted.body.seq as number;
    await request(one.http).delete(`/api/classes/${classId}/chat/messages/${seq}`).set(bearer(trainer)).expect(204);
    const back = await connect(two, ana, `class=${classId}&after=${seq}`);
    await back.until((c) => c.frames.some((f) => f.type === 'deleted' && f.seq === seq), 'deleted frame on reconnect');
    expect(back.messages()).toEqual([]);
  });

  it('caps the sockets one member keeps open on an instance', async () => {
    const clients: ChatClient[] = [];
    for (let i = 0; i < 10; i++) clients.push(await connect(one, beto));
    for (const c of clients) await c.ready();
    expect(await (await connect(one, beto)).closedWith()).toBe(4429);
    // Another instance, or after closing one, is fine.
    await (await connect(two, beto)).ready();
    clients[0].close();
    await clients[0].closedWith();
    await (await connect(one, beto)).ready();
  });

  it('names the field and speaks the member’s language when a message is refused', async () => {
    const b = await connect(one, beto);
    await b.ready();
    b.send('   ', 'empty');
    b.send('x'.repeat(1001), 'long');
    b.send(42, 'number');
    b.ws.send('no es JSON');
    await b.until((c) => c.frames.filter((f) => f.type === 'error').length === 4, 'four errors');
    const errors = b.frames.filter((f) => f.type === 'error');
    expect(errors[0]).toMatchObject({ ref: 'empty', field: 'body', message: 'The field "body" must not be empty' });
    expect(errors[1]).toMatchObject({ ref: 'long', field: 'body', message: expect.stringMatching(/"body" must be at most 1000 characters/) });
    expect(errors[2]).toMatchObject({ ref: 'number', field: 'body' });
    expect(errors[3]).toMatchObject({ code: 'chat.bad_frame' });
    expect(b.messages()).toEqual([]);

    const empty = await request(one.http).post(`/api/classes/${classId}/chat/messages`).set(bearer(ana)).set('Accept-Language', 'es').send({ body: ' ' }).expect(400);
    expect(empty.body.details).toEqual([expect.objectContaining({ field: 'body' })]);
    expect(empty.body.message).toMatch(/body/);
    await request(one.http).post(`/api/classes/${classId}/chat/messages`).set(bearer(ana)).send({ body: 'y'.repeat(1001) }).expect(400);
    await request(one.http).get(`/api/classes/${classId}/chat?before=abc`).set(bearer(ana)).expect(400);
  });

  it('lets the trainer delete a message and mute a learner, and nobody else', async () => {
    const a = await connect(one, ana);
    const b = await connect(two, beto);
    await a.ready();
    await b.ready();
    const posted = await request(one.http).post(`/api/classes/${classId}/chat/messages`).set(bearer(beto)).send({ body: 'Un mensaje que sobra' }).expect(201);
    const seq = posted.body.seq as number;

    await request(one.http).delete(`/api/classes/${classId}/chat/messages/${seq}`).set(bearer(ana)).expect(403);
    await request(one.http).put(`/api/classes/${classId}/chat/mutes/${beto.id}`).set(bearer(ana)).expect(403);
    await request(one.http).delete(`/api/classes/${classId}/chat/messages/${seq}`).set(bearer(outsider)).expect(403);
    await request(one.http).delete(`/api/classes/${classId}/chat/messages/${seq}`).set(bearer(trainer)).expect(204);
    await request(one.http).delete(`/api/classes/${classId}/chat/messages/999999`).set(bearer(trainer)).expect(404);
    for (const c of [a, b]) await c.until((x) => x.frames.some((f) => f.type === 'deleted' && f.seq === seq), 'deleted frame');
    const history = await request(one.http).get(`/api/classes/${classId}/chat`).set(bearer(ana)).expect(200);
    expect(history.body.messages.find((m: { seq: number }) => m.seq === seq)).toMatchObject({ deleted: true, body: '' });

    await request(two.http).put(`/api/classes/${classId}/chat/mutes/${beto.id}`).set(bearer(trainer)).expect(204);
    await request(two.http).put(`/api/classes/${classId}/chat/mutes/${trainer.id}`).set(bearer(trainer)).expect(400);
    await request(two.http).put(`/api/classes/${classId}/chat/mutes/${outsider.id}`).set(bearer(trainer)).expect(404);
    await b.until((x) => x.frames.some((f) => f.type === 'muted' && f.muted === true), 'muted frame');
    expect(a.frames.some((f) => f.type === 'muted')).toBe(false);
    b.send('¿Me oís?', 'm1');
    await b.until((x) => x.frames.some((f) => f.type === 'error' && f.ref === 'm1'), 'muted error');
    expect(b.frames.find((f) => f.ref === 'm1')).toMatchObject({ code: 'chat.muted', message: expect.stringMatching(/muted you/) });
    await request(one.http).post(`/api/classes/${classId}/chat/messages`).set(bearer(beto)).send({ body: 'Por el formulario' }).expect(403);
    const room = await request(one.http).get(`/api/classes/${classId}/chat`).set(bearer(trainer)).expect(200);
    expect(room.body.mutes).toEqual([expect.objectContaining({ userId: beto.id, name: 'Beto Chat' })]);
    expect((await request(one.http).get(`/api/classes/${classId}/chat`).set(bearer(beto)).expect(200)).body).toMatchObject({ muted: true, mutes: [] });

    await request(one.http).delete(`/api/classes/${classId}/chat/mutes/${beto.id}`).set(bearer(trainer)).expect(204);
    await b.until((x) => x.frames.some((f) => f.type === 'muted' && f.muted === false), 'unmuted frame');
    b.send('Ya puedo hablar', 'm2');
    await a.until((x) => x.messages().some((m) => m.body === 'Ya puedo hablar'), 'message after unmute');
  });

  it('keeps delivering when an instance loses its LISTEN connection, catching up what passed meanwhile', async () => {
    const b = await connect(two, beto);
    await b.ready();
    const before = await request(one.http).post(`/api/classes/${classId}/chat/messages`).set(bearer(ana)).send({ body: 'Antes del corte' }).expect(201);
    await b.until((c) => c.messages().some((m) => m.body === 'Antes del corte'), 'message before the outage');
    two.app.get(ChatHub).dropListenerForTest();
    // Sent and deleted on the other instance while this one's listener is down (it reconnects after a second).
    await request(one.http).post(`/api/classes/${classId}/chat/messages`).set(bearer(ana)).send({ body: 'Durante el corte' }).expect(201);
    await request(one.http).delete(`/api/classes/${classId}/chat/messages/${before.body.seq}`).set(bearer(trainer)).expect(204);
    await b.until((c) => c.frames.some((f) => f.type === 'deleted' && f.seq === before.body.seq), 'deletion made during the outage');
    await b.until((c) => c.messages().some((m) => m.body === 'Durante el corte'), 'message sent during the outage');
    await request(one.http).post(`/api/classes/${classId}/chat/messages`).set(bearer(ana)).send({ body: 'Después del corte' }).expect(201);
    await b.until((c) => c.messages().some((m) => m.body === 'Después del corte'), 'message after the outage');
    expect(b.messages().filter((m) => m.body === 'Durante el corte')).toHaveLength(1);
  });

  it('limits a member to 20 messages in 10 seconds', async () => {
    const fast = await createAccount(one, { displayName: 'Rápida' });
    await request(one.http).post(`/api/classes/${classId}/enrolments`).set(bearer(fast)).expect(201);
    const c = await connect(one, fast);
    await c.ready();
    for (let i = 0; i < 21; i++) c.send(`Mensaje ${i}`, `r${i}`);
    await c.until((x) => x.frames.some((f) => f.ref === 'r20'), 'the 21st answer');
    expect(c.frames.filter((f) => f.type === 'ack')).toHaveLength(20);
    expect(c.frames.find((f) => f.ref === 'r20')).toMatchObject({ type: 'error', code: 'chat.rate_limited' });
    const res = await request(one.http).post(`/api/classes/${classId}/chat/messages`).set(bearer(fast)).send({ body: 'Uno más' }).expect(429);
    expect(res.headers['retry-after']).toBe('10');
  });

  it('closes the socket of a learner who left the class, and of a session that ended', async () => {
    const [leaver, quitter] = await Promise.all([createAccount(one, { displayName: 'Se va' }), createAccount(one, { displayName: 'Cierra sesión' })]);
    const enrolment = await request(one.http).post(`/api/classes/${classId}/enrolments`).set(bearer(leaver)).expect(201);
    await request(one.http).post(`/api/classes/${classId}/enrolments`).set(bearer(quitter)).expect(201);
    const l = await connect(one, leaver);
    const q = await connect(one, quitter);
    const stays = await connect(one, ana);
    for (const c of [l, q, stays]) await c.ready();
    await request(one.http).delete(`/api/enrolments/${enrolment.body.id}`).set(bearer(leaver)).expect(200);
    await request(one.http).post('/api/auth/logout').set(bearer(quitter)).expect((r) => expect([200, 204]).toContain(r.status));
    await one.app.get(ChatHub).recheckMembers();
    expect(await l.closedWith()).toBe(4403);
    expect(await q.closedWith()).toBe(4401);
    expect(stays.closed).toBeUndefined();
  });

  it('shuts down with its sockets closed as "going away"', async () => {
    const extra = await startTestApp({ JOBS_ENABLED: 'false' });
    const c = await connect(extra, ana);
    await c.ready();
    expect(extra.app.get(ChatHub).connections).toBe(1);
    const closing = extra.close();
    expect(await c.closedWith()).toBe(1001);
    await closing;
  });
});
