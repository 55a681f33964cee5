/** Program status, in the order a program normally passes through them (e-Monev semantics). */
export const PROGRAM_STATUSES = [
  'belum_mulai',
  'perencanaan',
  'pelaksanaan',
  'selesai',
  'tertunda',
] as const;

export type ProgramStatus = (typeof PROGRAM_STATUSES)[number];
