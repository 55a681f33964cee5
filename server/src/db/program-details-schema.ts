import type { ProgramEditableState } from '@peta/shared';
import {
  bigint,
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  unique,
} from 'drizzle-orm/pg-core';
import { users } from './auth-schema.ts';
import { bytea, timestamptz } from './columns.ts';
import { programs } from './schema.ts';

const programId = () =>
  text('program_id')
    .notNull()
    .references(() => programs.id);

/** Pagu and realisation of a program per funding source, in Rupiah (null = not known). */
export const programFunding = pgTable(
  'program_funding',
  {
    programId: programId(),
    fundingSource: text('funding_source').notNull(),
    budget: bigint('budget', { mode: 'number' }),
    realisation: bigint('realisation', { mode: 'number' }),
    note: text('note').notNull().default(''),
    source: text('source').notNull().default(''),
  },
  (t) => [primaryKey({ columns: [t.programId, t.fundingSource] })],
);

/** Milestones (tahapan) with due dates. */
export const programMilestones = pgTable(
  'program_milestones',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    programId: programId(),
    position: integer('position').notNull(),
    title: text('title').notNull(),
    dueDate: date('due_date', { mode: 'string' }),
    done: boolean('done').notNull().default(false),
    source: text('source').notNull().default(''),
  },
  (t) => [index('program_milestones_program_id_idx').on(t.programId)],
);

/** Obstacles (kendala). */
export const programObstacles = pgTable(
  'program_obstacles',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    programId: programId(),
    position: integer('position').notNull(),
    description: text('description').notNull(),
    resolved: boolean('resolved').notNull().default(false),
    source: text('source').notNull().default(''),
  },
  (t) => [index('program_obstacles_program_id_idx').on(t.programId)],
);

/** Follow-up actions (tindak lanjut) with an owner OPD; meetings add them too. */
export const programFollowUps = pgTable(
  'program_follow_ups',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    programId: programId(),
    description: text('description').notNull(),
    ownerOpd: text('owner_opd').notNull(),
    dueDate: date('due_date', { mode: 'string' }),
    done: boolean('done').notNull().default(false),
    doneAt: timestamptz('done_at'),
    doneBy: integer('done_by').references(() => users.id),
    createdAt: timestamptz('created_at').notNull(),
    createdBy: integer('created_by').references(() => users.id),
    source: text('source').notNull().default(''),
  },
  (t) => [index('program_follow_ups_program_id_idx').on(t.programId)],
);

/** Evidence photos, bytes in the database; the type is sniffed from the bytes on upload. */
export const programEvidence = pgTable(
  'program_evidence',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    programId: programId(),
    fileName: text('file_name').notNull(),
    caption: text('caption').notNull().default(''),
    mimeType: text('mime_type').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    sha256: text('sha256').notNull(),
    data: bytea('data').notNull(),
    uploadedAt: timestamptz('uploaded_at').notNull(),
    uploadedBy: integer('uploaded_by')
      .notNull()
      .references(() => users.id),
  },
  (t) => [index('program_evidence_program_id_idx').on(t.programId)],
);

/**
 * One immutable record per program update: who, when, the fields before and after. A trigger
 * (migration 0002) rejects UPDATE and DELETE except setting the verification columns once.
 */
export const programUpdates = pgTable(
  'program_updates',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    programId: programId(),
    /** The program version this update produced. */
    version: integer('version').notNull(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    createdAt: timestamptz('created_at').notNull(),
    note: text('note').notNull().default(''),
    before: jsonb('before').$type<Partial<ProgramEditableState>>().notNull(),
    after: jsonb('after').$type<Partial<ProgramEditableState>>().notNull(),
    verifiedBy: integer('verified_by').references(() => users.id),
    verifiedAt: timestamptz('verified_at'),
  },
  (t) => [unique('program_updates_program_version_unique').on(t.programId, t.version)],
);
