// The site's settings: where the API is and how users sign in. Local runtime: same origin, local sign-in.
let loaded;

export function config() {
  loaded ??= fetch('/config.json', { cache: 'no-store' }).then((response) => response.json());
  return loaded;
}
