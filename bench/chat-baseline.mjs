// The bare side of the class-chat fan-out figure: the `ws` package on node:http speaking the app's wire
// protocol for what the figure uses, and nothing else — no database, no sign-in, no membership, no rate
// limit, no moderation. On upgrade at /api/chat?class=<id> a client joins that room in memory and gets
// {"type":"ready",…}; each {"type":"send",ref,body} gets the room's next seq, an {"type":"ack",ref,seq} to
// its sender, and one {"type":"message",message:{…}} JSON string, serialised once, sent to every client of
// the room (the sender too), as the app does. GET /api/health answers 200 so bench/run.mjs can wait for it.
// Started as a child process by bench/chat.mjs (PORT from the environment), so it has a process of its
// own like the app.
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import { WebSocketServer } from 'ws';

/** Room id → { lastSeq, clients }. */
const rooms = new Map();

const server = createServer((req, res) => {
  if (req.url === '/api/health') {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end('{"status":"ok"}');
    return;
  }
  res.writeHead(404).end();
});
// The ws defaults, as an app would start from: no per-message compression.
const wss = new WebSocketServer({ noServer: true, maxPayload: 64 * 1024 });

server.on('upgrade', (req, socket, head) => {
  const url = new URL(req.url, 'http://localhost');
  const classId = url.searchParams.get('class');
  if (url.pathname !== '/api/chat' || !classId) {
    socket.destroy();
    return;
  }
  wss.handleUpgrade(req, socket, head, (ws) => join(ws, classId));
});

function join(ws, classId) {
  let room = rooms.get(classId);
  if (!room) rooms.set(classId, (room = { lastSeq: 0, clients: new Set() }));
  room.clients.add(ws);
  const author = { id: randomUUID(), name: 'Bench', trainer: false };
  ws.on('close', () => room.clients.delete(ws));
  ws.on('message', (data, isBinary) => {
    let frame;
    try {
      frame = isBinary ? undefined : JSON.parse(data.toString());
    } catch {
      // handled below
    }
    if (frame?.type !== 'send' || typeof frame.ref !== 'string' || typeof frame.body !== 'string' || frame.body.length < 1 || frame.body.length > 1000) {
      ws.close(4400, 'bad request');
      return;
    }
    const seq = ++room.lastSeq;
    ws.send(JSON.stringify({ type: 'ack', ref: frame.ref, seq }));
    const message = JSON.stringify({ type: 'message', message: { seq, id: randomUUID(), author, body: frame.body, createdAt: new Date().toISOString(), deleted: false } });
    for (const client of room.clients) if (client.readyState === client.OPEN) client.send(message);
  });
  ws.send(JSON.stringify({ type: 'ready', classId, lastSeq: room.lastSeq, muted: false, canModerate: false }));
}

server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  process.send?.({ port: server.address().port });
});
