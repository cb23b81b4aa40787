// Starts the app. A file of its own (not an inline script) so that the Content-Security-Policy
// can be `script-src 'self' 'wasm-unsafe-eval'`. If the module cannot start (an old browser, a
// failed download), the applicant is told what to do instead of seeing a blank page.
import init from './blankett.js';

// Resolved against this file, not the page: deep links such as /forms/work-permit must load it too.
init({ module_or_path: new URL('./blankett_bg.wasm', import.meta.url) }).catch((error) => {
  console.error('Blankett could not start:', error);
  const box = document.createElement('div');
  box.setAttribute('role', 'alert');
  box.className = 'start-failed';
  box.textContent =
    'Tjänsten kunde inte starta. Ladda om sidan. Det du har skrivit tidigare finns kvar. / ' +
    'The service could not start. Reload the page. Anything you wrote earlier is kept.';
  document.body.prepend(box);
});
