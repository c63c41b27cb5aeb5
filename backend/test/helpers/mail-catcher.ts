import { simpleParser, type ParsedMail } from 'mailparser';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

/** A real SMTP server on loopback that keeps every message it receives, parsed. */
export class MailCatcher {
  readonly messages: ParsedMail[] = [];
  private server?: SMTPServer;
  private waiters: (() => void)[] = [];
  port = 0;
  /** Recipients refused at RCPT TO with a permanent 550 (as a server does for an unknown mailbox). */
  readonly rejectRecipients = new Set<string>();
  /** Refuse every sender at MAIL FROM with a 550 (a misconfigured relay, not a recipient's problem). */
  rejectSenders = false;
  /** Milliseconds to wait before accepting each message (a slow server). */
  delayMs = 0;

  /** Listens on a free port, or on `port` again after stop() (the server coming back). */
  async start(port = 0): Promise<this> {
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      // A stopped server drops its connections at once (a pooled client keeps some open).
      closeTimeout: 300,
      onMailFrom: (_address, _session, callback) => {
        if (this.rejectSenders) return callback(Object.assign(new Error('5.7.1 Sender address rejected: not allowed to relay'), { responseCode: 550 }));
        callback();
      },
      onRcptTo: (address, _session, callback) => {
        if (this.rejectRecipients.has(address.address.toLowerCase())) {
          const err = Object.assign(new Error('5.1.1 Mailbox unavailable: no such user'), { responseCode: 550 });
          return callback(err);
        }
        callback();
      },
      onData: (stream, _session, callback) => {
        simpleParser(stream)
          .then(async (mail) => {
            if (this.delayMs) await new Promise((r) => setTimeout(r, this.delayMs));
            this.messages.push(mail);
            this.waiters.splice(0).forEach((w) => w());
            callback();
          })
          .catch((err: Error) => callback(err));
      },
    });
    await new Promise<void>((ok) => this.server!.listen(port, '127.0.0.1', () => ok()));
    this.port = (this.server.server.address() as AddressInfo).port;
    return this;
  }

  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  to(address: string): ParsedMail[] {
    return this.messages.filter((m) => {
      const to = Array.isArray(m.to) ? m.to : m.to ? [m.to] : [];
      return to.some((a) => a.value.some((v) => v.address?.toLowerCase() === address.toLowerCase()));
    });
  }

  /** Waits for a message to `address` matching the predicate (e.g. its subject). */
  async waitFor(address: string, predicate: (m: ParsedMail) => boolean = () => true, timeoutMs = 15_000): Promise<ParsedMail> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.to(address).find(predicate);
      if (found) return found;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`No mail to ${address} within ${timeoutMs} ms (got ${this.messages.length} messages in all)`);
      await new Promise<void>((ok) => {
        const timer = setTimeout(ok, Math.min(left, 500));
        this.waiters.push(() => {
          clearTimeout(timer);
          ok();
        });
      });
    }
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (server) await new Promise<void>((ok) => server.close(() => ok()));
  }
}

/** The token from a link like …?token=XYZ in the mail's text. */
export function tokenFromMail(mail: ParsedMail): string {
  const m = /[?&]token=([A-Za-z0-9_-]+)/.exec(mail.text ?? '');
  if (!m) throw new Error(`No token in mail "${mail.subject}"`);
  return m[1];
}
