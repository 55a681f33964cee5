import { SESSION_COOKIE } from '@peta/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseTargets, type TestActor, openServed, type ServedTestServer } from './harness.ts';

interface TrpcErrorBody {
  error: {
    message: string;
    data: { code: string; zodError: { fieldErrors: Record<string, string[]> } | null };
  };
}

/** The same request once without a language, once with `X-Peta-Lang: en`. */
const LANGUAGES = [
  { name: 'Bahasa Indonesia without the header', headers: {} },
  { name: 'English with X-Peta-Lang: en', headers: { 'X-Peta-Lang': 'en' } },
] as const;

describe.each(databaseTargets)('server messages in the UI language on $name', (target) => {
  let server: ServedTestServer;
  let admin: TestActor;

  beforeAll(async () => {
    if (!target.available) return;
    server = await openServed(target);
    admin = await server.callerAs('admin');
  });
  afterAll(async () => {
    if (!target.available) return;
    await server.close();
  });

  const cookie = (actor: TestActor) => ({ cookie: `${SESSION_COOKIE}=${actor.token}` });

  const trpcError = async (
    path: string,
    input: unknown,
    headers: Record<string, string>,
    method: 'GET' | 'POST' = 'POST',
  ) => {
    const res =
      method === 'GET'
        ? await fetch(
            `${server.base}/trpc/${path}?input=${encodeURIComponent(JSON.stringify(input))}`,
            {
              headers,
            },
          )
        : await fetch(`${server.base}/trpc/${path}`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', origin: server.base, ...headers },
            body: JSON.stringify(input),
          });
    expect(res.ok).toBe(false);
    return ((await res.json()) as TrpcErrorBody).error;
  };

  const wrongLogin = (headers: Record<string, string>) =>
    trpcError('auth.login', { username: 'tidak-ada', password: 'salah-sekali' }, headers);

  it.skipIf(!target.available)('words a wrong login in the language of the header', async () => {
    const [id, en] = await Promise.all(LANGUAGES.map((l) => wrongLogin(l.headers)));
    expect(id?.message).toBe('Nama pengguna atau kata sandi salah');
    expect(en?.message).toBe('Incorrect username or password');
  });

  it.skipIf(!target.available)(
    'ignores Accept-Language and unknown languages: Bahasa Indonesia',
    async () => {
      for (const headers of [
        { 'Accept-Language': 'en-US,en;q=0.9' },
        { 'X-Peta-Lang': 'fr' },
        { 'X-Peta-Lang': 'EN' },
      ]) {
        expect((await wrongLogin(headers)).message).toBe('Nama pengguna atau kata sandi salah');
      }
    },
  );

  it.skipIf(!target.available)('words the sign-in guard in the language', async () => {
    const [id, en] = await Promise.all(
      LANGUAGES.map((l) => trpcError('users.list', undefined, l.headers, 'GET')),
    );
    expect(id?.message).toBe('Silakan masuk terlebih dahulu');
    expect(en?.message).toBe('Please sign in first');
  });

  it.skipIf(!target.available)('fills parameters in both languages', async () => {
    const [id, en] = await Promise.all(
      LANGUAGES.map((l) =>
        trpcError('meetings.byId', { id: 987654 }, { ...cookie(admin), ...l.headers }, 'GET'),
      ),
    );
    expect(id?.message).toBe('Rapat 987654 tidak ditemukan');
    expect(en?.message).toBe('Meeting 987654 not found');
  });

  it.skipIf(!target.available)(
    'translates zod messages of the shared schemas: message and field errors',
    async () => {
      const input = { username: 'penguji', password: 'pendek', role: 'viewer' };
      const [id, en] = await Promise.all(
        LANGUAGES.map((l) => trpcError('users.create', input, { ...cookie(admin), ...l.headers })),
      );
      expect(id?.message).toBe('password: Kata sandi minimal 10 karakter');
      expect(id?.data.zodError?.fieldErrors).toEqual({
        password: ['Kata sandi minimal 10 karakter'],
      });
      expect(en?.message).toBe('password: Password must be at least 10 characters');
      expect(en?.data.zodError?.fieldErrors).toEqual({
        password: ['Password must be at least 10 characters'],
      });
    },
  );

  it.skipIf(!target.available)(
    'answers export and evidence downloads in the language',
    async () => {
      const get = (path: string, headers: Record<string, string>) =>
        fetch(`${server.base}${path}`, { headers }).then(async (res) => ({
          status: res.status,
          body: (await res.json()) as unknown,
        }));
      const [anonymousId, anonymousEn] = await Promise.all(
        LANGUAGES.map((l) => get('/export/programs.csv', l.headers)),
      );
      expect(anonymousId).toEqual({
        status: 401,
        body: { error: 'Silakan masuk terlebih dahulu' },
      });
      expect(anonymousEn).toEqual({ status: 401, body: { error: 'Please sign in first' } });

      const [yearId, yearEn] = await Promise.all(
        LANGUAGES.map((l) =>
          get('/export/indicators.csv?year=1990', { ...cookie(admin), ...l.headers }),
        ),
      );
      expect(yearId).toEqual({
        status: 400,
        body: { error: 'Tahun tidak valid: isi parameter year dengan tahun 2000–2100' },
      });
      expect(yearEn).toEqual({
        status: 400,
        body: { error: 'Invalid year: set the year parameter to a year from 2000 to 2100' },
      });

      const meetingEn = await get('/export/report.pdf?meetingId=987654', {
        ...cookie(admin),
        'X-Peta-Lang': 'en',
      });
      expect(meetingEn).toEqual({ status: 404, body: { error: 'Meeting 987654 not found' } });

      const photoEn = await get('/evidence/987654', { ...cookie(admin), 'X-Peta-Lang': 'en' });
      expect(photoEn).toEqual({ status: 404, body: { error: 'Photo not found' } });
    },
  );

  it.skipIf(!target.available)('words report and CSRF refusals in the language', async () => {
    const post = (body: string, headers: Record<string, string>) =>
      fetch(`${server.base}/export/report.pdf`, {
        method: 'POST',
        headers: { origin: server.base, ...cookie(admin), 'X-Peta-Lang': 'en', ...headers },
        body,
      }).then(async (res) => ({ status: res.status, body: (await res.json()) as unknown }));
    const json = { 'content-type': 'application/json' };
    expect(await post(JSON.stringify({ mapPngBase64: 'bm90IGEgcG5n' }), json)).toEqual({
      status: 400,
      body: { error: 'The map image must be a valid PNG' },
    });
    expect(await post(JSON.stringify({ meetingId: 'satu' }), json)).toEqual({
      status: 400,
      body: { error: 'meetingId: ID must be a number' },
    });
    const csrf = await post('{}', { 'content-type': 'text/plain' });
    expect(csrf.status).toBe(415);
    expect(csrf.body).toMatchObject({
      error: { message: 'Requests that change data must be of type application/json' },
    });
  });

  it.skipIf(!target.available)('words the rate limit with its wait in both languages', async () => {
    const attempt = (headers: Record<string, string>) =>
      trpcError('auth.login', { username: 'dikunci', password: 'salah-sekali' }, headers);
    for (let i = 0; i < 5; i += 1) await attempt({});
    const [id, en] = await Promise.all(LANGUAGES.map((l) => attempt(l.headers)));
    expect(id?.data.code).toBe('TOO_MANY_REQUESTS');
    // The first wait past the limit is 30 s (auth/login-limiter.ts).
    expect(id?.message).toMatch(
      /^Terlalu banyak percobaan gagal\. Coba lagi dalam [1-3]?\d detik\.$/,
    );
    expect(en?.message).toMatch(/^Too many failed attempts\. Try again in [1-3]?\d s\.$/);
  });
});
