// The host page's own script (examples/host.html): what a site does around embedded Blankett forms.
const params = new URLSearchParams(location.search);
const backend = (params.get('backend') ?? 'http://127.0.0.1:8080').replace(/\/$/, '');
const forms = document.querySelectorAll('blankett-form');
// Another form per widget, e.g. ?forms=timed,work-permit (the tests use small forms of their own).
const ids = params.get('forms')?.split(',') ?? [];
forms.forEach((form, index) => {
  form.setAttribute('api', `${backend}/api`);
  if (ids[index]) form.setAttribute('form', ids[index]);
});

// Every event of the forms, in the order they came: they bubble and cross the shadow roots.
const events = document.getElementById('events');
for (const name of ['sign-in', 'page', 'invalid', 'saved', 'time-warning', 'timed-out', 'signed-out', 'confirmed', 'error']) {
  document.addEventListener(`blankett-${name}`, (event) => {
    const item = document.createElement('li');
    item.textContent = `${event.target.id} ${name} ${JSON.stringify(event.detail)}`;
    events.append(item);
  });
}

// The host's own sign-in, for the first form (sign-in "host"): the backend answers a session
// token, which the page gives to the form and keeps in memory only, never in a URL or storage.
document.getElementById('host-sign-in').addEventListener('submit', async (event) => {
  event.preventDefault();
  const fields = new FormData(event.target);
  const status = document.getElementById('host-sign-in-status');
  const answer = await fetch(`${backend}/api/sessions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'blankett-client': '1' },
    body: JSON.stringify({ email: fields.get('email'), password: fields.get('password'), token: true }),
  });
  if (!answer.ok) {
    status.textContent = 'The email address or the password is not right.';
    return;
  }
  document.getElementById('visa').token = (await answer.json()).token;
  status.textContent = 'Signed in.';
});

// The host's own history entries: its sections, each an entry with a state of its own, which
// its popstate handler shows. The forms' entries carry the host's state, so this keeps working.
const section = document.getElementById('section');
for (const button of document.querySelectorAll('[data-section]')) {
  button.addEventListener('click', () => {
    history.pushState({ section: button.dataset.section }, '');
    section.value = button.dataset.section;
  });
}
addEventListener('popstate', (event) => {
  section.value = event.state?.section ?? 'start';
});

// Last, the widget: its module defines <blankett-form>, which then starts each form.
await import(params.get('widget') ?? `${backend}/widget/blankett-form.js`);
