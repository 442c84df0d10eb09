import { z } from 'zod';

/** `user.current` / `user.get` row (BITRIX24-API.md 3.6). */
export const UserSchema = z
  .object({
    ID: z.string(),
    ACTIVE: z.boolean(),
    NAME: z.string().nullable(),
    LAST_NAME: z.string().nullable(),
    EMAIL: z.string().nullable().optional(),
    WORK_POSITION: z.string().nullable().optional(),
    PERSONAL_PHOTO: z.string().nullable().optional(),
  })
  .loose();
export type User = z.infer<typeof UserSchema>;
export const UserListSchema = z.array(UserSchema);

/** `profile`: `ADMIN` is the portal admin, not the CRM admin (that can only be learned by trying). */
export const ProfileSchema = z
  .object({
    ID: z.string(),
    ADMIN: z.boolean(),
    NAME: z.string().nullable(),
    LAST_NAME: z.string().nullable(),
    PERSONAL_GENDER: z.string().nullable().optional(),
    PERSONAL_PHOTO: z.string().optional(),
    TIME_ZONE: z.string().optional(),
    TIME_ZONE_OFFSET: z.number().optional(),
  })
  .loose();
export type Profile = z.infer<typeof ProfileSchema>;

/** `app.info`: a webhook gets its granted scopes, an app token gets the app's record. */
export const AppInfoSchema = z.union([
  z.object({ SCOPE: z.array(z.string()), LICENSE: z.string() }).loose(),
  z
    .object({
      ID: z.number(),
      CODE: z.string(),
      VERSION: z.number(),
      STATUS: z.string(),
      INSTALLED: z.boolean(),
    })
    .loose(),
]);
export type AppInfo = z.infer<typeof AppInfoSchema>;
