// GOV.UK error summary and field errors, for client-side checks and the API's problem+json alike.
const escape = (text) => String(text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);

export { escape };

export function clearErrors(form) {
  form.querySelector('.govuk-error-summary')?.remove();
  form.querySelectorAll('.govuk-form-group--error').forEach((group) => group.classList.remove('govuk-form-group--error'));
  form.querySelectorAll('.govuk-error-message').forEach((message) => message.remove());
  form.querySelectorAll('.govuk-input--error, .govuk-select--error, .govuk-textarea--error, .govuk-file-upload--error')
    .forEach((input) => input.classList.remove('govuk-input--error', 'govuk-select--error', 'govuk-textarea--error', 'govuk-file-upload--error'));
}

/** errors: [{field, message}] with API field paths such as attendees[0].sector; each goes next to its input. */
export function showErrors(form, errors, title = 'There is a problem') {
  clearErrors(form);
  const items = errors.map((error) => {
    const input = form.querySelector(`[data-field="${CSS.escape(error.field)}"]`);
    const label = input?.dataset.label ?? error.field;
    const text = `${label} ${error.message}`;
    if (input) {
      const group = input.closest('.govuk-form-group');
      group?.classList.add('govuk-form-group--error');
      const kind = input.tagName === 'SELECT' ? 'select' : input.tagName === 'TEXTAREA' ? 'textarea' : input.type === 'file' ? 'file-upload' : 'input';
      input.classList.add(`govuk-${kind}--error`);
      const message = document.createElement('p');
      message.className = 'govuk-error-message';
      message.id = `${input.id}-error`;
      message.innerHTML = `<span class="govuk-visually-hidden">Error:</span> ${escape(text)}`;
      input.insertAdjacentElement('beforebegin', message);
      input.setAttribute('aria-describedby', message.id);
    }
    return input ? `<li><a href="#${input.id}">${escape(text)}</a></li>` : `<li>${escape(text)}</li>`;
  });
  const summary = document.createElement('div');
  summary.className = 'govuk-error-summary';
  summary.dataset.module = 'govuk-error-summary';
  summary.innerHTML = `<div role="alert"><h2 class="govuk-error-summary__title">${escape(title)}</h2>
    <div class="govuk-error-summary__body"><ul class="govuk-list govuk-error-summary__list">${items.join('')}</ul></div></div>`;
  form.prepend(summary);
  summary.setAttribute('tabindex', '-1');
  summary.focus();
}

export function showSuccess(container, heading, html) {
  container.innerHTML = `<div class="govuk-notification-banner govuk-notification-banner--success" role="alert"
      aria-labelledby="success-title" data-module="govuk-notification-banner">
    <div class="govuk-notification-banner__header"><h2 class="govuk-notification-banner__title" id="success-title">Success</h2></div>
    <div class="govuk-notification-banner__content"><h3 class="govuk-notification-banner__heading">${escape(heading)}</h3>${html}</div></div>`;
  container.scrollIntoView?.();
}

/** Submits with the API's errors shown as the form's own; anything else is shown in the summary. */
export async function submitting(form, work) {
  const button = form.querySelector('button[type="submit"]');
  button?.setAttribute('disabled', 'disabled');
  try {
    clearErrors(form);
    return await work();
  } catch (error) {
    showErrors(form, error.errors?.length ? error.errors : [{ field: 'form', message: error.message }]);
    return undefined;
  } finally {
    button?.removeAttribute('disabled');
  }
}

export function ragTag(rag) {
  const colour = { GREEN: 'govuk-tag--green', AMBER: 'govuk-tag--amber', RED: 'govuk-tag--red' }[rag] ?? 'govuk-tag--grey';
  return `<strong class="govuk-tag ${colour}">${rag === 'NO_DATA' ? 'No data' : escape(rag)}</strong>`;
}
