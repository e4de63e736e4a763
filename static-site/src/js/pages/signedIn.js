import { finishCognitoSignIn } from '../auth.js';
import { safeNext } from '../shared.js';

export async function start() {
  const code = new URLSearchParams(location.search).get('code');
  const message = document.getElementById('signing-in');
  try {
    location.assign(safeNext(await finishCognitoSignIn(code)));
  } catch (error) {
    message.textContent = error.message;
  }
}
