import { z } from 'zod';
import { opdNameSchema } from './opd.ts';
import type { Role } from './roles.ts';

/** Roles a user account can hold; `display` belongs to display tokens only. */
export const USER_ROLES = ['admin', 'opd', 'viewer'] as const;
export type UserRole = (typeof USER_ROLES)[number];

export const MIN_PASSWORD_LENGTH = 10;

export const usernameSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(
    /^[a-z0-9][a-z0-9._-]{2,31}$/,
    'Nama pengguna 3–32 karakter: huruf kecil, angka, titik, garis bawah atau tanda hubung',
  );

export const passwordSchema = z
  .string()
  .min(MIN_PASSWORD_LENGTH, `Kata sandi minimal ${MIN_PASSWORD_LENGTH} karakter`)
  .max(256, 'Kata sandi maksimal 256 karakter');

export const displayNameSchema = z
  .string()
  .trim()
  .min(1, 'Nama tampilan wajib diisi')
  .max(100, 'Nama tampilan maksimal 100 karakter');

export const userRoleSchema = z.enum(USER_ROLES, {
  error: 'Peran harus admin, opd atau viewer',
});

/** `auth.login` input; the password policy is not checked here, only on creation. */
export const loginInputSchema = z.object({
  username: z.string().trim().toLowerCase().min(1, 'Nama pengguna wajib diisi').max(64),
  password: z.string().min(1, 'Kata sandi wajib diisi').max(256, 'Kata sandi terlalu panjang'),
});

export const displayLoginInputSchema = z.object({
  token: z.string().trim().min(1, 'Token layar wajib diisi').max(200, 'Token layar tidak valid'),
});

export const changePasswordInputSchema = z.object({
  currentPassword: z.string().min(1, 'Kata sandi lama wajib diisi').max(256),
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
      ctx.addIssue({ code: 'custom', path: ['opd'], message: 'OPD wajib diisi untuk peran opd' });
    }
    if (value.role !== 'opd' && value.opd !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['opd'],
        message: 'Hanya akun dengan peran opd yang terikat ke OPD',
      });
    }
  });
export type UserCreateInput = z.infer<typeof userCreateInputSchema>;

export const recordIdSchema = z
  .number({ error: 'ID wajib berupa angka' })
  .int('ID harus bilangan bulat')
  .positive('ID tidak valid');

export const userIdInputSchema = z.object({ id: recordIdSchema });

export const displayTokenCreateInputSchema = z.object({
  label: z
    .string()
    .trim()
    .min(1, 'Label layar wajib diisi')
    .max(80, 'Label layar maksimal 80 karakter'),
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
