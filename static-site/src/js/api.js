// Calls the API: the bearer token, an Idempotency-Key per form submission, problem+json turned into ApiError.
import { config } from './config.js';
import { token } from './auth.js';
import { ApiError } from './errors.js';

export { ApiError };

/** Off to sign in, and back to this page afterwards. */
export function signInAgain() {
  location.assign(`/sign-in.html?next=${encodeURIComponent(location.pathname + location.search)}`);
}

/**
 * A read answered 401 (the sign-in has ended) goes to sign in at once: nothing is lost. A write answered 401
 * throws, so that the form can keep what was typed first (see submitting in forms.js).
 */
export async function api(path, { method = 'GET', json, body, contentType, ifMatch, idempotent = false } = {}) {
  const { apiBaseUrl } = await config();
  const headers = {};
  const current = token();
  if (current) headers.Authorization = `Bearer ${current}`;
  if (json !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(json);
  } else if (contentType) {
    headers['Content-Type'] = contentType;
  }
  if (ifMatch) headers['If-Match'] = ifMatch;
  if (idempotent) headers['Idempotency-Key'] = crypto.randomUUID();
  const response = await fetch(`${apiBaseUrl}${path}`, { method, headers, body });
  const text = await response.text();
  const parsed = text && (response.headers.get('Content-Type') ?? '').includes('json') ? JSON.parse(text) : text;
  if (!response.ok) {
    if (response.status === 401 && method === 'GET') signInAgain();
    throw new ApiError(response.status, typeof parsed === 'object' ? parsed : null);
  }
  return { body: parsed, etag: response.headers.get('ETag'), status: response.status };
}

/** For a .catch: the answers that mean "there is none" (such as 404) become null; any other failure goes on. */
export function noneIf(...statuses) {
  return (error) => {
    if (statuses.includes(error.status)) return null;
    throw error;
  };
}

export async function download(path) {
  const { apiBaseUrl } = await config();
  const response = await fetch(`${apiBaseUrl}${path}`, { headers: { Authorization: `Bearer ${token()}` } });
  if (!response.ok) {
    if (response.status === 401) signInAgain();
    const problem = await response.json().catch(() => null);
    throw new ApiError(response.status, problem);
  }
  const disposition = response.headers.get('Content-Disposition') ?? '';
  const name = disposition.match(/filename="([^"]+)"/)?.[1] ?? 'download';
  const url = URL.createObjectURL(await response.blob());
  const link = Object.assign(document.createElement('a'), { href: url, download: name });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
