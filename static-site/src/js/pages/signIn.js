import { config } from '../config.js';
import { signInLocally, startCognitoSignIn } from '../auth.js';
import { showErrors, submitting } from '../forms.js';
import { safeNext } from '../shared.js';

export async function start() {
  const { auth } = await config();
  const next = safeNext(new URLSearchParams(location.search).get('next'));
  if (auth.mode !== 'local') {
    document.getElementById('local-sign-in').classList.add('hr-hidden');
    document.getElementById('cognito-sign-in').classList.remove('hr-hidden');
    document.getElementById('cognito-button').addEventListener('click', () => startCognitoSignIn(next));
    return;
  }
  const form = document.getElementById('local-sign-in');
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const role = form.querySelector('input[name="role"]:checked')?.value;
    const hubs = form.hubs.value.split(',').map((hub) => hub.trim()).filter(Boolean);
    if (!role) {
      showErrors(form, [{ field: 'role', message: 'is required: choose who you are signing in as' }]);
      return;
    }
    if (role === 'hub-staff' && hubs.length === 0) {
      showErrors(form, [{ field: 'hubs', message: 'are required for hub staff: enter the hub ids you work at' }]);
      return;
    }
    await submitting(form, async () => {
      await signInLocally(role, role === 'hub-staff' ? hubs : []);
      location.assign(next);
    });
  });
}
