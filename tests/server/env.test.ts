import path from 'node:path';
import { parseEnv } from '@peta/server';
import { describe, expect, it } from 'vitest';

describe('environment of the auth settings', () => {
  it('defaults to no admin password, origin from Host, cookie Secure on HTTPS only', () => {
    const env = parseEnv({});
    expect(env.ADMIN_PASSWORD).toBeUndefined();
    expect(env.PUBLIC_ORIGIN).toBeUndefined();
    expect(env.COOKIE_SECURE).toBe(false);
    expect(env.TRUST_PROXY).toBe(false);
  });

  it('reads and normalises the settings', () => {
    const env = parseEnv({
      ADMIN_PASSWORD: 'sandi-admin-awal',
      PUBLIC_ORIGIN: 'https://peta.malangkota.go.id/',
      COOKIE_SECURE: 'true',
      TRUST_PROXY: '1',
    });
    expect(env).toMatchObject({
      ADMIN_PASSWORD: 'sandi-admin-awal',
      PUBLIC_ORIGIN: 'https://peta.malangkota.go.id',
      COOKIE_SECURE: true,
      TRUST_PROXY: 1,
    });
    expect(parseEnv({ TRUST_PROXY: 'loopback' }).TRUST_PROXY).toBe('loopback');
  });

  it('makes relative directories absolute against the working directory', () => {
    const env = parseEnv({ CLIENT_DIST_DIR: '../client/dist', DATA_DIR: 'data-uji' });
    expect(env.CLIENT_DIST_DIR).toBe(path.resolve(process.cwd(), '../client/dist'));
    expect(env.DATA_DIR).toBe(path.resolve(process.cwd(), 'data-uji'));
    expect(path.isAbsolute(parseEnv({}).GEODATA_BUILD_DIR)).toBe(true);
  });

  it('stops with a message naming a bad value', () => {
    expect(() => parseEnv({ ADMIN_PASSWORD: 'pendek' })).toThrow(
      /ADMIN_PASSWORD: Kata sandi minimal 10 karakter/,
    );
    expect(() => parseEnv({ PUBLIC_ORIGIN: 'peta' })).toThrow(/PUBLIC_ORIGIN must be a URL/);
    expect(() => parseEnv({ COOKIE_SECURE: 'ya' })).toThrow(/COOKIE_SECURE/);
  });
});
