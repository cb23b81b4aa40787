// The scripts of the server's own pages. Without them every page works as it is.

// "More alternatives" on the sign-in page opens in place; without this its button asks for the
// page with it open.
for (const button of document.querySelectorAll('button[aria-controls="more-alternatives"]')) {
  const more = document.getElementById('more-alternatives');
  button.addEventListener('click', (event) => {
    event.preventDefault();
    const open = button.getAttribute('aria-expanded') !== 'true';
    button.setAttribute('aria-expanded', String(open));
    more.hidden = !open;
  });
}

// The BankID waiting page: the QR code changes every second and the message follows the order,
// without reloading the page. When the order is over, the page is loaded again: the server then
// signs in, or says what went wrong. Without JavaScript the page reloads itself instead.
const page = document.querySelector('[data-bankid="pending"]');
if (page) {
  const qr = page.querySelector('img[data-qr]');
  const message = page.querySelector('[role="status"]');
  setInterval(async () => {
    const answer = await fetch('/sign-in/bankid/status', { headers: { accept: 'application/json' } })
      .then((response) => response.json())
      .catch(() => null);
    if (!answer) return;
    if (answer.over) {
      location.reload();
      return;
    }
    // A live region is read out when it changes: only a new message changes it.
    if (message.textContent !== answer.message) message.textContent = answer.message;
    if (qr) qr.src = `/sign-in/bankid/qr?at=${Date.now()}`;
  }, 1000);
}
