// What a framework's component does with the package: mount() into an element of its own when it
// appears, handle.setLang() when the page's language changes, handle.unmount() when it goes.
import { mount, EVENTS } from 'blankett-form';

const params = new URLSearchParams(location.search);
const backend = (params.get('backend') ?? 'http://127.0.0.1:8080').replace(/\/$/, '');
const element = document.getElementById('form');
let handle;

for (const name of EVENTS) {
  element.addEventListener(`blankett-${name}`, (event) => {
    document.getElementById('last-event').textContent = `${name} ${JSON.stringify(event.detail)}`;
  });
}

document.getElementById('sign-in').addEventListener('submit', async (event) => {
  event.preventDefault();
  const fields = new FormData(event.target);
  const answer = await fetch(`${backend}/api/sessions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'blankett-client': '1' },
    body: JSON.stringify({ email: fields.get('email'), password: fields.get('password'), token: true }),
  });
  const { token } = await answer.json();
  handle?.unmount();
  handle = mount(element, {
    form: params.get('form') ?? 'visitor-visa',
    api: `${backend}/api`,
    lang: document.getElementById('language').value,
    // The page is an app of its own: the form's pages are not entries of its history.
    history: 'none',
    signIn: 'host',
    token,
  });
});

document.getElementById('language').addEventListener('change', (event) => handle?.setLang(event.target.value));
document.getElementById('remove').addEventListener('click', () => {
  handle?.unmount();
  handle = undefined;
});
