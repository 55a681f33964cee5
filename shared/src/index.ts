export {
  CITY_CODE,
  KECAMATAN,
  KELURAHAN_CODE_PATTERN,
  KELURAHAN_COUNT,
  kecamatanCodeOf,
  type KecamatanCode,
} from './kecamatan.ts';
export { normalizeKelurahanName } from './kelurahan-name.ts';
export { PROGRAM_STATUSES, type ProgramStatus } from './program-status.ts';
export { PROGRAMS, type ProgramSeed } from './programs.ts';
export { ROLES, type Role } from './roles.ts';
export {
  bboxSchema,
  kecamatanCodeSchema,
  kelurahanCodeSchema,
  kelurahanSchema,
  lonLatSchema,
  percentSchema,
  programByIdInputSchema,
  programIdSchema,
  programStatusSchema,
  programSummarySchema,
  type Kelurahan,
  type ProgramSummary,
} from './schemas.ts';
export {
  BOUNDARY_ATTRIBUTION,
  GEODATA_FILES,
  TOPOLOGY_OBJECTS,
  kelurahanArtifactRecordSchema,
  kelurahanArtifactSchema,
  type KelurahanArtifact,
  type KelurahanArtifactRecord,
  type KelurahanFeatureProperties,
} from './geodata-artifact.ts';
