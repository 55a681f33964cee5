import { getDistricts, getVillages } from 'idn-area-data';

/** One kelurahan as the idn-area-data package (Kemendagri codes) lists it. */
export interface ReferenceKelurahan {
  /** 10-digit code without dots, e.g. `3573011001`. */
  code: string;
  name: string;
  /** 6-digit kecamatan code without dots, e.g. `357301`. */
  kecamatanCode: string;
  kecamatan: string;
}

/** Kota Malang's regency code as idn-area-data writes it. */
const REGENCY_CODE = '35.73';

/**
 * The reference list the boundaries are checked against: every village of regency 35.73 in
 * idn-area-data, with its district name, sorted by code.
 */
export async function loadReferenceKelurahan(): Promise<ReferenceKelurahan[]> {
  const [villages, districts] = await Promise.all([
    getVillages({ transform: true }),
    getDistricts({ transform: true }),
  ]);
  const kecamatanNames = new Map(
    districts.filter((d) => d.regencyCode === REGENCY_CODE).map((d) => [d.code, d.name]),
  );
  return villages
    .flatMap((village) => {
      const kecamatan = kecamatanNames.get(village.districtCode);
      return kecamatan === undefined
        ? []
        : [
            {
              code: withoutDots(village.code),
              name: village.name,
              kecamatanCode: withoutDots(village.districtCode),
              kecamatan,
            },
          ];
    })
    .sort((a, b) => a.code.localeCompare(b.code));
}

function withoutDots(code: string): string {
  return code.replaceAll('.', '');
}
