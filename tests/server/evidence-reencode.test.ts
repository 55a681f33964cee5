import { SESSION_COOKIE } from '@peta/server';
import type { ProgramEvidence } from '@peta/shared';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  databaseTargets,
  openServed,
  rejectionOf,
  type ServedTestServer,
  type TestActor,
} from './harness.ts';

/** A real image of `width`×`height` in `format`, made by sharp. */
const image = (format: 'jpeg' | 'png' | 'webp', width = 64, height = 48) =>
  sharp({ create: { width, height, channels: 3, background: '#2a7' } })
    .toFormat(format)
    .toBuffer();

/** A camera-like JPEG: 60×20 pixels stored sideways (EXIF orientation 6), with GPS and a note. */
const cameraJpeg = () =>
  sharp({ create: { width: 60, height: 20, channels: 3, background: '#c33' } })
    .jpeg()
    .withExif({
      IFD0: { Copyright: 'RAHASIA-KAMERA' },
      IFD3: {
        GPSLatitudeRef: 'S',
        GPSLatitude: '7/1 58/1 0/1',
        GPSLongitudeRef: 'E',
        GPSLongitude: '112/1 37/1 0/1',
      },
    })
    .withMetadata({ orientation: 6 })
    .toBuffer();

/** CRC-32 of PNG chunks. */
function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

/** A small PNG whose header claims `width`×`height` pixels (a decompression bomb's header). */
async function pngClaiming(width: number, height: number): Promise<Buffer> {
  const png = Buffer.from(await image('png', 1, 1));
  png.writeUInt32BE(width, 16);
  png.writeUInt32BE(height, 20);
  png.writeUInt32BE(crc32(png.subarray(12, 29)), 29);
  return png;
}

describe.each(databaseTargets)('evidence photos re-encoded on $name', (target) => {
  let server: ServedTestServer;
  let dlh: TestActor;

  beforeAll(async () => {
    if (!target.available) return;
    server = await openServed(target);
    dlh = await server.callerAs('opd', 'DLH');
  });
  afterAll(async () => {
    if (target.available) await server.close();
  });

  const upload = (fileName: string, bytes: Buffer) =>
    dlh.caller.programs.addEvidence({
      programId: 'tps',
      fileName,
      dataBase64: bytes.toString('base64'),
    });

  const served = async (evidence: ProgramEvidence) => {
    const res = await fetch(`${server.base}${evidence.url}`, {
      headers: { cookie: `${SESSION_COOKIE}=${dlh.token}` },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(evidence.mimeType);
    return Buffer.from(await res.arrayBuffer());
  };

  it.skipIf(!target.available)(
    'serves what was decoded: no EXIF GPS, upright, same format',
    async () => {
      const original = await cameraJpeg();
      expect(original.includes('RAHASIA-KAMERA')).toBe(true);
      expect((await sharp(original).metadata()).exif).toBeDefined();

      const stored = await upload('lapangan.jpg', original);
      const bytes = await served(stored);
      expect(bytes.includes('Exif')).toBe(false);
      expect(bytes.includes('RAHASIA-KAMERA')).toBe(false);
      const meta = await sharp(bytes).metadata();
      expect(meta).toMatchObject({ format: 'jpeg', width: 20, height: 60 });
      expect(meta.exif).toBeUndefined();
      expect(meta.orientation).toBeUndefined();
      expect(stored.sizeBytes).toBe(bytes.length);

      for (const format of ['png', 'webp'] as const) {
        const again = await upload(`foto.${format}`, await image(format));
        expect(again.mimeType).toBe(`image/${format}`);
        expect(await sharp(await served(again)).metadata()).toMatchObject({
          format,
          width: 64,
          height: 48,
        });
      }
    },
  );

  it.skipIf(!target.available)(
    'drops HTML appended to a real JPEG and scales huge photos down to 4096 px',
    async () => {
      const polyglot = Buffer.concat([
        await image('jpeg'),
        Buffer.from('<html><script>alert(document.cookie)</script></html>'),
      ]);
      const bytes = await served(await upload('campuran.jpg', polyglot));
      expect(bytes.includes('<script')).toBe(false);

      const wide = await upload('lebar.png', await image('png', 5000, 100));
      expect(await sharp(await served(wide)).metadata()).toMatchObject({
        width: 4096,
        height: 82,
      });
    },
  );

  it.skipIf(!target.available)(
    'refuses a JPEG-header polyglot, a PNG stub and a decompression bomb with 400',
    async () => {
      const refusals: [string, Buffer, string][] = [
        [
          'polyglot.jpg',
          Buffer.concat([
            Buffer.from('ffd8ffe0', 'hex'),
            Buffer.from('<html><script>alert(1)</script></html>'),
          ]),
          'dataBase64: Berkas foto rusak atau tidak utuh; simpan ulang fotonya lalu unggah lagi',
        ],
        [
          'stub.png',
          Buffer.from('89504e470d0a1a0a', 'hex'),
          'dataBase64: Berkas foto rusak atau tidak utuh; simpan ulang fotonya lalu unggah lagi',
        ],
        [
          'terpotong.png',
          (await image('png', 400, 300)).subarray(0, 200),
          'dataBase64: Berkas foto rusak atau tidak utuh; simpan ulang fotonya lalu unggah lagi',
        ],
        [
          'bom.png',
          await pngClaiming(50_000, 50_000),
          'dataBase64: Foto terlalu besar: maksimal 120 megapiksel',
        ],
      ];
      const before = (await dlh.caller.programs.byId({ id: 'tps' })).evidence.length;
      for (const [fileName, bytes, text] of refusals) {
        expect(await rejectionOf(upload(fileName, bytes)), fileName).toMatchObject({
          code: 'BAD_REQUEST',
          message: text,
        });
      }
      const res = await fetch(`${server.base}/trpc/programs.addEvidence`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          origin: server.base,
          cookie: `${SESSION_COOKIE}=${dlh.token}`,
        },
        body: JSON.stringify({
          programId: 'tps',
          fileName: 'stub.png',
          dataBase64: Buffer.from('89504e470d0a1a0a', 'hex').toString('base64'),
        }),
      });
      expect(res.status).toBe(400);
      expect((await dlh.caller.programs.byId({ id: 'tps' })).evidence).toHaveLength(before);
    },
  );
});
