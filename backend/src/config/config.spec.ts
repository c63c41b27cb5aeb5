import { ConfigError, loadConfig } from './config';

describe('loadConfig', () => {
  it('applies documented defaults', () => {
    const c = loadConfig({});
    expect(c.port).toBe(3000);
    expect(c.publicUrl).toBe('http://localhost:3000');
    expect(c.sessionTtlDays).toBe(30);
    expect(c.dataDir).toMatch(/\.data$/);
    expect(c.databaseUrl).toBeUndefined();
  });

  it('names every bad variable in one error', () => {
    let err: unknown;
    try {
      loadConfig({ PORT: 'abc', DATABASE_URL: 'mysql://x', SESSION_TTL_DAYS: '0', LOG_LEVEL: 'loud' });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ConfigError);
    const msg = (err as ConfigError).message;
    for (const v of ['PORT', 'DATABASE_URL', 'SESSION_TTL_DAYS', 'LOG_LEVEL']) expect(msg).toContain(v);
    expect((err as ConfigError).problems).toHaveLength(4);
  });

  it('treats empty strings as unset and trims the public URL', () => {
    const c = loadConfig({ PORT: '', PUBLIC_URL: 'https://puente.example.org/' });
    expect(c.port).toBe(3000);
    expect(c.publicUrl).toBe('https://puente.example.org');
    expect(c.publicOrigin).toBe('https://puente.example.org');
  });
});
