import { Writable } from 'node:stream';
import pino from 'pino';
import { JsonLogger, REDACT } from './json-logger';

function capture() {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({ write(chunk, _enc, cb) { lines.push(JSON.parse(String(chunk))); cb(); } });
  const logger = new JsonLogger(pino({ level: 'trace', redact: { paths: REDACT, censor: '[redacted]' } }, stream));
  return { lines, logger };
}

describe('JsonLogger', () => {
  it('writes one JSON object per call with context and message', () => {
    const { lines, logger } = capture();
    logger.log('started', 'bootstrap');
    logger.log({ reqId: 'r1', status: 200 }, 'request', 'http');
    expect(lines[0]).toMatchObject({ msg: 'started', context: 'bootstrap', level: 30 });
    expect(lines[1]).toMatchObject({ msg: 'request', context: 'http', reqId: 'r1', status: 200 });
  });
  it('never writes passwords, tokens or bodies', () => {
    const { lines, logger } = capture();
    logger.warn({ password: 'hunter2hunter2', token: 'abc', req: { body: 'secret' }, headers: { cookie: 'session=x' } }, 'oops');
    const text = JSON.stringify(lines[0]);
    for (const secret of ['hunter2hunter2', '"abc"', 'secret', 'session=x']) expect(text).not.toContain(secret);
  });
});
