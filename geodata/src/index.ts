export {
  MAX_DEVIATION_M,
  TOPOLOGY_GZIP_BUDGET_BYTES,
  buildGeodata,
  type BuildGeodataOptions,
  type GeodataBuildReport,
} from './build-geodata.ts';
export {
  DEFAULT_MIN_AREA_M2,
  DEFAULT_QUANTIZATION,
  buildTopology,
  topologyCollection,
  type Topology,
  type TopologyCollection,
  type TopologyOptions,
} from './build-topology.ts';
export { deriveKelurahanRecords, geometryBbox, unionBbox } from './derive-kelurahan-records.ts';
export {
  DEFAULT_GEODATA_DIR,
  DEFAULT_GEODATA_OUT_DIR,
  REPO_ROOT,
  resolveGeodataPaths,
  type GeodataPaths,
} from './geodata-paths.ts';
export { labelPoint } from './label-point.ts';
export { loadReferenceKelurahan, type ReferenceKelurahan } from './load-reference-kelurahan.ts';
export { measureMaxDeviation, type Deviation } from './measure-deviation.ts';
export {
  MALANG_REGION_BBOX,
  parseBoundaryGeometry,
  type BoundaryGeometry,
  type ParsedBoundaryGeometry,
} from './parse-boundary-geometry.ts';
export { BOUNDARY_FILE, readBoundaries } from './read-boundaries.ts';
export {
  BoundaryValidationError,
  validateBoundaries,
  type KelurahanBoundary,
} from './validate-boundaries.ts';
