import 'reflect-metadata';

// This worker's own database (global-setup.ts made one per worker).
if (process.env.PUENTE_TEST_DB_BASE_URL) {
  const url = new URL(process.env.PUENTE_TEST_DB_BASE_URL);
  url.pathname = `${url.pathname}_w${process.env.JEST_WORKER_ID ?? '1'}`;
  process.env.PUENTE_TEST_DB_URL = url.toString();
}

jest.setTimeout(60_000);
