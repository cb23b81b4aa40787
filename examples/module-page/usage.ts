// Compiled by the package's test (`tsc --noEmit --strict`): the declarations give what a
// TypeScript page uses, and refuse what it must not.
import { mount, EVENTS, type BlankettHandle, type BlankettFormElement } from 'blankett-form';

const handle: BlankettHandle = mount(document.createElement('div'), { form: 'work-permit', api: 'https://backend.example/api', lang: 'sv', history: 'none', signIn: 'host', token: null });
handle.setLang('en');
handle.setToken('a token');
void handle.ready.then(() => handle.unmount());

const element: BlankettFormElement = document.createElement('blankett-form');
element.form = 'visitor-visa';
element.history = 'entries';
element.signIn = 'backend';
element.token = 'a token';
element.addEventListener('blankett-confirmed', (event) => {
  const reference: string = event.detail.reference;
  console.log(reference);
});
element.addEventListener('blankett-page', (event) => console.log(event.detail.page, event.detail.number + 1));
element.addEventListener('blankett-error', (event) => console.log(event.detail.problem, event.detail.message));
document.addEventListener('blankett-saved', (event) => console.log(event.detail.version + 1));
const names: readonly string[] = EVENTS;
console.log(names);

// @ts-expect-error: history is 'entries' or 'none'
mount(document.body, { form: 'x', history: 'push' });
// @ts-expect-error: a form is required
mount(document.body, { api: 'https://backend.example/api' });
// @ts-expect-error: a confirmation's detail has no version
element.addEventListener('blankett-confirmed', (event) => console.log(event.detail.version));
