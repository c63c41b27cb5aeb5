// The bare side of the deliveries figure, in a process of its own as the app is: nodemailer with a pooled
// transport sends the given messages to the SMTP server and reports how long it took. Started by
// bench/deliveries.mjs with the messages in a JSON file (the PDF once, base64) and the SMTP URL.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const nodemailer = require('nodemailer');

const { url, connections, warmUp, pdf, filename, messages } = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const content = Buffer.from(pdf, 'base64');
const list = messages.map((m) => ({ ...m, attachments: [{ filename, content, contentType: 'application/pdf' }] }));

async function run(batch) {
  const transport = nodemailer.createTransport({ url, pool: true, maxConnections: connections, maxMessages: 1000 });
  const t0 = performance.now();
  await Promise.all(batch.map((m) => transport.sendMail(m)));
  const ms = performance.now() - t0;
  transport.close();
  return ms;
}

await run(list.slice(0, warmUp)); // the app gets the same warm-up
process.send({ ms: await run(list) });
