import { PROGRAM_ADMIN_FIELDS, type ProgramEditableField } from './program-details.ts';
import type { Role } from './roles.ts';

/** The part of a session that decides what it may do. */
export interface Actor {
  readonly role: Role;
  /** The OPD an `opd` account is bound to; null for other roles. */
  readonly opd: string | null;
}

/** The part of a program that decides who may edit it. */
export interface ProgramOwnership {
  readonly leadOpd: string;
  readonly supportingOpds: readonly string[];
}

/** True when the actor's OPD leads or supports the program. */
export function isProgramOpd(actor: Actor, program: ProgramOwnership): boolean {
  return (
    actor.role === 'opd' &&
    actor.opd !== null &&
    (program.leadOpd === actor.opd || program.supportingOpds.includes(actor.opd))
  );
}

/** Admins edit every program, OPD accounts the programs their OPD leads or supports. */
export function canEditProgram(actor: Actor, program: ProgramOwnership): boolean {
  return actor.role === 'admin' || isProgramOpd(actor, program);
}

/** Whether the actor may change this field of a program it may edit. */
export function canEditProgramField(actor: Actor, field: ProgramEditableField): boolean {
  return actor.role === 'admin' || !PROGRAM_ADMIN_FIELDS.includes(field);
}

/** A follow-up can be closed by whoever edits its program and by the OPD that owns it. */
export function canSetFollowUpDone(
  actor: Actor,
  program: ProgramOwnership,
  followUp: { readonly ownerOpd: string },
): boolean {
  return (
    canEditProgram(actor, program) || (actor.role === 'opd' && actor.opd === followUp.ownerOpd)
  );
}

/** Users, display tokens, verification and the audit log are Bappeda's (admin). */
export function isAdmin(actor: Actor): boolean {
  return actor.role === 'admin';
}

/** Admins import data for any indicator; an OPD account for the indicators its OPD produces. */
export function canImportIndicator(
  actor: Actor,
  indicator: { readonly producerOpd: string },
): boolean {
  return actor.role === 'admin' || (actor.role === 'opd' && actor.opd === indicator.producerOpd);
}
