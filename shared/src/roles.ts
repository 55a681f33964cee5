/** Account roles (DESIGN.md section 7). `display` is held by read-only wall-screen tokens. */
export const ROLES = ['admin', 'opd', 'viewer', 'display'] as const;

export type Role = (typeof ROLES)[number];
