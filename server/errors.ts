// The one error shape of every refusal, `{ "error": { "code", "message", "path"? } }`, and the
// HTTP status that goes with each code. Handlers throw ApiError; app.ts turns it into JSON.

import type { ErrorCode, ErrorResponse } from "../src/contact/api";

const statusOf: Record<ErrorCode, number> = {
  bad_request: 400,
  invalid_json: 400,
  validation: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  method_not_allowed: 405,
  conflict: 409,
  too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
  service_not_ready: 409,
  internal: 500,
};

export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly path?: string,
  ) {
    super(message);
    this.name = "ApiError";
  }
  get status(): number {
    return statusOf[this.code];
  }
  toBody(): ErrorResponse {
    return { error: { code: this.code, message: this.message, ...(this.path === undefined ? {} : { path: this.path }) } };
  }
}
