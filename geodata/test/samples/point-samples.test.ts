import { CSR_SECTORS, PROGRAMS, type SamplesArtifact } from '@peta/shared';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadSamplesFixture, type SamplesFixture } from './samples-fixture.ts';

let samples: SamplesArtifact;
let kelurahanAt: SamplesFixture['kelurahanAt'];
beforeAll(async () => {
  ({ samples, kelurahanAt } = await loadSamplesFixture());
});

/** The 29 of Nov 2023: DOMAIN.md's 28 plus the Malang Town Square basement. */
const BPBD_COUNTS = { Lowokwaru: 8, Klojen: 9, Kedungkandang: 5, Sukun: 5, Blimbing: 2 };

const NAMED_COMPANIES = [
  'PT Wira Bhakti Semesta',
  'PT Daur Ulang Bumi',
  'CV Bumi Putra Perkasa',
  'CV Ade Karya Utama',
  'PT Arta Asia Putra',
  'PT Sapta Tunggal Surya Abadi (Citra Garden Malang)',
  'Bank Jatim',
  'Lippo Group',
];

const FLOOD_EVENT_DATES = ['2022-03-14', '2023-11-25', '2024-12-06', '2025-10-22', '2025-12-04'];

describe('flood spot samples', () => {
  it('has the 29 BPBD spots, each inside a kelurahan of the kecamatan BPBD lists it under', () => {
    const listed = samples.floodSpots.filter((s) => s.bpbdList);
    expect(listed).toHaveLength(29);
    for (const [kecamatan, count] of Object.entries(BPBD_COUNTS)) {
      expect(
        listed.filter((s) => s.kecamatan === kecamatan),
        kecamatan,
      ).toHaveLength(count);
    }
    for (const spot of samples.floodSpots) {
      expect(kelurahanAt(spot.lon, spot.lat)?.kecamatan, spot.name).toBe(spot.kecamatan);
    }
  });

  it('adds the chronic spots DOMAIN.md names', () => {
    const chronic = samples.floodSpots.filter((s) => !s.bpbdList).map((s) => s.name);
    for (const name of [
      'Kedawung',
      'Ciliwung',
      'Tenaga Utara',
      'Gading Kasri',
      'Ir Rais',
      'Mojolangu',
      'Bandulan',
    ]) {
      expect(
        chronic.some((n) => n.includes(name)),
        name,
      ).toBe(true);
    }
  });

  it('gives each spot dated events with depths of 20–160 cm, labelled as samples', () => {
    for (const spot of samples.floodSpots) {
      expect(spot.events.length, spot.name).toBeGreaterThan(0);
      for (const event of spot.events) {
        expect(FLOOD_EVENT_DATES).toContain(event.date);
        expect(event.depthCm).toBeGreaterThanOrEqual(20);
        expect(event.depthCm).toBeLessThanOrEqual(160);
      }
      expect(spot.lastEventDate).toBe(spot.events.at(-1)?.date);
      expect(spot.depthCm).toBe(spot.events.at(-1)?.depthCm);
      expect(spot.positionApproximate).toBe(true);
      expect(spot.isSample).toBe(true);
      expect(spot.source).toMatch(/BPBD Kota Malang/);
    }
    const eventCount = (date: string) =>
      samples.floodSpots.filter((s) => s.events.some((e) => e.date === date)).length;
    expect([
      eventCount('2022-03-14'),
      eventCount('2023-11-25'),
      eventCount('2024-12-06'),
      eventCount('2025-10-22'),
    ]).toEqual([18, 29, 11, 22]);
    const oct2025 = samples.floodSpots.flatMap((s) =>
      s.events.filter((e) => e.date === '2025-10-22'),
    );
    expect(Math.min(...oct2025.map((e) => e.depthCm))).toBe(20);
    expect(Math.max(...oct2025.map((e) => e.depthCm))).toBe(135);
  });

  it('records Jl. Kedawung at 150–160 cm in Dec 2025 and Suhat as being handled', () => {
    const kedawung = samples.floodSpots.find((s) => s.name.includes('Kedawung'));
    expect(kedawung?.lastEventDate).toBe('2025-12-04');
    expect(kedawung?.depthCm).toBeGreaterThanOrEqual(150);
    expect(kedawung?.depthCm).toBeLessThanOrEqual(160);
    const suhat = samples.floodSpots.find((s) => s.name === 'Jl. Soekarno-Hatta');
    expect(suhat?.handlingStatus).toBe('dalam_penanganan');
  });
});

describe('CSR project samples', () => {
  it('has about 40 projects including every company named in the press', () => {
    expect(samples.csrProjects.length).toBeGreaterThanOrEqual(38);
    expect(samples.csrProjects.length).toBeLessThanOrEqual(42);
    const companies = samples.csrProjects.map((p) => p.company);
    for (const company of NAMED_COMPANIES) expect(companies).toContain(company);
  });

  it('spreads sectors like the 2025 split, within one project', () => {
    const share = {
      pendidikan: 0.28,
      umkm: 0.22,
      infrastruktur_lingkungan: 0.18,
      sosial_kemiskinan: 0.18,
      kebersihan: 0.14,
    };
    for (const sector of CSR_SECTORS) {
      const count = samples.csrProjects.filter((p) => p.sector === sector).length;
      expect(
        Math.abs(count - share[sector] * samples.csrProjects.length),
        sector,
      ).toBeLessThanOrEqual(1);
    }
  });

  it('keeps values, years, programs and positions plausible, and labels what is invented', () => {
    const programIds = PROGRAMS.map((p) => p.id);
    for (const project of samples.csrProjects) {
      expect(project.valueRp).toBeGreaterThanOrEqual(50_000_000);
      expect(project.valueRp).toBeLessThanOrEqual(5_000_000_000);
      expect(project.year).toBeGreaterThanOrEqual(2023);
      expect(project.year).toBeLessThanOrEqual(2025);
      if (project.programId !== null) expect(programIds).toContain(project.programId);
      expect(kelurahanAt(project.lon, project.lat), project.title).toBeDefined();
      expect(project.positionApproximate).toBe(true);
      const named = NAMED_COMPANIES.includes(project.company);
      expect(project.source).toMatch(
        named ? /Forum TSP Kota Malang \(2024–2025\)/ : /^Data contoh/,
      );
      if (!named) expect(project.isSample).toBe(true);
    }
    const byCompany = (company: string) => samples.csrProjects.find((p) => p.company === company);
    expect(byCompany('Bank Jatim')).toMatchObject({
      valueRp: 5_000_000_000,
      programId: 'alun-alun-merdeka',
      isSample: false,
    });
    expect(byCompany('PT Wira Bhakti Semesta')).toMatchObject({
      valueRp: 545_175_000,
      programId: 'tps',
      isSample: false,
    });
    expect(samples.csrProjects.filter((p) => p.programId === 'rehab-sekolah')).toHaveLength(6);
    expect(
      kelurahanAt(byCompany('Lippo Group')?.lon ?? 0, byCompany('Lippo Group')?.lat ?? 0)?.name,
    ).toBe('Tlogowaru');
  });
});

describe('program site samples', () => {
  it('has at least one site for each of the 11 programs, all inside the city', () => {
    for (const program of PROGRAMS) {
      expect(
        samples.programSites.some((s) => s.programId === program.id),
        program.id,
      ).toBe(true);
    }
    for (const site of samples.programSites) {
      expect(kelurahanAt(site.lon, site.lat), site.name).toBeDefined();
    }
  });

  it("uses the program's status unless the site's own is known", () => {
    for (const site of samples.programSites) {
      const program = PROGRAMS.find((p) => p.id === site.programId);
      if (site.name.startsWith('TPS') || site.name === 'SDN Ketawanggede 3') continue;
      expect(site.status, site.name).toBe(program?.status);
    }
    expect(samples.programSites.find((s) => s.name.startsWith('TPS Sulfat'))?.status).toBe(
      'selesai',
    );
  });

  it('places landmark sites in their kelurahan', () => {
    const at = (name: string) => {
      const site = samples.programSites.find((s) => s.name === name);
      return site && kelurahanAt(site.lon, site.lat)?.name;
    };
    expect(at('Pasar Besar Malang')).toBe('Sukoharjo');
    expect(at('Alun-alun Merdeka')).toBe('Kiduldalem');
    expect(at('SDN Ketawanggede 3')).toBe('Ketawanggede');
    expect(at('GOR Ken Arok')).toBe('Buring');
  });
});

describe('all point samples', () => {
  it('have unique ids', () => {
    const ids = [...samples.floodSpots, ...samples.csrProjects, ...samples.programSites].map(
      (p) => p.id,
    );
    expect(new Set(ids).size).toBe(ids.length);
  });
});
