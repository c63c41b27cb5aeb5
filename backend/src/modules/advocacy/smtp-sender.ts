import { Worker } from 'node:worker_threads';

/** An email as the worker thread sends it; the PDF travels once per version and is referred to by key. */
export interface OutgoingMail {
  from: { name: string; address: string };
  to: { name: string; address: string };
  replyTo?: { name: string; address: string };
  subject: string;
  text: string;
  html: string;
  messageId: string;
  headers: Record<string, string>;
  attachment: { key: string; filename: string };
}

/** What nodemailer reports when a send fails: the SMTP reply code, text and command when the server answered. */
export interface SmtpFailure {
  code?: string;
  command?: string;
  responseCode?: number;
  response?: string;
  message: string;
}

/**
 * ENOTSENT: the message was never handed to the SMTP connection (the sender is stopping); it can go back to
 * the queue as if never tried. EWORKER: the thread ended with the message in progress; whether the server
 * accepted it is unknown.
 */
export class SmtpSendError extends Error implements SmtpFailure {
  code?: string;
  command?: string;
  responseCode?: number;
  response?: string;
  constructor(f: SmtpFailure) {
    super(f.message);
    Object.assign(this, f);
  }
}

type Reply = { id: number; ok: true; response: string } | { id: number; ok: false; error: SmtpFailure };

interface Job {
  id: number;
  mail: OutgoingMail;
  attachment: Buffer;
  resolve: (response: string) => void;
  reject: (e: SmtpSendError) => void;
}

// Runs in the worker thread (plain CommonJS, so it needs no build step under tests or in production).
// Timeouts well under the deliveries' lease, so a stuck server never holds a message for long.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const nodemailer = require(workerData.nodemailer);
const transport = nodemailer.createTransport({
  url: workerData.url, pool: true, maxConnections: workerData.connections, maxMessages: 1000,
  connectionTimeout: 30000, greetingTimeout: 30000, socketTimeout: 60000,
});
// Each PDF is base64-encoded once, as a ready MIME part, however many officials it goes to.
const files = new Map();
function mimePart(content, filename) {
  const lines = Buffer.from(content).toString('base64').replace(/.{76}/g, '$&\\r\\n').replace(/\\r\\n$/, '');
  return 'Content-Type: application/pdf; name="' + filename + '"\\r\\nContent-Transfer-Encoding: base64\\r\\n' +
    'Content-Disposition: attachment; filename="' + filename + '"\\r\\n\\r\\n' + lines;
}
parentPort.on('message', (msg) => {
  if (msg.type === 'file') { files.set(msg.key, { content: msg.content, parts: new Map() }); if (files.size > 20) files.delete(files.keys().next().value); return; }
  const { attachment, ...mail } = msg.mail;
  const file = files.get(attachment.key);
  if (!file) { parentPort.postMessage({ id: msg.id, ok: false, error: { code: 'ENOFILE', message: 'attachment not loaded: ' + attachment.key } }); return; }
  let raw = file.parts.get(attachment.filename);
  if (!raw) { raw = mimePart(file.content, attachment.filename); file.parts.set(attachment.filename, raw); }
  transport.sendMail({ ...mail, attachments: [{ raw }] }).then(
    (info) => parentPort.postMessage({ id: msg.id, ok: true, response: String(info.response || '') }),
    (err) => parentPort.postMessage({ id: msg.id, ok: false, error: { code: err.code, command: err.command, responseCode: err.responseCode, response: err.response, message: String(err.message || err) } }),
  );
});
`;

/** One worker thread with its own pooled transport and the messages it has been handed. */
class Lane {
  worker?: Worker;
  readonly inWorker = new Map<number, Job>();
  readonly loaded = new Set<string>();

  constructor(
    readonly connections: number,
    readonly max: number,
  ) {}
}

/**
 * Sends brief emails over pooled SMTP transports in worker threads (one by default; the connections are
 * shared out when there are more — on a two-core machine a second thread only adds contention). Encoding a
 * message with its PDF (MIME, dot-stuffing, socket writes) is CPU work; in a thread of its own it never slows
 * the API's requests, nor pays the request-context bookkeeping the main thread carries on every stream
 * callback. Only a few messages per connection are handed to a thread at a time; the rest wait here, so a
 * stopping instance can give them back untouched.
 */
export class SmtpSender {
  private seq = 0;
  private readonly waiting: Job[] = [];
  private readonly lanes: Lane[];
  private accepting = true;

  constructor(
    private readonly url: string,
    connections: number,
    threads = 1,
  ) {
    this.lanes = Array.from({ length: threads }, (_, i) => {
      const own = Math.floor(connections / threads) + (i < connections % threads ? 1 : 0);
      return new Lane(own, own * 4);
    });
  }

  /** Starts the threads ahead of the first send (each takes a few tens of milliseconds). */
  warmUp(): void {
    for (const lane of this.lanes) this.start(lane);
  }

  private start(lane: Lane): Worker {
    if (lane.worker) return lane.worker;
    const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { url: this.url, connections: lane.connections, nodemailer: require.resolve('nodemailer') } });
    worker.on('message', (r: Reply) => {
      const job = lane.inWorker.get(r.id);
      if (!job) return;
      lane.inWorker.delete(r.id);
      if (r.ok) job.resolve(r.response);
      else {
        if (r.error.code === 'ENOFILE') lane.loaded.delete(job.mail.attachment.key); // sent again with the next attempt
        job.reject(new SmtpSendError(r.error));
      }
      this.pump();
    });
    const fail = (message: string) => {
      if (lane.worker !== worker) return;
      lane.worker = undefined;
      lane.loaded.clear();
      this.abandon(lane, message);
      this.pump(); // the waiting ones go to a new thread
    };
    worker.on('error', (e) => fail(`mail worker failed: ${e.message}`));
    worker.on('exit', (code) => fail(`mail worker exited (${code})`));
    lane.worker = worker;
    return worker;
  }

  /** Rejects the messages a thread had (their outcome is unknown) with EWORKER. */
  private abandon(lane: Lane, message: string): void {
    for (const [id, job] of lane.inWorker) {
      lane.inWorker.delete(id);
      job.reject(new SmtpSendError({ code: 'EWORKER', message }));
    }
  }

  /** Hands waiting messages to the least busy thread with room. */
  private pump(): void {
    while (this.accepting && this.waiting.length) {
      let lane: Lane | undefined;
      for (const l of this.lanes) if (l.inWorker.size < l.max && (!lane || l.inWorker.size / l.max < lane.inWorker.size / lane.max)) lane = l;
      if (!lane) return;
      const job = this.waiting.shift()!;
      const worker = this.start(lane);
      if (!lane.loaded.has(job.mail.attachment.key)) {
        worker.postMessage({ type: 'file', key: job.mail.attachment.key, content: job.attachment });
        lane.loaded.add(job.mail.attachment.key);
        if (lane.loaded.size > 20) lane.loaded.delete(lane.loaded.values().next().value!);
      }
      lane.inWorker.set(job.id, job);
      worker.postMessage({ type: 'send', id: job.id, mail: job.mail });
    }
  }

  /** Resolves with the server's reply ("250 …"); rejects with an SmtpSendError carrying the reply code. */
  send(mail: OutgoingMail, attachment: Buffer): Promise<string> {
    return new Promise<string>((resolve, reject) => {
      if (!this.accepting) return reject(new SmtpSendError({ code: 'ENOTSENT', message: 'the mail sender is stopping' }));
      this.waiting.push({ id: ++this.seq, mail, attachment, resolve, reject });
      this.pump();
    });
  }

  /**
   * Stops: messages not yet handed to a thread are given back at once (ENOTSENT); those on their way get
   * up to `graceMs` to finish, then the threads end and any left are rejected with EWORKER.
   */
  async close(graceMs: number): Promise<void> {
    this.accepting = false;
    for (const job of this.waiting.splice(0)) job.reject(new SmtpSendError({ code: 'ENOTSENT', message: 'the mail sender stopped before this message was sent' }));
    const deadline = Date.now() + graceMs;
    while (this.lanes.some((l) => l.inWorker.size > 0) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    for (const lane of this.lanes) {
      const worker = lane.worker;
      lane.worker = undefined;
      if (worker) await worker.terminate();
      this.abandon(lane, 'mail worker stopped with this message in progress');
    }
  }
}
