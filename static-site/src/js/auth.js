// Sign-in. Locally a user picks a role (and hubs) and the local runtime signs a token; on AWS it is Cognito's
// hosted sign-in, authorization code with PKCE. The ID token is kept for this browser tab only.
import { config } from './config.js';
import { ApiError } from './errors.js';

const TOKEN = 'hub-returns.token';
const VERIFIER = 'hub-returns.pkce';
const NEXT = 'hub-returns.next';

export function token() {
  return sessionStorage.getItem(TOKEN);
}

export function claims() {
  const current = token();
  if (!current) return null;
  try {
    const payload = JSON.parse(atob(current.split('.')[1].replace(/-/g, '+').replace(/_/g, '/')));
    if (payload.exp * 1000 < Date.now()) return null;
    return payload;
  } catch {
    return null;
  }
}

export function signOut() {
  sessionStorage.removeItem(TOKEN);
}

export async function signInLocally(role, hubs) {
  const response = await fetch('/_local/token', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ role, hubs }),
  });
  const body = await response.json();
  if (!response.ok) throw new ApiError(response.status, body);
  sessionStorage.setItem(TOKEN, body.token);
}

function base64Url(bytes) {
  return btoa(String.fromCharCode(...new Uint8Array(bytes))).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Cognito's sign-in, then back to next (kept for this tab: the hosted page knows nothing of it). */
export async function startCognitoSignIn(next = '/') {
  const { auth } = await config();
  sessionStorage.setItem(NEXT, next);
  const verifier = base64Url(crypto.getRandomValues(new Uint8Array(32)));
  sessionStorage.setItem(VERIFIER, verifier);
  const challenge = base64Url(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier)));
  const url = new URL(`https://${auth.domain}/oauth2/authorize`);
  url.search = new URLSearchParams({
    response_type: 'code', client_id: auth.clientId, redirect_uri: auth.redirectUri, scope: 'openid email profile',
    code_challenge_method: 'S256', code_challenge: challenge,
  });
  location.assign(url);
}

/** Finishes Cognito's sign-in and answers where the user was going. */
export async function finishCognitoSignIn(code) {
  const { auth } = await config();
  const response = await fetch(`https://${auth.domain}/oauth2/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'authorization_code', client_id: auth.clientId, code, redirect_uri: auth.redirectUri,
      code_verifier: sessionStorage.getItem(VERIFIER) ?? '',
    }),
  });
  if (!response.ok) throw new Error('Sign-in did not complete: try again.');
  const tokens = await response.json();
  sessionStorage.removeItem(VERIFIER);
  sessionStorage.setItem(TOKEN, tokens.id_token);
  const next = sessionStorage.getItem(NEXT) ?? '/';
  sessionStorage.removeItem(NEXT);
  return next;
}
