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
const files = new Map();
parentPort.on('message', (msg) => {
  if (msg.type === 'file') { files.set(msg.key, Buffer.from(msg.content)); if (files.size > 20) files.delete(files.keys().next().value); return; }
  const { attachment, ...mail } = msg.mail;
  const content = files.get(attachment.key);
  if (!content) { parentPort.postMessage({ id: msg.id, ok: false, error: { code: 'ENOFILE', message: 'attachment not loaded: ' + attachment.key } }); return; }
  transport.sendMail({ ...mail, attachments: [{ filename: attachment.filename, content, contentType: 'application/pdf' }] }).then(
    (info) => parentPort.postMessage({ id: msg.id, ok: true, response: String(info.response || '') }),
    (err) => parentPort.postMessage({ id: msg.id, ok: false, error: { code: err.code, command: err.command, responseCode: err.responseCode, response: err.response, message: String(err.message || err) } }),
  );
});
`;

/**
 * Sends brief emails over a pooled SMTP transport in a worker thread. Encoding a message with its PDF
 * (base64, dot-stuffing, socket writes) is CPU work; in its own thread it neither slows the API's requests
 * nor pays the request-context bookkeeping the main thread carries on every stream callback. Only a few
 * messages per connection are handed to the thread at a time; the rest wait here, so a stopping instance
 * can give them back untouched.
 */
export class SmtpSender {
  private worker?: Worker;
  private seq = 0;
  private readonly waiting: Job[] = [];
  private readonly inWorker = new Map<number, Job>();
  private readonly loaded = new Set<string>();
  private readonly maxInWorker: number;
  private accepting = true;

  constructor(
    private readonly url: string,
    private readonly connections: number,
  ) {
    this.maxInWorker = connections * 4;
  }

  /** Starts the thread ahead of the first send (it takes a few tens of milliseconds). */
  warmUp(): void {
    this.start();
  }

  private start(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { url: this.url, connections: this.connections, nodemailer: require.resolve('nodemailer') } });
    worker.on('message', (r: Reply) => {
      const job = this.inWorker.get(r.id);
      if (!job) return;
      this.inWorker.delete(r.id);
      if (r.ok) job.resolve(r.response);
      else {
        if (r.error.code === 'ENOFILE') this.loaded.delete(job.mail.attachment.key); // sent again with the next attempt
        job.reject(new SmtpSendError(r.error));
      }
      this.pump();
    });
    const fail = (message: string) => {
      if (this.worker !== worker) return;
      this.worker = undefined;
      this.loaded.clear();
      this.abandon(message);
      this.pump(); // the waiting ones go to a new thread
    };
    worker.on('error', (e) => fail(`mail worker failed: ${e.message}`));
    worker.on('exit', (code) => fail(`mail worker exited (${code})`));
    this.worker = worker;
    return worker;
  }

  /** Rejects the messages the thread had (their outcome is unknown) with EWORKER. */
  private abandon(message: string): void {
    for (const [id, job] of this.inWorker) {
      this.inWorker.delete(id);
      job.reject(new SmtpSendError({ code: 'EWORKER', message }));
    }
  }

  private pump(): void {
    while (this.accepting && this.inWorker.size < this.maxInWorker && this.waiting.length) {
      const job = this.waiting.shift()!;
      const worker = this.start();
      if (!this.loaded.has(job.mail.attachment.key)) {
        worker.postMessage({ type: 'file', key: job.mail.attachment.key, content: job.attachment });
        this.loaded.add(job.mail.attachment.key);
        if (this.loaded.size > 20) this.loaded.delete(this.loaded.values().next().value!);
      }
      this.inWorker.set(job.id, job);
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
   * Stops: messages not yet handed to the thread are given back at once (ENOTSENT); those on their way get
   * up to `graceMs` to finish, then the thread ends and any left are rejected with EWORKER.
   */
  async close(graceMs: number): Promise<void> {
    this.accepting = false;
    for (const job of this.waiting.splice(0)) job.reject(new SmtpSendError({ code: 'ENOTSENT', message: 'the mail sender stopped before this message was sent' }));
    const deadline = Date.now() + graceMs;
    while (this.inWorker.size > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    const worker = this.worker;
    this.worker = undefined;
    if (worker) await worker.terminate();
    this.abandon('mail worker stopped with this message in progress');
  }
}
