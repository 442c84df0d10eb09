/**
 * A colour the portal sent (a stage's `COLOR` from `crm.status.list`) as it may reach a style: only
 * `#rgb` or `#rrggbb`. Anything else (`red url(https://…)`, `var(--x)`, `expression(…)`) is
 * `undefined`, so the caller's own colour applies and no portal text becomes CSS.
 */
export function safeColor(raw: unknown): string | undefined {
  return typeof raw === 'string' && /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i.test(raw) ? raw : undefined;
}
