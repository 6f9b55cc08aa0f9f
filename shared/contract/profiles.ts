import { z } from 'zod';
import { displayName } from './well-formed-text';

export const roles = ['curator', 'reviewer', 'admin'] as const;
export const roleSchema = z.enum(roles);
export type Role = z.infer<typeof roleSchema>;

export const profileSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  role: roleSchema,
  hasPassphrase: z.boolean(),
  retired: z.boolean(),
});
export type Profile = z.infer<typeof profileSchema>;

/**
 * People: the project's profiles and who is signed in, per window or tab.
 * Handlers: electron/api/profiles-handlers.ts.
 */
export const profilesContract = {
  'profiles.list': {
    input: z.object({}).strict(),
    output: z.array(profileSchema),
  },
  /** Admins create profiles; the first profile of a project can be created by anyone. */
  'profiles.create': {
    input: z
      .object({
        name: displayName(60),
        role: roleSchema,
        passphrase: z.string().min(4).max(200).optional(),
      })
      .strict(),
    output: profileSchema,
  },
  /** Admins change a profile's role or passphrase (`null` removes it) or retire it. */
  'profiles.update': {
    input: z
      .object({
        id: z.number().int().positive(),
        role: roleSchema.optional(),
        passphrase: z.string().min(4).max(200).nullable().optional(),
        retired: z.boolean().optional(),
      })
      .strict(),
    output: profileSchema,
  },
  /** Who is working now (null before anyone is chosen). */
  'session.get': {
    input: z.object({}).strict(),
    output: z.object({ profile: profileSchema.nullable() }),
  },
  'session.signIn': {
    input: z
      .object({
        profileId: z.number().int().positive(),
        passphrase: z.string().max(200).optional(),
      })
      .strict(),
    output: z.object({ profile: profileSchema }),
  },
  'session.signOut': {
    input: z.object({}).strict(),
    output: z.object({ profile: z.null() }),
  },
} as const;
