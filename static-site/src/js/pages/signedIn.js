import { finishCognitoSignIn } from '../auth.js';

export async function start() {
  const code = new URLSearchParams(location.search).get('code');
  const message = document.getElementById('signing-in');
  try {
    await finishCognitoSignIn(code);
    location.assign('/');
  } catch (error) {
    message.textContent = error.message;
  }
}
