import {
  bigint,
  boolean,
  date,
  doublePrecision,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
} from 'drizzle-orm/pg-core';
import { users } from './auth-schema.ts';

/** The 57 kelurahan, upserted from the geodata artefact at every start. */
export const kelurahan = pgTable('kelurahan', {
  code: text('code').primaryKey(),
  name: text('name').notNull(),
  kecamatan: text('kecamatan').notNull(),
  kecamatanCode: text('kecamatan_code').notNull(),
  areaKm2: doublePrecision('area_km2').notNull(),
});

/** The 11 priority programs and their current state. */
export const programs = pgTable('programs', {
  id: text('id').primaryKey(),
  number: integer('number').notNull().unique(),
  name: text('name').notNull(),
  leadOpd: text('lead_opd').notNull(),
  supportingOpds: jsonb('supporting_opds').$type<string[]>().notNull().default([]),
  funding: text('funding').notNull().default(''),
  status: text('status').notNull(),
  physicalProgress: doublePrecision('physical_progress').notNull(),
  financialProgress: doublePrecision('financial_progress').notNull(),
  reportedProgress: text('reported_progress').notNull().default(''),
  source: text('source').notNull().default(''),
  progressEstimated: boolean('progress_estimated').notNull().default(false),
  version: integer('version').notNull().default(1),
  updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull(),
  /** Who saved the current version; null for seeded data. */
  updatedBy: integer('updated_by').references(() => users.id),
});

/** Columns every point table has. */
const pointColumns = () => ({
  id: text('id').primaryKey(),
  lon: doublePrecision('lon').notNull(),
  lat: doublePrecision('lat').notNull(),
  positionApproximate: boolean('position_approximate').notNull(),
  source: text('source').notNull(),
  isSample: boolean('is_sample').notNull(),
});

/** Flood-prone spots (titik genangan / rawan banjir). */
export const floodSpots = pgTable('flood_spots', {
  ...pointColumns(),
  name: text('name').notNull(),
  kecamatan: text('kecamatan').notNull(),
  depthCm: integer('depth_cm').notNull(),
  lastEventDate: date('last_event_date', { mode: 'string' }).notNull(),
  events: jsonb('events').$type<{ date: string; depthCm: number }[]>().notNull(),
  handlingStatus: text('handling_status').notNull(),
  bpbdList: boolean('bpbd_list').notNull(),
});

/** CSR (TSP) projects. */
export const csrProjects = pgTable('csr_projects', {
  ...pointColumns(),
  company: text('company').notNull(),
  title: text('title').notNull(),
  sector: text('sector').notNull(),
  valueRp: bigint('value_rp', { mode: 'number' }).notNull(),
  year: integer('year').notNull(),
  status: text('status').notNull(),
  programId: text('program_id').references(() => programs.id),
});

/** Locations of the 11 priority programs. */
export const programSites = pgTable('program_sites', {
  ...pointColumns(),
  programId: text('program_id')
    .notNull()
    .references(() => programs.id),
  name: text('name').notNull(),
  status: text('status').notNull(),
});
