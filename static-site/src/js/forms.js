// GOV.UK error summary and field errors, for client-side checks and the API's problem+json alike; and the
// draft a form keeps when its submission finds the user signed out.
import { ApiError, signInAgain } from './api.js';

const escape = (text) => String(text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);

export { escape };

const CONTROLS = 'input, select, textarea';
const ERROR_CLASSES = ['govuk-input--error', 'govuk-select--error', 'govuk-textarea--error', 'govuk-file-upload--error'];

export function clearErrors(form) {
  form.querySelector('.govuk-error-summary')?.remove();
  document.getElementById(`${form.id}-restored`)?.remove();
  form.querySelectorAll('.govuk-form-group--error').forEach((group) => group.classList.remove('govuk-form-group--error'));
  form.querySelectorAll('.govuk-error-message').forEach((message) => message.remove());
  form.querySelectorAll(ERROR_CLASSES.map((name) => `.${name}`).join(', ')).forEach((input) => input.classList.remove(...ERROR_CLASSES));
  form.querySelectorAll('[aria-describedby]').forEach((element) => {
    const kept = element.getAttribute('aria-describedby').split(' ').filter((id) => id && !id.endsWith('-error'));
    if (kept.length) element.setAttribute('aria-describedby', kept.join(' '));
    else element.removeAttribute('aria-describedby');
  });
}

/**
 * Where an API field path belongs on the form: its own input (data-field), an input that takes a family of
 * paths (data-field-match, a regular expression: a file's "line 3"), or the nearest enclosing path that has
 * one ("decisions[1]" → the decisions box, labelled "Decision 2" from its data-item-label).
 */
function placeOf(form, field) {
  const own = form.querySelector(`[data-field="${CSS.escape(field)}"]`);
  if (own) return { element: own, label: own.dataset.label };
  const family = [...form.querySelectorAll('[data-field-match]')].find((element) => new RegExp(element.dataset.fieldMatch).test(field));
  if (family) return { element: family, label: field === '$' ? family.dataset.label : `${field.charAt(0).toUpperCase()}${field.slice(1)}` };
  const item = field.match(/^(.*)\[(\d+)\]$/);
  if (item) {
    const list = form.querySelector(`[data-field="${CSS.escape(item[1])}"]`);
    if (list) return { element: list, label: `${list.dataset.itemLabel ?? list.dataset.label} ${Number(item[2]) + 1}` };
  }
  const parent = field.match(/^(.*)(\.[^.[\]]+|\[\d+\])$/);
  if (parent) return placeOf(form, parent[1]);
  return { element: null, label: field === 'form' ? '' : field };
}

function describedBy(element, id) {
  const ids = (element.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean);
  if (!ids.includes(id)) element.setAttribute('aria-describedby', [...ids, id].join(' '));
}

function markField(element, text) {
  const controls = element.matches(CONTROLS) ? [element] : [...element.querySelectorAll(CONTROLS)];
  const whole = element.matches(CONTROLS) || element.classList.contains('govuk-date-input');
  element.closest('.govuk-form-group')?.classList.add('govuk-form-group--error');
  const messageId = `${element.id}-error`;
  let message = document.getElementById(messageId);
  if (message) {
    message.insertAdjacentText('beforeend', ` ${text}`);
  } else {
    message = document.createElement('p');
    message.className = 'govuk-error-message';
    message.id = messageId;
    message.innerHTML = `<span class="govuk-visually-hidden">Error:</span> ${escape(text)}`;
    (element.closest('.govuk-input__wrapper') ?? element).insertAdjacentElement('beforebegin', message);
  }
  if (whole) {
    for (const control of controls) {
      const kind = control.tagName === 'SELECT' ? 'select' : control.tagName === 'TEXTAREA' ? 'textarea' : control.type === 'file' ? 'file-upload' : 'input';
      control.classList.add(`govuk-${kind}--error`);
    }
  }
  describedBy(element.matches(CONTROLS) ? element : element.closest('fieldset') ?? element, messageId);
  return controls[0] ?? element;
}

/** The banner of an earlier submission's success: it no longer describes the page once another is made. */
function clearOutcome() {
  document.getElementById('result')?.replaceChildren();
}

/** errors: [{field, message}] with API field paths such as attendees[0].sector; each goes next to its input. */
export function showErrors(form, errors, title = 'There is a problem') {
  clearOutcome();
  clearErrors(form);
  const items = errors.map((error) => {
    const { element, label } = placeOf(form, error.field);
    const text = label ? `${label} ${error.message}` : error.message;
    if (!element?.id) return `<li>${escape(text)}</li>`;
    const target = markField(element, text);
    return `<li><a href="#${escape(target.id || element.id)}">${escape(text)}</a></li>`;
  });
  const summary = document.createElement('div');
  summary.className = 'govuk-error-summary';
  summary.dataset.module = 'govuk-error-summary';
  summary.innerHTML = `<div role="alert"><h2 class="govuk-error-summary__title">${escape(title)}</h2>
    <div class="govuk-error-summary__body"><ul class="govuk-list govuk-error-summary__list">${items.join('')}</ul></div></div>`;
  form.prepend(summary);
  summary.querySelectorAll('a[href^="#"]').forEach((link) => link.addEventListener('click', (event) => {
    const field = document.getElementById(link.getAttribute('href').slice(1));
    if (!field) return;
    event.preventDefault();
    field.focus();
    field.scrollIntoView?.({ block: 'center' });
  }));
  summary.setAttribute('tabindex', '-1');
  summary.focus();
}

export function showSuccess(container, heading, html) {
  container.innerHTML = `<div class="govuk-notification-banner govuk-notification-banner--success" role="alert"
      aria-labelledby="success-title" data-module="govuk-notification-banner">
    <div class="govuk-notification-banner__header"><h2 class="govuk-notification-banner__title" id="success-title">Success</h2></div>
    <div class="govuk-notification-banner__content"><h3 class="govuk-notification-banner__heading">${escape(heading)}</h3>${html}</div></div>`;
  // Focus goes to the banner (as GOV.UK's pattern has it), not to the page's body when the button pressed is gone.
  const banner = container.firstElementChild;
  banner.setAttribute('tabindex', '-1');
  banner.focus();
  container.scrollIntoView?.();
}

/** An action that cannot be undone, asked twice: start shows the confirmation (its yes button focused), no hides it again. */
export function askTwice(start, confirmation, yes, no) {
  start.addEventListener('click', () => {
    start.classList.add('hr-hidden');
    confirmation.classList.remove('hr-hidden');
    yes.focus();
  });
  no.addEventListener('click', () => {
    confirmation.classList.add('hr-hidden');
    start.classList.remove('hr-hidden');
    start.focus();
  });
}

/** A failed call in words for the person at the page: what it means for them ({@code consequence}) and what to do. */
function inWords(error, consequence, whatToDo) {
  if (!(error instanceof ApiError)) {
    return `The service could not be reached, so ${consequence}. Check your connection and ${whatToDo}.`;
  }
  if (error.status >= 500) {
    return `Sorry, there is a problem with the service, so ${consequence}. ${error.message}`;
  }
  return error.message;
}

/** Why a page could not show what it fetches. */
export function loadProblem(error) {
  return inWords(error, 'this page could not be filled in', 'reload the page');
}

/** What went wrong with a submission, when the API named no field. */
function describe(error) {
  if (error instanceof ApiError && error.status === 412) {
    return 'Someone else changed this after you opened it, so nothing was changed. Reload the page to see it as it is now, then try again.';
  }
  return inWords(error, 'nothing was saved', 'try again');
}

/**
 * Submits with the API's errors shown as the form's own; anything else is shown in the summary. fieldOf turns
 * the API's field paths into the form's (a list whose blank rows were left out of the request). If the user's
 * sign-in has ended, what they typed is kept and they are sent to sign in again, then back to the form.
 */
export async function submitting(form, work, { fieldOf = (field) => field } = {}) {
  const button = form.querySelector('button[type="submit"]');
  button?.setAttribute('disabled', 'disabled');
  try {
    clearOutcome();
    clearErrors(form);
    return await work();
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) {
      keepDraft(form);
      signInAgain();
      return undefined;
    }
    showErrors(form, error.errors?.length ? error.errors.map((item) => ({ ...item, field: fieldOf(item.field) }))
      : [{ field: 'form', message: describe(error) }]);
    return undefined;
  } finally {
    button?.removeAttribute('disabled');
  }
}

// The query is part of the key: a draft of one meeting's changes is never offered on another's page.
const draftKey = (form) => `hub-returns.draft:${location.pathname}${location.search}#${form.id}`;
const keyOf = (control) => (control.type === 'radio' ? `radio:${control.name}` : control.dataset.field ?? control.id);

/** Keeps what the form holds (not files) for this tab, with how many rows each of its lists ([data-list]) had. */
function keepDraft(form) {
  const values = {};
  form.querySelectorAll(CONTROLS).forEach((control) => {
    if (control.type === 'file' || control.type === 'submit') return;
    if (control.type === 'radio') {
      if (control.checked) values[keyOf(control)] = control.value;
    } else if (control.type === 'checkbox') {
      values[keyOf(control)] = control.checked;
    } else if (keyOf(control)) {
      values[keyOf(control)] = control.value;
    }
  });
  const lists = Object.fromEntries([...form.querySelectorAll('[data-list]')].map((list) => [list.dataset.list, list.children.length]));
  sessionStorage.setItem(draftKey(form), JSON.stringify({ values, lists }));
}

/**
 * Puts back a draft kept when the user was signed out, once: makeRows(name, count) first gives each list the
 * rows it had. Says so above the form, so that nothing is submitted unseen.
 */
export function restoreDraft(form, makeRows = () => {}) {
  const kept = sessionStorage.getItem(draftKey(form));
  if (!kept) return false;
  sessionStorage.removeItem(draftKey(form));
  const { values, lists } = JSON.parse(kept);
  Object.entries(lists ?? {}).forEach(([name, count]) => makeRows(name, count));
  form.querySelectorAll(CONTROLS).forEach((control) => {
    const value = values[keyOf(control)];
    if (value === undefined || control.type === 'file') return;
    if (control.type === 'radio') control.checked = control.value === value;
    else if (control.type === 'checkbox') control.checked = value === true;
    else control.value = value;
  });
  const files = form.querySelector('input[type="file"]') ? ' Choose the file again.' : '';
  form.insertAdjacentHTML('afterbegin', `<div class="govuk-inset-text" id="${form.id}-restored">Your sign-in had ended, so this was not
    saved. What you had entered is below: check it and submit it again.${files}</div>`);
  return true;
}

export function ragTag(rag) {
  const colour = { GREEN: 'govuk-tag--green', AMBER: 'govuk-tag--amber', RED: 'govuk-tag--red' }[rag] ?? 'govuk-tag--grey';
  return `<strong class="govuk-tag ${colour}">${rag === 'NO_DATA' ? 'No data' : escape(rag)}</strong>`;
}

/**
 * A GOV.UK date input's day, month and year boxes (named day, month, year) as YYYY-MM-DD; or null, with the problem added
 * to errors in the words of the boxes (the API would speak of YYYY-MM-DD, which nobody typed).
 */
export function dateFrom(form, errors) {
  const parts = [form.day.value.trim(), form.month.value.trim(), form.year.value.trim()];
  if (parts.some((part) => !part)) {
    errors.push({ field: 'date', message: 'must include a day, month and year' });
    return null;
  }
  if (parts.some((part) => !/^\d+$/.test(part))) {
    errors.push({ field: 'date', message: 'must be a real date, with the day, month and year in numbers' });
    return null;
  }
  const [day, month, year] = parts;
  return `${year.padStart(4, '0')}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}

/** A date typed day first (30/6/2026) as YYYY-MM-DD; anything else as typed, for the API to judge. */
export function isoDate(text) {
  const dayFirst = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  return dayFirst ? `${dayFirst[3]}-${dayFirst[2].padStart(2, '0')}-${dayFirst[1].padStart(2, '0')}` : text;
}

/** YYYY-MM-DD as people type a date, day first (30/6/2026): what isoDate reads back. */
export function dayFirst(isoDay) {
  const [year, month, day] = isoDay.split('-');
  return `${Number(day)}/${Number(month)}/${year}`;
}

/** A number as people type it: "1,200", "10%", " 4.5 ". NaN when it is not one. */
export function parseNumber(text) {
  const cleaned = String(text).trim().replace(/,/g, '').replace(/%$/, '').trim();
  return cleaned === '' || !/^-?(\d+\.?\d*|\.\d+)$/.test(cleaned) ? Number.NaN : Number(cleaned);
}
