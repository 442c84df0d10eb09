import { z } from 'zod';

/**
 * What `crm.lead.details.configuration.get` may return (BITRIX24-API.md 1.5): layouts written by
 * REST have only name/optionFlags/options, layouts saved by the portal UI add element `title`
 * (renamed label), `optionFlags` as a string, `options: []`, section `data`, other section types.
 * Loose objects keep unknown keys so a round trip loses nothing the user did not touch.
 */
export const PortalElementSchema = z
  .object({
    name: z.string(),
    optionFlags: z.union([z.number(), z.string()]).optional(),
    options: z.union([z.record(z.string(), z.unknown()), z.array(z.unknown())]).optional(),
    title: z.string().optional(),
  })
  .loose();
export type PortalElement = z.infer<typeof PortalElementSchema>;

export const PortalSectionSchema = z
  .object({
    type: z.string().optional(),
    name: z.string(),
    title: z.string().optional(),
    elements: z.array(PortalElementSchema).optional(),
  })
  .loose();
export type PortalSection = z.infer<typeof PortalSectionSchema>;

/** `null` means nothing is stored: the card falls back to the built-in default layout. */
export const PortalLayoutSchema = z.array(PortalSectionSchema);
export type PortalLayout = z.infer<typeof PortalLayoutSchema>;

/** `set`, `reset` and `forceCommonScopeForAll` answer `true` (old on-prem builds: `false`, still saved). */
export const ConfigurationWriteResultSchema = z.boolean();

export type LayoutScope = 'C' | 'P';
/** `extras.leadCustomerType`: 1 simple lead, 2 repeat lead. */
export type LeadCustomerType = 1 | 2;
