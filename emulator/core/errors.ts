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
