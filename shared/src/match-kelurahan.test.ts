import { describe, expect, it } from 'vitest';
import { indexKelurahan, matchKelurahan } from './match-kelurahan.ts';

/** The 57 official names (BIG 2022 / idn-area-data, shared/geodata/kelurahan-codes.csv). */
const OFFICIAL = `
3573011001,Balearjosari
3573011002,Arjosari
3573011003,Polowijen
3573011004,Purwodadi
3573011005,Blimbing
3573011006,Pandanwangi
3573011007,Purwantoro
3573011008,Bunulrejo
3573011009,Kesatrian
3573011010,Polehan
3573011011,Jodipan
3573021001,Klojen
3573021002,Rampalcelaket
3573021003,Samaan
3573021004,Kiduldalem
3573021005,Sukoharjo
3573021006,Kasin
3573021007,Kauman
3573021008,Oro-oro Dowo
3573021009,Bareng
3573021010,Gading Kasri
3573021011,Penanggungan
3573031001,Kotalama
3573031002,Mergosono
3573031003,Bumiayu
3573031004,Wonokoyo
3573031005,Buring
3573031006,Kedungkandang
3573031007,Lesanpuro
3573031008,Sawojajar
3573031009,Madyopuro
3573031010,Cemorokandang
3573031011,Arjowinangun
3573031012,Tlogowaru
3573041001,Ciptomulyo
3573041002,Gadang
3573041003,Kebonsari
3573041004,Bandungrejosari
3573041005,Sukun
3573041006,Tanjungrejo
3573041007,Pisangcandi
3573041008,Bandulan
3573041009,Karangbesuki
3573041010,Mulyorejo
3573041011,Bakalankrajan
3573051001,Tunggulwulung
3573051002,Merjosari
3573051003,Tlogomas
3573051004,Dinoyo
3573051005,Sumbersari
3573051006,Ketawanggede
3573051007,Jatimulyo
3573051008,Tunjungsekar
3573051009,Mojolangu
3573051010,Tulusrejo
3573051011,Lowokwaru
3573051012,Tasik Madu
`;

const index = indexKelurahan(
  OFFICIAL.trim()
    .split('\n')
    .map((line) => {
      const [code = '', name = ''] = line.split(',');
      return { code, name };
    }),
);

const search = (query: string) => matchKelurahan(index, query);
const codesOf = (query: string) => search(query).map((m) => m.kelurahan.code);

describe('matchKelurahan', () => {
  it('indexes all 57 kelurahan', () => {
    expect(index.entries).toHaveLength(57);
  });

  it.each([
    ['Gadingkasri', '3573021010'],
    ['KEL. GADINGKASRI', '3573021010'],
    ['Oro Oro Dowo', '3573021008'],
    ['Orooro Dowo', '3573021008'],
    ['oro-oro dowo', '3573021008'],
    ['Oro-Oro Dowo', '3573021008'],
    ['KEL. ORO-ORODOWO', '3573021008'],
    ['Rampal Celaket', '3573021002'],
    ['KEL. RAMPALCELAKET', '3573021002'],
    ['Tasikmadu', '3573051012'],
    ['TASIKMADU', '3573051012'],
    ['Telogowaru', '3573031012'],
    ['TELOGOWARU', '3573031012'],
    ['Bandung Rejosari', '3573041004'],
    ['Kota Lama', '3573031001'],
    ['KEL. KSATRIAN', '3573011009'],
    ['Ksatrian', '3573011009'],
    ['ketawang gede', '3573051006'],
    ['Kidul Dalem', '3573021004'],
    ['Bakalan Krajan', '3573041011'],
    ['KEL. PENAGGUNGAN', '3573021011'],
    ['KEL. KRLURAHAN LOWOKWARU', '3573051011'],
    ['Kelurahan Sumbersari', '3573051005'],
  ])('finds the spelling "%s" as an exact match first', (query, code) => {
    const [first] = search(query);
    expect(first?.kelurahan.code).toBe(code);
    expect(first?.kind).toBe('exact');
  });

  it('ignores case, spaces and hyphens', () => {
    for (const query of ['TLOGOMAS', '  tlogo mas ', 'tlogo-mas', 'Tlogo‐Mas']) {
      expect(codesOf(query)[0], query).toBe('3573051003');
    }
  });

  it('ranks exact before prefix before substring', () => {
    // "sukun": the kelurahan Sukun; "kedungkandang": Kedungkandang, not Cemorokandang.
    expect(search('sukun').map((m) => [m.kelurahan.name, m.kind])).toEqual([['Sukun', 'exact']]);
    expect(search('kandang').map((m) => [m.kelurahan.name, m.kind])).toEqual([
      ['Cemorokandang', 'substring'],
      ['Kedungkandang', 'substring'],
    ]);
    expect(search('blimbing')[0]).toMatchObject({ kind: 'exact' });
    const made = indexKelurahan(
      ['Bandungsari', 'Sarijaya', 'Sari'].map((name, i) => ({ code: String(i), name })),
    );
    expect(matchKelurahan(made, 'SARI').map((m) => [m.kelurahan.name, m.kind])).toEqual([
      ['Sari', 'exact'],
      ['Sarijaya', 'prefix'],
      ['Bandungsari', 'substring'],
    ]);
    expect(search('bandul').map((m) => [m.kelurahan.name, m.kind])).toEqual([
      ['Bandulan', 'prefix'],
    ]);
  });

  it('orders by kind, then by where the match starts, then by name', () => {
    const tlogo = search('tlogo');
    expect(tlogo.map((m) => m.kelurahan.name)).toEqual(['Tlogomas', 'Tlogowaru']);
    const mulyo = search('mulyo').map((m) => [m.kelurahan.name, m.kind]);
    expect(mulyo).toEqual([
      ['Mulyorejo', 'prefix'],
      ['Jatimulyo', 'substring'],
      ['Ciptomulyo', 'substring'],
    ]);
  });

  it('helps while a variant is half typed, and forgives one typo', () => {
    expect(search('telogo').map((m) => [m.kelurahan.name, m.kind])).toEqual([
      ['Tlogomas', 'similar'],
      ['Tlogowaru', 'similar'],
    ]);
    expect(codesOf('KEL. KSATRI')).toEqual(['3573011009']);
    expect(codesOf('orooro')).toEqual(['3573021008']);
    expect(codesOf('sumbersri')).toEqual(['3573051005']);
    expect(codesOf('dinyo')).toEqual(['3573051004']);
  });

  it('offers near misses only when nothing matches outright, and not for short queries', () => {
    expect(search('tlogo').every((m) => m.kind !== 'similar')).toBe(true);
    expect(search('tlg')).toEqual([]);
    expect(codesOf('tlgo')).toEqual(['3573051003', '3573031012']);
    expect(search('xyz')).toEqual([]);
  });

  it('finds nothing for an empty, blank or unknown query', () => {
    expect(search('')).toEqual([]);
    expect(search('  - ')).toEqual([]);
    expect(search('Surabaya')).toEqual([]);
  });
});
