import { KECAMATAN, KELURAHAN_CODE_PATTERN, KELURAHAN_COUNT, kecamatanCodeOf } from '@peta/shared';
import { isRecord } from './is-record.ts';
import type { ReferenceKelurahan } from './load-reference-kelurahan.ts';
import { parseBoundaryGeometry, type BoundaryGeometry } from './parse-boundary-geometry.ts';

/** One validated kelurahan: official code and names, exact geometry. */
export interface KelurahanBoundary {
  code: string;
  name: string;
  kecamatan: string;
  kecamatanCode: string;
  geometry: BoundaryGeometry;
}

/** Thrown by {@link validateBoundaries}; `problems` lists every defect found, one line each. */
export class BoundaryValidationError extends Error {
  override readonly name = 'BoundaryValidationError';

  constructor(readonly problems: readonly string[]) {
    super(
      `The kelurahan boundaries are invalid (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n` +
        problems.map((problem) => `  - ${problem}`).join('\n'),
    );
  }
}

/**
 * Checks a parsed boundary FeatureCollection against the reference list (idn-area-data) and the
 * shared KECAMATAN: exactly 57 features with unique, known codes whose names and kecamatan agree,
 * and valid geometry (see `parseBoundaryGeometry`). Collects every problem before failing.
 *
 * @returns the kelurahan sorted by code
 * @throws BoundaryValidationError naming each bad feature (code and name) and what is wrong
 */
export function validateBoundaries(
  input: unknown,
  reference: readonly ReferenceKelurahan[],
): KelurahanBoundary[] {
  const problems = referenceProblems(reference);
  const referenceByCode = new Map(reference.map((entry) => [entry.code, entry]));
  const features = featuresOf(input, problems);
  const positionsByCode = new Map<string, number[]>();
  const boundaries: KelurahanBoundary[] = [];

  features.forEach((feature, index) => {
    const checked = checkFeature(feature, index, referenceByCode);
    problems.push(...checked.problems);
    if (checked.code !== undefined) {
      positionsByCode.set(checked.code, [...(positionsByCode.get(checked.code) ?? []), index + 1]);
    }
    if (checked.boundary !== undefined) boundaries.push(checked.boundary);
  });

  if (isRecord(input) && features.length !== KELURAHAN_COUNT) {
    problems.push(`expected ${KELURAHAN_COUNT} features, found ${features.length}`);
  }
  for (const [code, positions] of positionsByCode) {
    if (positions.length > 1) {
      const name = referenceByCode.get(code)?.name ?? '(unknown name)';
      problems.push(
        `${code} ${name}: kode appears ${positions.length} times (features ${positions.join(', ')})`,
      );
    }
  }
  for (const entry of reference) {
    if (!positionsByCode.has(entry.code)) {
      problems.push(`${entry.code} ${entry.name}: missing (kecamatan ${entry.kecamatan})`);
    }
  }

  if (problems.length > 0) throw new BoundaryValidationError(problems);
  return boundaries.sort((a, b) => a.code.localeCompare(b.code));
}

/** The reference itself must agree with the shared constants, or every comparison is moot. */
function referenceProblems(reference: readonly ReferenceKelurahan[]): string[] {
  const problems: string[] = [];
  if (reference.length !== KELURAHAN_COUNT) {
    problems.push(
      `idn-area-data lists ${reference.length} kelurahan in Kota Malang, expected ${KELURAHAN_COUNT}`,
    );
  }
  for (const entry of reference) {
    const shared = KECAMATAN.find((k) => k.code === entry.kecamatanCode);
    if (shared?.name !== entry.kecamatan) {
      problems.push(
        `idn-area-data puts ${entry.code} ${entry.name} in kecamatan ${entry.kecamatanCode} ` +
          `${entry.kecamatan}, which shared KECAMATAN does not list under that code`,
      );
    }
  }
  return problems;
}

function featuresOf(input: unknown, problems: string[]): unknown[] {
  if (!isRecord(input) || input['type'] !== 'FeatureCollection') {
    problems.push('the file is not a GeoJSON FeatureCollection');
    return [];
  }
  const features = input['features'];
  if (!Array.isArray(features)) {
    problems.push('the FeatureCollection has no "features" array');
    return [];
  }
  return features;
}

interface CheckedFeature {
  /** The feature's code when it has a well-formed one, for the duplicate and missing checks. */
  code?: string;
  boundary?: KelurahanBoundary;
  problems: string[];
}

function checkFeature(
  feature: unknown,
  index: number,
  referenceByCode: ReadonlyMap<string, ReferenceKelurahan>,
): CheckedFeature {
  const properties =
    isRecord(feature) && isRecord(feature['properties']) ? feature['properties'] : {};
  const code = stringProperty(properties, 'kode');
  const name = stringProperty(properties, 'kelurahan');
  const kecamatan = stringProperty(properties, 'kecamatan');
  const label =
    code !== undefined && name !== undefined
      ? `${code} ${name}`
      : `feature ${index + 1} (kode ${code ?? 'missing'}, kelurahan ${name ?? 'missing'})`;
  const problems: string[] = [];
  const report = (what: string): void => {
    problems.push(`${label}: ${what}`);
  };

  if (!isRecord(feature) || feature['type'] !== 'Feature') report('is not a GeoJSON Feature');
  if (name === undefined || name.trim() === '') report('has no "kelurahan" name');

  const wellFormed = code !== undefined && KELURAHAN_CODE_PATTERN.test(code);
  if (!wellFormed) {
    report(`kode must be a string matching ${KELURAHAN_CODE_PATTERN.source}`);
  } else {
    const expected = referenceByCode.get(code);
    if (expected === undefined) {
      report('kode is not a Kota Malang kelurahan in idn-area-data');
    } else if (name !== undefined && name !== expected.name) {
      report(`name differs from idn-area-data "${expected.name}"`);
    }
    const kecamatanCode = kecamatanCodeOf(code);
    const shared = KECAMATAN.find((k) => k.code === kecamatanCode);
    if (shared === undefined) {
      report(`kecamatan code ${kecamatanCode} is not a Kota Malang kecamatan`);
    } else if (kecamatan !== shared.name) {
      report(
        `kecamatan "${kecamatan ?? ''}" does not match its kode (${shared.code} is ${shared.name})`,
      );
    }
  }

  const geometry = parseBoundaryGeometry(isRecord(feature) ? feature['geometry'] : undefined);
  if (!geometry.valid) geometry.problems.forEach(report);

  if (!wellFormed) return { problems };
  if (!geometry.valid || problems.length > 0 || name === undefined || kecamatan === undefined) {
    return { code, problems };
  }
  const kecamatanCode = kecamatanCodeOf(code);
  return {
    code,
    problems,
    boundary: { code, name, kecamatan, kecamatanCode, geometry: geometry.geometry },
  };
}

function stringProperty(properties: Record<string, unknown>, key: string): string | undefined {
  const value = properties[key];
  return typeof value === 'string' ? value : undefined;
}
