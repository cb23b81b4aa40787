// The preview's script (crates/server/src/preview/): served by the server in development and
// test mode, on the page of a form opened with Preview only; never part of the app's download.
// It carries out the banner's actions only once the app has saved what was typed, reloads the
// preview when the form's file changes, and says what the last action did.

const bar = document.getElementById('preview');

if (bar) {
  const form = bar.dataset.form;
  // The key under which the app keeps answers the backend does not have yet (see
  // blankett_core::session::device): while it is there, a save is pending.
  const unsaved = `blankett:unsaved:${form}`;
  const pending = () => {
    try {
      return localStorage.getItem(unsaved) !== null;
    } catch {
      return false;
    }
  };
  // Resolves once nothing typed is waiting to be saved (the app saves after a pause in typing,
  // at once when asked to leave). Offline it never would: after 10 seconds the page goes anyway,
  // and the app's own "leave the page?" question and the device's copy keep the answers.
  const saved = () =>
    new Promise((resolve) => {
      const until = Date.now() + 10000;
      const look = () => (!pending() || Date.now() > until ? resolve() : setTimeout(look, 100));
      look();
    });
  // The page's language as the app last set it, for the page the action leads to.
  const language = () => document.documentElement.lang || bar.lang;

  for (const action of bar.querySelectorAll('form')) {
    action.addEventListener('submit', async (event) => {
      event.preventDefault();
      const button = event.submitter;
      for (const lang of action.querySelectorAll('input[name="lang"]')) lang.value = language();
      // submit() sends no button: its name and value go as a field of their own.
      if (button?.name) {
        const field = document.createElement('input');
        field.type = 'hidden';
        field.name = button.name;
        field.value = button.value;
        action.append(field);
      }
      bar.setAttribute('aria-busy', 'true');
      await saved();
      action.submit();
    });
  }

  // Live reload: the server says when the form's file is another than the one this page shows.
  const version = bar.dataset.version;
  const changes = new EventSource(`/preview/${encodeURIComponent(form)}/changes?version=${encodeURIComponent(version)}`);
  changes.addEventListener('changed', async () => {
    changes.close();
    await saved();
    const lang = encodeURIComponent(language());
    location.replace(`/preview/${encodeURIComponent(form)}/continue?from=${encodeURIComponent(version)}&lang=${lang}`);
  });

  // What the last action did, put in the live region once the page is shown, so that a screen
  // reader says it (a live region's text present as the page loads is not announced).
  const said = bar.querySelector('[data-said]');
  if (said?.dataset.said) requestAnimationFrame(() => requestAnimationFrame(() => (said.textContent = said.dataset.said)));
}
