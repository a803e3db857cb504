import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, DEMO_KEY, readConfig } from '../src/config.js';

const ROOT = join(import.meta.dirname, '..');

describe('configuration', () => {
  it('refuses to start without an encryption key outside demo mode, and says what to set', () => {
    expect(() => readConfig({})).toThrow(ConfigError);
    expect(() => readConfig({})).toThrow(/INTAKE_ENCRYPTION_KEY is not set/);
    const r = spawnSync(process.execPath, [join(ROOT, 'dist/main.js')], { env: { PATH: process.env.PATH }, encoding: 'utf8', timeout: 30_000 });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^Refusing to start: INTAKE_ENCRYPTION_KEY is not set\. .*INTAKE_DEMO=1/);
  });

  it('takes a 32-byte key as hex or base64, and refuses other lengths and the published demo key', () => {
    const key = randomBytes(32);
    expect(readConfig({ INTAKE_ENCRYPTION_KEY: key.toString('hex') }).encryptionKey).toEqual(key);
    expect(readConfig({ INTAKE_ENCRYPTION_KEY: key.toString('base64') }).encryptionKey).toEqual(key);
    expect(() => readConfig({ INTAKE_ENCRYPTION_KEY: randomBytes(16).toString('base64') })).toThrow(/32 bytes/);
    expect(() => readConfig({ INTAKE_ENCRYPTION_KEY: DEMO_KEY.toString('hex') })).toThrow(/demo key/);
  });

  it('demo mode runs on the published demo key, on loopback HTTP', () => {
    const c = readConfig({ INTAKE_DEMO: '1' });
    expect(c.demo).toBe(true);
    expect(c.encryptionKey).toEqual(DEMO_KEY);
    expect(c.publicUrl).toBe('http://127.0.0.1:3000');
    expect(c.databaseUrl).toBeUndefined();
  });

  it('refuses plain-HTTP public links outside demo mode, and bad numbers', () => {
    const key = randomBytes(32).toString('hex');
    expect(() => readConfig({ INTAKE_ENCRYPTION_KEY: key, PUBLIC_URL: 'http://clinic.example' })).toThrow(/https/);
    expect(readConfig({ INTAKE_ENCRYPTION_KEY: key, PUBLIC_URL: 'https://clinic.example/' }).publicUrl).toBe('https://clinic.example');
    expect(() => readConfig({ INTAKE_ENCRYPTION_KEY: key, PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => readConfig({ INTAKE_ENCRYPTION_KEY: key, INTAKE_STAFF_LOCALE: 'fr' })).toThrow(/INTAKE_STAFF_LOCALE/);
  });
});
