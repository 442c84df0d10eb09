import { z } from 'zod';

/** PHP writes numbers and flags either way: `3600` or `"3600"`, `true` or `"Y"`/`"1"`. */
const Flag = z
  .union([z.boolean(), z.number(), z.string()])
  .transform((v) => v === true || v === 1 || v === '1' || v === 'Y' || v === 'true');
const Seconds = z.union([z.number(), z.string().regex(/^\d+$/).transform(Number)]);

/**
 * `PLACEMENT_OPTIONS`: an object (`{"ID":"1596"}` on a lead tab), or PHP's empty array `[]`, or the
 * JSON string the form POST carries.
 */
const PlacementOptions = z.unknown().transform((v): Readonly<Record<string, unknown>> => {
  let value = v;
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value);
    } catch {
      return {};
    }
  }
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
});

/** The answer to `getInitData` (BITRIX24-API.md 5.3, `applayout.js` `getInitData`). */
export const InitDataSchema = z
  .object({
    AUTH_ID: z.string().min(1),
    AUTH_EXPIRES: Seconds.optional(),
    REFRESH_ID: z.string().optional(),
    LANG: z.string().optional(),
    DOMAIN: z.string().optional(),
    PROTOCOL: z.union([z.number(), z.string()]).optional(),
    MEMBER_ID: z.string().optional(),
    IS_ADMIN: Flag.optional(),
    /** The app is opened in its install step: it must end it with `setInstallFinish`. */
    INSTALL: Flag.optional(),
    /** The user opens the app for the first time. */
    FIRST_RUN: Flag.optional(),
    PLACEMENT: z.string().optional(),
    PLACEMENT_OPTIONS: PlacementOptions.optional(),
  })
  .loose();
export type InitData = z.infer<typeof InitDataSchema>;

/** The answer to `refreshAuth`. */
export const RefreshedAuthSchema = z
  .object({
    AUTH_ID: z.string().min(1),
    AUTH_EXPIRES: Seconds.optional(),
    REFRESH_ID: z.string().optional(),
  })
  .loose();

/** What the app does with a placement (5.4). */
export type FramePlacement =
  | { readonly kind: 'editor'; readonly placement: string }
  | { readonly kind: 'leadTab'; readonly leadId: number };

/**
 * `CRM_LEAD_DETAIL_TAB` with a lead id opens that lead's preview; `DEFAULT` and every other
 * placement open the editor.
 */
export function placementOf(init: InitData): FramePlacement {
  const placement = (init.PLACEMENT ?? 'DEFAULT').toUpperCase();
  if (placement === 'CRM_LEAD_DETAIL_TAB') {
    const id = Number(init.PLACEMENT_OPTIONS?.['ID']);
    if (Number.isInteger(id) && id > 0) return { kind: 'leadTab', leadId: id };
  }
  return { kind: 'editor', placement };
}

/** Placements where the portal denies `setTitle`, `setScroll` and `reloadWindow` (5.2): all but DEFAULT. */
export const canSetTitle = (placement: string): boolean => placement.toUpperCase() === 'DEFAULT';
