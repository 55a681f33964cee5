import { describe, expect, it } from 'vitest';
import { fileNameFromDisposition, mapImageFileName, slugify, withDateStamp } from './file-name.ts';

const NOON_UTC = new Date('2026-11-22T05:00:00Z');

describe('slugify', () => {
  it('keeps ASCII words joined by hyphens', () => {
    expect(slugify('Titik banjir (status terkini)')).toBe('titik-banjir-status-terkini');
    expect(slugify('RTLH (rumah tidak layak huni)')).toBe('rtlh-rumah-tidak-layak-huni');
    expect(slugify('Indeks prioritas – komposit')).toBe('indeks-prioritas-komposit');
    expect(slugify('Café')).toBe('cafe');
  });
});

describe('mapImageFileName', () => {
  it('names the layer, year and date, and marks the print size', () => {
    const name = { layerNames: ['Kemiskinan'], year: 2025, date: NOON_UTC };
    expect(mapImageFileName({ ...name, scale: 1 })).toBe('peta-kemiskinan-2025_2026-11-22.png');
    expect(mapImageFileName({ ...name, scale: 2 })).toBe('peta-kemiskinan-2025_2026-11-22@2x.png');
  });

  it('names at most two layers, and the plain map without any', () => {
    expect(
      mapImageFileName({
        layerNames: ['Titik banjir', 'Kemiskinan', 'Stunting'],
        year: 2024,
        scale: 1,
        date: NOON_UTC,
      }),
    ).toBe('peta-titik-banjir-kemiskinan-2024_2026-11-22.png');
    expect(mapImageFileName({ layerNames: [], year: 2024, scale: 1, date: NOON_UTC })).toBe(
      'peta-kelurahan_2026-11-22.png',
    );
  });
});

describe('fileNameFromDisposition', () => {
  it('reads quoted, bare and RFC 5987 names', () => {
    expect(fileNameFromDisposition('attachment; filename="indikator-2025_2026-11-22.xlsx"')).toBe(
      'indikator-2025_2026-11-22.xlsx',
    );
    expect(fileNameFromDisposition('attachment; filename=laporan.pdf')).toBe('laporan.pdf');
    expect(
      fileNameFromDisposition(`attachment; filename="x.csv"; filename*=UTF-8''program%20a.csv`),
    ).toBe('program a.csv');
  });

  it('drops folders and gives null without a name', () => {
    expect(fileNameFromDisposition('attachment; filename="../../etc/passwd"')).toBe('passwd');
    expect(fileNameFromDisposition('attachment')).toBeNull();
    expect(fileNameFromDisposition(null)).toBeNull();
  });
});

describe('withDateStamp', () => {
  it('adds the date before the extension only when missing', () => {
    expect(withDateStamp('program-prioritas.csv', NOON_UTC)).toBe(
      'program-prioritas_2026-11-22.csv',
    );
    expect(withDateStamp('laporan-rapat_2026-11-20.pdf', NOON_UTC)).toBe(
      'laporan-rapat_2026-11-20.pdf',
    );
    expect(withDateStamp('laporan', NOON_UTC)).toBe('laporan_2026-11-22');
  });
});
