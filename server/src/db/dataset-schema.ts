import type { IndicatorMetadata } from '@peta/shared';
import {
  boolean,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  unique,
} from 'drizzle-orm/pg-core';
import { users } from './auth-schema.ts';
import { timestamptz } from './columns.ts';
import { kelurahan } from './schema.ts';

/** The indicator catalogue (Satu Data metadata); every entry is a map layer. Never deleted. */
export const indicators = pgTable('indicators', {
  slug: text('slug').primaryKey(),
  nameId: text('name_id').notNull(),
  nameEn: text('name_en').notNull(),
  definitionId: text('definition_id').notNull(),
  definitionEn: text('definition_en').notNull(),
  unit: text('unit').notNull(),
  numberKind: text('number_kind').notNull(),
  polarity: text('polarity').notNull(),
  producerOpd: text('producer_opd').notNull(),
  walidata: text('walidata').notNull(),
  referenceCode: text('reference_code'),
  periodicity: text('periodicity').notNull(),
  countUnit: text('count_unit'),
  classification: jsonb('classification').$type<IndicatorMetadata['classification']>().notNull(),
  builtIn: boolean('built_in').notNull().default(false),
  position: integer('position').notNull(),
  retiredAt: timestamptz('retired_at'),
  version: integer('version').notNull().default(1),
  updatedAt: timestamptz('updated_at').notNull().defaultNow(),
  updatedBy: integer('updated_by').references(() => users.id),
});

/**
 * One saved dataset of an indicator-year: an import, or the sample data the app starts with.
 * Immutable once written; which one the map shows is {@link activeDatasets}.
 */
export const datasetVersions = pgTable(
  'dataset_versions',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    indicator: text('indicator')
      .notNull()
      .references(() => indicators.slug),
    year: integer('year').notNull(),
    /** 1, 2, … within the indicator-year. */
    number: integer('number').notNull(),
    isSample: boolean('is_sample').notNull(),
    source: text('source').notNull(),
    dataDate: text('data_date').notNull().default(''),
    producer: text('producer').notNull(),
    note: text('note').notNull().default(''),
    fileName: text('file_name'),
    fileSha256: text('file_sha256'),
    rowsRead: integer('rows_read').notNull().default(0),
    rowsUsed: integer('rows_used').notNull().default(0),
    rowsExcluded: integer('rows_excluded').notNull().default(0),
    exclusions: jsonb('exclusions')
      .$type<{ row: number; reason: string }[]>()
      .notNull()
      .default([]),
    importedAt: timestamptz('imported_at').notNull(),
    importedBy: integer('imported_by').references(() => users.id),
  },
  (t) => [unique('dataset_versions_indicator_year_number').on(t.indicator, t.year, t.number)],
);

/** The version the map shows per indicator-year; switching is one row update. */
export const activeDatasets = pgTable(
  'active_datasets',
  {
    indicator: text('indicator')
      .notNull()
      .references(() => indicators.slug),
    year: integer('year').notNull(),
    versionId: integer('version_id')
      .notNull()
      .references(() => datasetVersions.id),
    activatedAt: timestamptz('activated_at').notNull(),
    activatedBy: integer('activated_by').references(() => users.id),
  },
  (t) => [primaryKey({ columns: [t.indicator, t.year] })],
);

/** The values of one dataset version; kelurahan absent here have no data in it. */
export const datasetValues = pgTable(
  'dataset_values',
  {
    versionId: integer('version_id')
      .notNull()
      .references(() => datasetVersions.id),
    kelurahanCode: text('kelurahan_code')
      .notNull()
      .references(() => kelurahan.code),
    value: doublePrecision('value').notNull(),
    /** Optional second number (poor people, stunted children, houses repaired). */
    count: doublePrecision('count'),
  },
  (t) => [primaryKey({ columns: [t.versionId, t.kelurahanCode] })],
);

/**
 * Import previews waiting for "Simpan" (or `/api/import/<id>/commit`). In the database rather
 * than in memory so a commit reaching another app process, or a restart, still finds it;
 * expired rows are purged. Holds only the interpreted per-kelurahan values and the messages,
 * never the raw file (household extracts are personal data).
 */
export const importStaging = pgTable(
  'import_staging',
  {
    id: text('id').primaryKey(),
    indicator: text('indicator')
      .notNull()
      .references(() => indicators.slug),
    createdBy: integer('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: timestamptz('created_at').notNull(),
    expiresAt: timestamptz('expires_at').notNull(),
    fileName: text('file_name').notNull(),
    fileSha256: text('file_sha256').notNull(),
    /** The preview as answered (ImportPreview without the rows' messages in other languages). */
    preview: jsonb('preview').notNull(),
  },
  (t) => [index('import_staging_expires_at_idx').on(t.expiresAt)],
);
