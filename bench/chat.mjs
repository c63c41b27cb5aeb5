// Class chat fan-out for bench/run.mjs (issue 9): N WebSocket clients in one class's room, some of them
// sending as fast as the server acknowledges, every client timing each message from its send to its receipt.
// The same clients, in this process, against the app's /api/chat and against a bare `ws` broadcast server
// speaking the same protocol (bench/chat-baseline.mjs, a process of its own like the app).
//
// The clients run in the bench's own process, so their share of the machine (200 sockets' frames parsed
// here) is in both sides' figures alike, and on a 2-core machine it competes with the server for the CPU:
// clientCpuPercent says how much (the bench process's CPU time over the run's wall time, 100 = one core busy
// throughout). Trying it here, the bare server's one thread was the limit (the clients' process ~40%), not the clients. Every send carries its time (performance.now() of this process) at the start of its body;
// a receipt's latency is the receiving client's performance.now() minus that, one clock, no skew.
import { fork } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { WebSocket } from 'ws';

/**
 * One run: `clients` sockets connect to `url` (headersFor(i) gives client i's upgrade headers: its session),
 * 20 at a time, and wait for every `ready`. Then `senders` of them (clients firstSender, firstSender + 1, …)
 * share `messages` sends between them, round-robin, each keeping at most `window` sent and not yet acked
 * (a closed loop: as fast as the server takes them, never an unbounded pile). Every client, senders
 * included, must receive every acked message once, in seq order with no gap: `lost`, `outOfOrder` and
 * `duplicates` count the exceptions, `errors` the server's error frames by code. Deliveries per second are
 * messages received by all clients over the wall time from the first send to the last receipt.
 *
 * With `paced`, the senders take turns sending one message at a time, the next only once every client has
 * received the last: latency with no queue, the fan-out itself, where the closed loop's latency is mostly
 * queueing (Little's law: messages in flight × clients / deliveries per second).
 */
export async function benchChatFanout({ url, headersFor = () => ({}), clients = 200, messages = 1000, senders = 50, window = 2, firstSender = 0, paced = false, idleMs = 15_000 }) {
  const latencies = new Float64Array(messages * clients);
  let received = 0;
  let lastReceipt = 0;
  let acked = 0;
  let settled = 0;
  const errors = {};
  let gaps = 0;
  let progress;
  let finished = () => {};
  let nextPaced;
  const tick = () => {
    progress = performance.now();
    if (settled === messages && received >= acked * clients) finished();
    else nextPaced?.();
  };

  const open = (i) =>
    new Promise((ready, fail) => {
      const ws = new WebSocket(url, { headers: headersFor(i) });
      sockets.push(ws);
      const c = { ws, next: 0, received: 0, outOfOrder: 0, duplicates: 0, onAck: undefined };
      ws.on('unexpected-response', (_req, res) => fail(new Error(`client ${i}: HTTP ${res.statusCode} on upgrade`)));
      ws.on('error', (e) => fail(new Error(`client ${i}: ${e.message}`)));
      ws.on('close', (code, reason) => {
        c.closed = code;
        fail(new Error(`client ${i}: closed ${code} ${reason}`));
      });
      ws.on('message', (data) => {
        const now = performance.now();
        const frame = JSON.parse(data.toString());
        switch (frame.type) {
          case 'message': {
            const { seq, body } = frame.message;
            if (seq < c.next) {
              c.duplicates += 1;
              return;
            }
            if (seq !== c.next) c.outOfOrder += 1;
            c.next = seq + 1;
            c.received += 1;
            if (received < latencies.length) latencies[received] = now - Number.parseFloat(body);
            received += 1;
            lastReceipt = now;
            tick();
            return;
          }
          case 'ack':
          case 'error':
            if (frame.type === 'error') errors[frame.code] = (errors[frame.code] ?? 0) + 1;
            else acked += 1;
            if (frame.type === 'ack' || frame.ref) c.onAck?.();
            return;
          case 'ready':
            c.next = frame.lastSeq + 1;
            ready(c);
            return;
          case 'gap':
            gaps += 1;
            return;
          default:
        }
      });
    });

  const sockets = [];
  const all = [];
  try {
    for (let i = 0; i < clients; i += 20) all.push(...(await Promise.all(Array.from({ length: Math.min(20, clients - i) }, (_, k) => open(i + k)))));
  } catch (e) {
    for (const ws of sockets) ws.terminate();
    throw e;
  }
  const extensions = all[0].ws.extensions;

  const done = new Promise((ok) => (finished = ok));
  let firstSend = 0;
  let sentAll = 0;
  const send = (c, k) => {
    const t = performance.now();
    if (!firstSend) firstSend = t;
    sentAll += 1;
    c.ws.send(JSON.stringify({ type: 'send', ref: `b${k}`, body: `${t.toFixed(3)} mensaje ${k} de la clase de medida` }));
  };
  const senderOf = (j) => all[(firstSender + j) % clients];
  let sending;
  if (paced) {
    // One message at a time: the next goes once the last is acked and every client has received it.
    nextPaced = () => {
      if (sentAll < messages && settled === sentAll && received >= acked * clients) send(senderOf(sentAll % senders), sentAll);
    };
    for (let j = 0; j < senders; j++) {
      senderOf(j).onAck = () => {
        settled += 1;
        tick();
      };
    }
    sending = [nextPaced];
  } else {
    sending = Array.from({ length: senders }, (_, j) => {
      const c = senderOf(j);
      const quota = Math.floor(messages / senders) + (j < messages % senders ? 1 : 0);
      let sent = 0;
      let inFlight = 0;
      const pump = () => {
        while (inFlight < window && sent < quota) {
          inFlight += 1;
          send(c, sent * senders + j);
          sent += 1;
        }
      };
      c.onAck = () => {
        inFlight -= 1;
        settled += 1;
        tick();
        pump();
      };
      return pump;
    });
  }
  progress = performance.now();
  const cpu = process.cpuUsage();
  for (const pump of sending) pump();
  const idle = setInterval(() => performance.now() - progress > idleMs && finished(), 500);
  await done;
  const { user, system } = process.cpuUsage(cpu);
  clearInterval(idle);

  await Promise.all(
    all.map(
      (c) =>
        new Promise((ok) => {
          if (c.closed !== undefined) return ok();
          c.ws.removeAllListeners('close');
          c.ws.once('close', ok);
          c.ws.close(1000);
          setTimeout(ok, 5000).unref();
        }),
    ),
  );

  const n = Math.min(received, latencies.length);
  const sorted = latencies.subarray(0, n).sort();
  const at = (p) => (n ? sorted[Math.min(n - 1, Math.ceil(p * n) - 1)] : Number.NaN);
  const wallMs = lastReceipt - firstSend;
  const sum = (f) => all.reduce((s, c) => s + f(c), 0);
  return {
    clients,
    messages,
    senders,
    window: paced ? 1 : window,
    acked,
    deliveries: received,
    wallMs,
    deliveriesPerSecond: (received * 1000) / wallMs,
    p50Ms: at(0.5),
    p99Ms: at(0.99),
    maxMs: n ? sorted[n - 1] : Number.NaN,
    clientCpuPercent: (user + system) / 10 / wallMs,
    // Sends the server refused (errors[code] says why), and acked messages some client never received.
    refused: messages - acked,
    lost: acked * clients - sum((c) => c.received),
    outOfOrder: sum((c) => c.outOfOrder),
    duplicates: sum((c) => c.duplicates),
    gaps,
    errors,
    extensions,
    latencies: sorted,
  };
}

/** Starts bench/chat-baseline.mjs on `port` (0: any free one); resolves once it listens, with a stop() that waits for its exit. */
export function startChatBaseline(root, port) {
  const child = fork(join(root, 'bench', 'chat-baseline.mjs'), { env: { ...process.env, PORT: String(port) }, stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
  return new Promise((ok, fail) => {
    child.once('exit', (code) => fail(new Error(`the chat baseline exited (code ${code}) before listening`)));
    child.once('message', ({ port: listening }) => {
      child.removeAllListeners('exit');
      ok({
        url: `ws://127.0.0.1:${listening}/api/chat`,
        stop: () =>
          new Promise((exited) => {
            if (child.exitCode !== null || child.signalCode !== null) return exited();
            child.once('exit', exited);
            child.kill('SIGTERM');
          }),
      });
    });
  });
}

/**
 * The app's side of the figure: a class of the trainer whose token is given, with `learners` active learners
 * added in SQL (sharing the trainer's password, copied as its argon2 hash), each then signed in through
 * POST /api/auth/login like anyone (4 at a time). Returns the class id and the sessions' tokens, the trainer's first.
 */
export async function chatFixture({ appBase, databaseUrl, trainerToken, trainerEmail, password, learners }) {
  const res = await fetch(`${appBase}/api/classes`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${trainerToken}` },
    body: JSON.stringify({ courseSlug: 'plan-de-negocio', title: 'Clase con chat de medida', startsOn: '2026-01-01', endsOn: '2027-12-31', timezone: 'Europe/Madrid', capacity: learners, mode: 'online', enrolmentOpen: false }),
  });
  if (!res.ok) throw new Error(`creating the chat class: ${res.status} ${await res.text()}`);
  const { id } = await res.json();
  const c = new pg.Client({ connectionString: databaseUrl });
  await c.connect();
  try {
    await c.query(
      `insert into users (id, email, display_name, password_hash, email_verified_at)
         select gen_random_uuid(), 'bench.chat.' || i || '@example.org', 'Aprendiz chat ' || lpad(i::text, 3, '0'), (select password_hash from users where email = $2), now()
           from generate_series(1, $1) i`,
      [learners, trainerEmail],
    );
    await c.query(
      `insert into enrolments (id, class_id, user_id, status, queued_at, activated_at)
         select gen_random_uuid(), $1, id, 'active', now(), now() from users where email like 'bench.chat.%'`,
      [id],
    );
  } finally {
    await c.end();
  }
  const tokens = new Array(learners);
  const login = async (i) => {
    const r = await fetch(`${appBase}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: `bench.chat.${i + 1}@example.org`, password }) });
    if (!r.ok) throw new Error(`signing in learner ${i + 1}: ${r.status} ${await r.text()}`);
    tokens[i] = (await r.json()).token;
  };
  for (let i = 0; i < learners; i += 4) await Promise.all(Array.from({ length: Math.min(4, learners - i) }, (_, k) => login(i + k)));
  return { classId: id, tokens: [trainerToken, ...tokens] };
}

/**
 * The whole figure for bench/run.mjs: the fixture, then both sides against the same clients' code — each
 * warmed up first (`warmUp` messages), then the bare server, the app and the bare server again (pooled, so
 * drift over the run falls on both), then each paced (`paced` messages, one at a time). Each of the app's
 * runs has senders of its own, so no member sends in two runs (the app limits how fast a member posts).
 */
export async function benchChat({ root, appBase, databaseUrl, trainerToken, trainerEmail, password, clients, messages, senders, window, warmUp = 100, paced = 100, pacedSenders = 10 }) {
  if (senders + 2 * pacedSenders > clients) throw new Error(`the chat figure needs ${senders + 2 * pacedSenders} senders of its own but has ${clients} clients`);
  const fixture = await chatFixture({ appBase, databaseUrl, trainerToken, trainerEmail, password, learners: clients - 1 });
  const appUrl = `${appBase.replace(/^http/, 'ws')}/api/chat?class=${fixture.classId}`;
  const headersFor = (i) => ({ authorization: `Bearer ${fixture.tokens[i]}` });
  const bare = await startChatBaseline(root, 0);
  const bareUrl = `${bare.url}?class=${fixture.classId}`;
  // Senders, by client index: the measured run's from 0, the warm-up's and the paced run's after them.
  const loaded = { clients, messages, senders, window, firstSender: 0 };
  const warm = { clients, messages: warmUp, senders: pacedSenders, window, firstSender: senders };
  const slow = { clients, messages: paced, senders: pacedSenders, paced: true, firstSender: senders + pacedSenders };
  try {
    await benchChatFanout({ url: bareUrl, ...warm });
    await benchChatFanout({ url: appUrl, headersFor, ...warm });
    const bareBefore = await benchChatFanout({ url: bareUrl, ...loaded });
    const app = await benchChatFanout({ url: appUrl, headersFor, ...loaded });
    const bareAfter = await benchChatFanout({ url: bareUrl, ...loaded });
    const barePaced = await benchChatFanout({ url: bareUrl, ...slow });
    const appPaced = await benchChatFanout({ url: appUrl, headersFor, ...slow });
    return { app, bare: pooled(bareBefore, bareAfter), appPaced, barePaced, bareBefore, bareAfter };
  } finally {
    await bare.stop();
  }
}

/** Percentile p (0..1) of ascending samples. */
const percentile = (sorted, p) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] : Number.NaN);

/** Two runs of one side as one: deliveries over their summed wall time, latencies pooled. */
export function pooled(a, b) {
  const latencies = new Float64Array(a.latencies.length + b.latencies.length);
  latencies.set(a.latencies);
  latencies.set(b.latencies, a.latencies.length);
  latencies.sort();
  const add = (x, y) => Object.fromEntries([...new Set([...Object.keys(x), ...Object.keys(y)])].map((k) => [k, (x[k] ?? 0) + (y[k] ?? 0)]));
  return {
    ...a,
    runs: 2,
    acked: a.acked + b.acked,
    deliveries: a.deliveries + b.deliveries,
    wallMs: a.wallMs + b.wallMs,
    deliveriesPerSecond: ((a.deliveries + b.deliveries) * 1000) / (a.wallMs + b.wallMs),
    p50Ms: percentile(latencies, 0.5),
    p99Ms: percentile(latencies, 0.99),
    maxMs: Math.max(a.maxMs, b.maxMs),
    clientCpuPercent: (a.clientCpuPercent * a.wallMs + b.clientCpuPercent * b.wallMs) / (a.wallMs + b.wallMs),
    refused: a.refused + b.refused,
    lost: a.lost + b.lost,
    outOfOrder: a.outOfOrder + b.outOfOrder,
    duplicates: a.duplicates + b.duplicates,
    gaps: a.gaps + b.gaps,
    errors: add(a.errors, b.errors),
    latencies,
  };
}

// `node bench/chat.mjs`: the bare side alone (BENCH_CHAT_CLIENTS, BENCH_CHAT_MESSAGES), to try the harness.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  const bare = await startChatBaseline(root, 0);
  try {
    const clients = Number(process.env.BENCH_CHAT_CLIENTS ?? 200);
    const r = await benchChatFanout({ url: `${bare.url}?class=try`, clients, messages: Number(process.env.BENCH_CHAT_MESSAGES ?? 1000) });
    console.log({ ...r, latencies: undefined });
    const p = await benchChatFanout({ url: `${bare.url}?class=try`, clients, messages: 100, senders: 10, paced: true });
    console.log({ ...p, latencies: undefined });
  } finally {
    await bare.stop();
  }
}
