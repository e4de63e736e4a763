// What the API answered when it refused a request: its problem+json (RFC 9457) as an Error.
export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail ?? problem?.title ?? `The request failed (${status}).`);
    this.status = status;
    this.type = problem?.type;
    this.errors = problem?.errors ?? [];
  }
}
