import { Worker } from 'node:worker_threads';

/** An email as the worker thread sends it; the PDF travels once per version and is referred to by key. */
export interface OutgoingMail {
  from: { name: string; address: string };
  to: { name: string; address: string };
  replyTo: { name: string; address: string };
  subject: string;
  text: string;
  html: string;
  messageId: string;
  headers: Record<string, string>;
  attachment: { key: string; filename: string };
}

/** What nodemailer reports when a send fails: the SMTP reply code and text when the server answered. */
export interface SmtpFailure {
  code?: string;
  responseCode?: number;
  response?: string;
  message: string;
}

export class SmtpSendError extends Error implements SmtpFailure {
  code?: string;
  responseCode?: number;
  response?: string;
  constructor(f: SmtpFailure) {
    super(f.message);
    Object.assign(this, f);
  }
}

type Reply = { id: number; ok: true; response: string } | { id: number; ok: false; error: SmtpFailure };

// Runs in the worker thread (plain CommonJS, so it needs no build step under tests or in production).
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const nodemailer = require(workerData.nodemailer);
const transport = nodemailer.createTransport({ url: workerData.url, pool: true, maxConnections: workerData.connections, maxMessages: 1000 });
const files = new Map();
parentPort.on('message', (msg) => {
  if (msg.type === 'file') { files.set(msg.key, Buffer.from(msg.content)); if (files.size > 20) files.delete(files.keys().next().value); return; }
  if (msg.type === 'close') { transport.close(); parentPort.close(); return; }
  const { attachment, ...mail } = msg.mail;
  const content = files.get(attachment.key);
  if (!content) { parentPort.postMessage({ id: msg.id, ok: false, error: { code: 'ENOFILE', message: 'attachment not loaded: ' + attachment.key } }); return; }
  transport.sendMail({ ...mail, attachments: [{ filename: attachment.filename, content, contentType: 'application/pdf' }] }).then(
    (info) => parentPort.postMessage({ id: msg.id, ok: true, response: String(info.response || '') }),
    (err) => parentPort.postMessage({ id: msg.id, ok: false, error: { code: err.code, responseCode: err.responseCode, response: err.response, message: String(err.message || err) } }),
  );
});
`;

/**
 * Sends brief emails over a pooled SMTP transport in a worker thread. Encoding a message with its PDF
 * (base64, dot-stuffing, socket writes) is CPU work; in its own thread it neither slows the API's requests
 * nor pays the request-context bookkeeping the main thread carries on every stream callback.
 */
export class SmtpSender {
  private worker?: Worker;
  private seq = 0;
  private readonly pending = new Map<number, { key: string; resolve: (r: string) => void; reject: (e: SmtpSendError) => void }>();
  private readonly loaded = new Set<string>();

  constructor(
    private readonly url: string,
    private readonly connections: number,
  ) {}

  private start(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { url: this.url, connections: this.connections, nodemailer: require.resolve('nodemailer') } });
    worker.on('message', (r: Reply) => {
      const p = this.pending.get(r.id);
      if (!p) return;
      this.pending.delete(r.id);
      if (r.ok) return p.resolve(r.response);
      if (r.error.code === 'ENOFILE') this.loaded.delete(p.key); // sent again with the next attempt
      p.reject(new SmtpSendError(r.error));
    });
    const fail = (message: string) => {
      if (this.worker !== worker) return;
      this.worker = undefined;
      this.loaded.clear();
      for (const [id, p] of this.pending) {
        this.pending.delete(id);
        p.reject(new SmtpSendError({ code: 'EWORKER', message }));
      }
    };
    worker.on('error', (e) => fail(`mail worker failed: ${e.message}`));
    worker.on('exit', (code) => fail(`mail worker exited (${code})`));
    this.worker = worker;
    return worker;
  }

  /** Starts the thread ahead of the first send (it takes a few tens of milliseconds). */
  warmUp(): void {
    this.start();
  }

  /** Resolves with the server's reply ("250 …"); rejects with an SmtpSendError carrying the reply code. */
  send(mail: OutgoingMail, attachment: Buffer): Promise<string> {
    const worker = this.start();
    if (!this.loaded.has(mail.attachment.key)) {
      worker.postMessage({ type: 'file', key: mail.attachment.key, content: attachment });
      this.loaded.add(mail.attachment.key);
      if (this.loaded.size > 20) this.loaded.delete(this.loaded.values().next().value!);
    }
    const id = ++this.seq;
    return new Promise<string>((resolve, reject) => {
      this.pending.set(id, { key: mail.attachment.key, resolve, reject });
      worker.postMessage({ type: 'send', id, mail });
    });
  }

  /**
   * Closes the pool and ends the thread. Messages still waiting for a connection are not sent: their
   * promises reject (code EWORKER), which the caller treats as a temporary failure.
   */
  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    if (!worker) return;
    await worker.terminate();
    this.loaded.clear();
    for (const [id, p] of this.pending) {
      this.pending.delete(id);
      p.reject(new SmtpSendError({ code: 'EWORKER', message: 'mail worker closed before this message was sent' }));
    }
  }
}
