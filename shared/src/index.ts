export { CITY_TIME_ZONE, formatCityDate } from './city-time.ts';
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
export { FIRST_DATE_YEAR, LAST_DATE_YEAR, calendarDateSchema } from './calendar-date.ts';
export { MAX_RECORD_ID, recordIdSchema, versionSchema } from './record-id.ts';
export { isSafeText, safeText } from './safe-text.ts';
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
export {
  CITY_POVERTY,
  CITY_RTLH_REPAIRED,
  CITY_STUNTING_EPPGBM,
  CITY_STUNTING_SSGI,
  POPULATION_2023_BY_KECAMATAN,
  RTLH_ALLOCATION_2025,
  RTLH_APBD_2024_BY_KECAMATAN,
  RTLH_REGISTERED_SINCE_2020,
  RTLH_REMAINING_OCT_2025,
  STUNTING_ABOVE_10_IN_2022,
  type CityFigure,
} from './city-figures.ts';
export {
  FIRST_INDICATOR_YEAR,
  INDICATOR_YEARS,
  INDICATORS,
  LAST_INDICATOR_YEAR,
  cityTrendInputSchema,
  cityTrendPointSchema,
  indicatorSchema,
  indicatorsByYearInputSchema,
  indicatorValueSchema,
  indicatorYearSchema,
  type CityTrendPoint,
  type Indicator,
  type IndicatorValue,
} from './indicators.ts';
export {
  CSR_SECTORS,
  CSR_STATUSES,
  FLOOD_HANDLING_STATUSES,
  csrProjectSchema,
  csrProjectSeedSchema,
  floodEventSchema,
  floodSpotSchema,
  floodSpotSeedSchema,
  programSiteSchema,
  programSiteSeedSchema,
  type CsrProject,
  type CsrProjectSeed,
  type CsrSector,
  type FloodSpot,
  type FloodSpotSeed,
  type ProgramSite,
  type ProgramSiteSeed,
} from './points.ts';
export { SAMPLES_FILE, samplesArtifactSchema, type SamplesArtifact } from './samples-artifact.ts';
export {
  CLASSIFICATION_METHODS,
  FIXED_BREAKS,
  MAX_CLASSES,
  MIN_CLASSES,
  classCounts,
  classIndex,
  classify,
  type Classification,
  type ClassificationMethod,
  type ClassifyOptions,
} from './classification.ts';
export {
  CATEGORY_COLORS,
  NO_DATA_COLOR,
  PALETTE_IDS,
  PALETTES,
  createColorScale,
  hexToRgba,
  type ColorScale,
  type ColorScaleOptions,
  type LegendEntry,
  type Palette,
  type PaletteId,
  type Rgba,
} from './color-scale.ts';
export {
  DEFAULT_PRIORITY_WEIGHTS,
  PRIORITY_COMPONENTS,
  computePriorityIndex,
  type PriorityComponent,
  type PriorityIndexInputs,
  type PriorityWeights,
} from './priority-index.ts';
export {
  CHOROPLETH_LAYER_IDS,
  LAYER_IDS,
  LAYERS,
  POINT_LAYER_IDS,
  isChoroplethLayerId,
  type ChoroplethLayerDefinition,
  type ChoroplethLayerId,
  type ClassificationDefaults,
  type CountUnit,
  type LayerDefinition,
  type LayerId,
  type LayerUnit,
  type PointLayerDefinition,
  type PointLayerId,
} from './layer-catalogue.ts';
export {
  DEFAULT_VIEW_STATE,
  VIEW_STATE_VERSION,
  decodeViewState,
  encodeViewState,
  viewStateSchema,
  type DecodedViewState,
  type LayerClassification,
  type LayerVisibility,
  type ViewState,
} from './url-state.ts';
export { OPD_NAMES, OPDS, findOpdName, opdNameSchema, type Opd } from './opd.ts';
export {
  MIN_PASSWORD_LENGTH,
  USER_ROLES,
  changePasswordInputSchema,
  displayLoginInputSchema,
  displayNameSchema,
  displayTokenCreateInputSchema,
  displayTokenIdInputSchema,
  loginInputSchema,
  passwordSchema,
  userCreateInputSchema,
  userIdInputSchema,
  usernameSchema,
  userRoleSchema,
  type DisplayTokenRecord,
  type SessionInfo,
  type UserCreateInput,
  type UserRecord,
  type UserRole,
} from './auth.ts';
export {
  EVIDENCE_MAX_BYTES,
  EVIDENCE_MIME_TYPES,
  FUNDING_SOURCE_LABELS,
  FUNDING_SOURCES,
  PROGRAM_ADMIN_FIELDS,
  PROGRAM_EDITABLE_FIELDS,
  evidenceUploadInputSchema,
  followUpCreateInputSchema,
  followUpSetDoneInputSchema,
  fundingRowInputSchema,
  milestoneInputSchema,
  obstacleInputSchema,
  programUpdateInputSchema,
  programVerifyInputSchema,
  type EvidenceMimeType,
  type FundingSource,
  type ProgramConflictCurrent,
  type ProgramDetail,
  type ProgramEditableField,
  type ProgramEditableState,
  type ProgramEvidence,
  type ProgramFollowUp,
  type ProgramFunding,
  programHistoryInputSchema,
  type ProgramHistoryEntry,
  type ProgramMilestone,
  type ProgramObstacle,
  type ProgramUpdateInput,
} from './program-details.ts';
export {
  canEditProgram,
  canEditProgramField,
  canSetFollowUpDone,
  isAdmin,
  isProgramOpd,
  type Actor,
  type ProgramOwnership,
} from './permissions.ts';
export { CHANGE_KINDS, type ChangeEvent, type ChangeKind } from './live.ts';
export { auditListInputSchema, type AuditEntry, type AuditPage } from './audit.ts';
export {
  meetingAgendaSchema,
  meetingAgendaStepSchema,
  meetingDecisionInputSchema,
  meetingFollowUpInputSchema,
  meetingIdInputSchema,
  meetingPresentInputSchema,
  meetingSetAgendaInputSchema,
  meetingSinceLastInputSchema,
  meetingStartInputSchema,
  type Meeting,
  type MeetingAgendaStep,
  type MeetingChangesSince,
  type MeetingDecision,
  type MeetingDetail,
  type MeetingRecord,
} from './meetings.ts';
export {
  MAP_SNAPSHOT_MAX_BYTES,
  reportPdfRequestSchema,
  type ReportPdfRequest,
} from './exports.ts';
export {
  DEFAULT_LANGUAGE,
  LANGUAGE_HEADER,
  LANGUAGES,
  parseLanguage,
  type Language,
} from './messages/language.ts';
export {
  MESSAGE_CATALOGUES,
  fieldMessage,
  formatMessage,
  message,
  type Message,
  type MessageKey,
  type MessageParam,
} from './messages/message.ts';
export { firstIssueMessage, translateValidationMessage } from './messages/validation-message.ts';
export { formatJakartaTime } from './format-jakarta-time.ts';
export {
  DEFAULT_PAGE_SIZE,
  MAX_PAGE_SIZE,
  pageInputShape,
  TRPC_MAX_BATCH_SIZE,
  type Page,
} from './paging.ts';
