import { z } from 'zod';
import { opdNameSchema } from './opd.ts';
import type { Role } from './roles.ts';
import { validationMessage } from './messages/validation-message.ts';
import { recordIdSchema } from './record-id.ts';
import { safeText } from './safe-text.ts';

/** Roles a user account can hold; `display` belongs to display tokens only. */
export const USER_ROLES = ['admin', 'opd', 'viewer'] as const;
export type UserRole = (typeof USER_ROLES)[number];

export const MIN_PASSWORD_LENGTH = 10;

export const usernameSchema = safeText()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9][a-z0-9._-]{2,31}$/, validationMessage('usernameFormat'));

export const passwordSchema = safeText()
  .min(MIN_PASSWORD_LENGTH, validationMessage('passwordMin', { min: MIN_PASSWORD_LENGTH }))
  .max(256, validationMessage('passwordMax', { max: 256 }));

export const displayNameSchema = safeText()
  .trim()
  .min(1, validationMessage('displayNameRequired'))
  .max(100, validationMessage('displayNameMax', { max: 100 }));

export const userRoleSchema = z.enum(USER_ROLES, {
  error: validationMessage('roleInvalid'),
});

/** `auth.login` input; the password policy is not checked here, only on creation. */
export const loginInputSchema = z.object({
  username: safeText().trim().toLowerCase().min(1, validationMessage('usernameRequired')).max(64),
  password: safeText()
    .min(1, validationMessage('passwordRequired'))
    .max(256, validationMessage('passwordTooLong')),
});

export const displayLoginInputSchema = z.object({
  token: safeText()
    .trim()
    .min(1, validationMessage('displayTokenRequired'))
    .max(200, validationMessage('displayTokenMalformed')),
});

export const changePasswordInputSchema = z.object({
  currentPassword: safeText().min(1, validationMessage('currentPasswordRequired')).max(256),
  newPassword: passwordSchema,
});

/** `users.create` input: an `opd` account is bound to exactly one OPD, other roles to none. */
export const userCreateInputSchema = z
  .object({
    username: usernameSchema,
    password: passwordSchema,
    role: userRoleSchema,
    opd: opdNameSchema.optional(),
    displayName: displayNameSchema.optional(),
  })
  .superRefine((value, ctx) => {
    if (value.role === 'opd' && value.opd === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['opd'],
        message: validationMessage('opdRequiredForRole'),
      });
    }
    if (value.role !== 'opd' && value.opd !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['opd'],
        message: validationMessage('opdOnlyForOpdRole'),
      });
    }
  });
export type UserCreateInput = z.infer<typeof userCreateInputSchema>;

export const userIdInputSchema = z.object({ id: recordIdSchema });

export const displayTokenCreateInputSchema = z.object({
  label: safeText()
    .trim()
    .min(1, validationMessage('displayLabelRequired'))
    .max(80, validationMessage('displayLabelMax', { max: 80 })),
});

export const displayTokenIdInputSchema = z.object({ id: recordIdSchema });

/** Who is signed in (`auth.me`, `auth.login`, `auth.displayLogin`). */
export interface SessionInfo {
  readonly role: Role;
  /** Display name of the user, or the label of the display token. */
  readonly name: string;
  readonly username: string | null;
  readonly opd: string | null;
  readonly userId: number | null;
  readonly displayTokenId: number | null;
  readonly expiresAt: string;
}

/** One account as `users.list` returns it; the password hash never leaves the server. */
export interface UserRecord {
  readonly id: number;
  readonly username: string;
  readonly displayName: string;
  readonly role: UserRole;
  readonly opd: string | null;
  readonly disabled: boolean;
  readonly createdAt: string;
  readonly lastLoginAt: string | null;
}

/** One display token as `displayTokens.list` returns it; the token itself is shown only once. */
export interface DisplayTokenRecord {
  readonly id: number;
  readonly label: string;
  readonly createdAt: string;
  readonly createdByName: string | null;
  readonly lastUsedAt: string | null;
  readonly revokedAt: string | null;
}
