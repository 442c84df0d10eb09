/**
 * One error type for the whole core. `code` is the portal's `error` (empty for every CRM proxy
 * error), `status` its HTTP status (BITRIX24-API.md 4.3, 4.7).
 */
export class RestError extends Error {
  constructor(
    readonly description: string,
    readonly code: string = '',
    readonly status: number = 400,
  ) {
    super(description);
    this.name = 'RestError';
  }

  get body(): { error: string; error_description: string } {
    return { error: this.code, error_description: this.description };
  }
}

/**
 * The portal's errors the emulator answers in more than one place, each written once: the
 * `error` code, the HTTP status and the text, as the portal sends them (BITRIX24-API.md 1.8, 3.1,
 * 4.3, 4.4, 4.6, 4.7). Errors met in one place only stay beside their one check, with its source.
 */
export const PORTAL_ERRORS = {
  /** `CCrmRestService` and the CRM proxies: no CRM access, or no right for this operation. */
  crmAccessDenied: { code: '', status: 400, text: 'Access denied.' },
  /** `Bitrix\Rest\AccessException` without a reason: not a portal administrator. */
  restAccessDenied: { code: 'ACCESS_DENIED', status: 403, text: 'Access denied!' },
  /** `ErrorCode::getAccessDeniedError()` of the CRM `Engine` controllers (crm.type.*). */
  controllerAccessDenied: { code: 'ACCESS_DENIED', status: 400, text: 'Access denied' },
  /** The CRM proxies' check of `id` (get, update, delete). */
  idInvalid: { code: '', status: 400, text: 'ID is not defined or invalid.' },
  /** A CRM proxy's `get`/`delete` of a missing record (3.2: no period). */
  notFound: { code: '', status: 400, text: 'Not found' },
  /** `CRM_TYPE_TYPE_NOT_FOUND` (docs `crm-item-fields.md`, `crm-category-list.md`). */
  typeNotFound: { code: 'NOT_FOUND', status: 400, text: 'Smart process not found' },
  /** `CRM_TYPE_ITEM_NOT_FOUND`, also a missing category (docs `crm-category-get.md`). */
  elementNotFound: { code: 'NOT_FOUND', status: 400, text: 'Element not found' },
  /** An inactive user behind a valid webhook or token (`rest/lib/apauth/auth.php`, `oauth/auth.php`). */
  unableToAuthorize: { code: 'authorization_error', status: 401, text: 'Unable to authorize user' },
  /** 4.4: every batch entry past 50 gets this; the batch itself still answers 200. */
  batchTooLong: { code: 'ERROR_BATCH_LENGTH_EXCEEDED', status: 400, text: 'Max batch length exceeded' },
  /** 4.6: over the request limit. */
  queryLimit: { code: 'QUERY_LIMIT_EXCEEDED', status: 503, text: 'Too many requests' },
  /** Anything the portal did not expect. */
  internal: { code: 'INTERNAL_SERVER_ERROR', status: 500, text: 'Internal server error' },
} as const satisfies Record<string, { code: string; status: number; text: string }>;

export type PortalErrorName = keyof typeof PORTAL_ERRORS;

/** The portal's error `name` of the table, to throw. */
export const portalError = (name: PortalErrorName): RestError => {
  const e = PORTAL_ERRORS[name];
  return new RestError(e.text, e.code, e.status);
};

/** The answer body of the portal's error `name`, for the places that answer without throwing. */
export const portalErrorBody = (name: PortalErrorName): { error: string; error_description: string } => ({
  error: PORTAL_ERRORS[name].code,
  error_description: PORTAL_ERRORS[name].text,
});

/** `RestException('…')` thrown by a CRM proxy: code `""`, HTTP 400 (BITRIX24-API.md 1.8, 3.1). */
export const crmError = (description: string): RestError => new RestError(description);

/** Unknown method: 404 `ERROR_METHOD_NOT_FOUND` (BITRIX24-API.md 1.1, 4.7). */
export const methodNotFound = (): RestError =>
  new RestError('Method not found!', 'ERROR_METHOD_NOT_FOUND', 404);

/** Auth failures are `OAuthException`s: HTTP 401 whatever the code (BITRIX24-API.md 4.7). */
export const authError = (code: string, description: string): RestError =>
  new RestError(description, code, 401);

/** `Bitrix\Rest\AccessException`: 403 `ACCESS_DENIED`, "Access denied!" plus the reason. */
export const accessDenied = (reason: string): RestError =>
  new RestError(`Access denied! ${reason}`, 'ACCESS_DENIED', 403);

/** `Bitrix\Main\ArgumentNullException` as the REST server reports it: `ERROR_ARGUMENT` with `argument`. */
export class ArgumentNullError extends RestError {
  constructor(readonly argument: string) {
    super(`Argument '${argument}' is null or empty`, 'ERROR_ARGUMENT');
  }

  override get body(): { error: string; error_description: string; argument: string } {
    return { ...super.body, argument: this.argument };
  }
}
