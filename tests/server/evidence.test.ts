import { EVIDENCE_MAX_BYTES } from '@peta/shared';
import { TRPCError } from '@trpc/server';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseTargets, rejectionOf, type TestActor, type TestServer } from './harness.ts';

const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);
/** Real images, as sharp makes them: uploads are decoded and re-encoded. */
const JPEG = await sharp({ create: { width: 8, height: 6, channels: 3, background: '#2a7' } })
  .jpeg()
  .toBuffer();
const WEBP = await sharp({ create: { width: 8, height: 6, channels: 3, background: '#2a7' } })
  .webp()
  .toBuffer();

describe.each(databaseTargets)('evidence photos on $name', (target) => {
  let server: TestServer;
  let dlh: TestActor;

  beforeAll(async () => {
    if (!target.available) return;
    server = await target.open();
    dlh = await server.callerAs('opd', 'DLH');
  });
  afterAll(async () => {
    if (target.available) await server.close();
  });

  const upload = (fileName: string, bytes: Buffer | string) =>
    dlh.caller.programs.addEvidence({
      programId: 'tps',
      fileName,
      caption: 'Bukti lapangan',
      dataBase64: typeof bytes === 'string' ? bytes : bytes.toString('base64'),
    });

  const refusal = async (fileName: string, bytes: Buffer | string) => {
    const error = await rejectionOf(upload(fileName, bytes));
    expect(error).toBeInstanceOf(TRPCError);
    return error as TRPCError;
  };

  it.skipIf(!target.available)(
    'stores JPEG, PNG and WebP with the type sniffed from the bytes',
    async () => {
      for (const [fileName, bytes, type] of [
        ['tps.jpg', JPEG, 'image/jpeg'],
        ['tps.jpeg', JPEG, 'image/jpeg'],
        ['tps.png', PNG, 'image/png'],
        ['tps.webp', WEBP, 'image/webp'],
      ] as const) {
        const stored = await upload(fileName, bytes);
        expect(stored).toMatchObject({ mimeType: type, uploadedByName: dlh.name });
        expect(stored.sizeBytes).toBeGreaterThan(0);
      }
      const dataUrl = await upload('layar.png', `data:image/png;base64,${PNG.toString('base64')}`);
      expect(dataUrl.mimeType).toBe('image/png');
      const program = await dlh.caller.programs.byId({ id: 'tps' });
      expect(program.evidence.map((e) => e.mimeType)).toEqual([
        'image/jpeg',
        'image/jpeg',
        'image/png',
        'image/webp',
        'image/png',
      ]);
    },
  );

  it.skipIf(!target.available)(
    'rejects a PNG renamed to another image type or to anything else',
    async () => {
      const asJpeg = await refusal('foto.jpg', PNG);
      expect(asJpeg.code).toBe('UNSUPPORTED_MEDIA_TYPE');
      expect(asJpeg.message).toContain('PNG');
      expect((await refusal('foto.webp', PNG)).code).toBe('UNSUPPORTED_MEDIA_TYPE');
      expect((await refusal('foto.gif', PNG)).code).toBe('UNSUPPORTED_MEDIA_TYPE');
      expect((await refusal('laporan.pdf', PNG)).code).toBe('UNSUPPORTED_MEDIA_TYPE');
      expect((await refusal('tanpa-ekstensi', PNG)).code).toBe('UNSUPPORTED_MEDIA_TYPE');
    },
  );

  it.skipIf(!target.available)(
    'rejects bytes that are not an image, whatever the name says',
    async () => {
      const html = await refusal('foto.png', Buffer.from('<html><script>alert(1)</script></html>'));
      expect(html).toMatchObject({
        code: 'UNSUPPORTED_MEDIA_TYPE',
        message: 'Berkas bukan foto JPEG, PNG atau WebP',
      });
      const gif = Buffer.from('GIF89a\x01\x00\x01\x00\x00\x00\x00', 'latin1');
      expect((await refusal('foto.gif', gif)).code).toBe('UNSUPPORTED_MEDIA_TYPE');
      expect((await refusal('foto.png', Buffer.alloc(0))).code).toBe('BAD_REQUEST');
      expect((await refusal('foto.png', '!!!bukan base64!!!')).code).toBe('BAD_REQUEST');
    },
  );

  it.skipIf(!target.available)('rejects a photo over the size cap', async () => {
    const big = Buffer.concat([PNG, Buffer.alloc(EVIDENCE_MAX_BYTES)]);
    const error = await refusal('besar.png', big);
    expect(error.code).toBe('BAD_REQUEST');
    expect(error.message).toContain('Foto maksimal 5 MB');
    const justOver = Buffer.concat([PNG, Buffer.alloc(EVIDENCE_MAX_BYTES - PNG.length + 1)]);
    expect((await refusal('pas.png', justOver)).code).toBe('PAYLOAD_TOO_LARGE');
    const atLimit = Buffer.concat([PNG, Buffer.alloc(EVIDENCE_MAX_BYTES - PNG.length)]);
    expect((await upload('pas.png', atLimit)).mimeType).toBe('image/png');
  });

  it.skipIf(!target.available)('lets only editors of the program upload', async () => {
    const dishub = await server.callerAs('opd', 'Dishub');
    const error = await rejectionOf(
      dishub.caller.programs.addEvidence({
        programId: 'tps',
        fileName: 'a.png',
        dataBase64: PNG.toString('base64'),
      }),
    );
    expect(error).toMatchObject({ code: 'FORBIDDEN' });
  });
});
