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

// "Did this page help you?": the answer and the comment go to the API, and the thanks and the
// comment field replace the question in place. If a request fails, the form is posted as it
// would be without JavaScript, so that the server's feedback page says what happened.
for (const prompt of document.querySelectorAll('[data-feedback]')) {
  const answer = prompt.querySelector('.feedback-answer');
  const thanks = prompt.querySelector('.feedback-thanks');
  const comment = prompt.querySelector('.feedback-comment');
  const post = (url, body) =>
    fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'blankett-client': 'pages' },
      body: JSON.stringify(body),
    }).then((response) => (response.ok ? response : Promise.reject(response)));
  const postWithoutScript = (form, name, value) => {
    if (name) form.append(Object.assign(document.createElement('input'), { type: 'hidden', name, value }));
    HTMLFormElement.prototype.submit.call(form);
  };
  answer.addEventListener('submit', async (event) => {
    event.preventDefault();
    const helpful = event.submitter?.value ?? 'yes';
    const body = { page: answer.elements.page.value, language: document.documentElement.lang, helpful: helpful === 'yes' };
    try {
      const { id } = await post('/api/feedback', body).then((response) => response.json());
      comment.elements.id.value = id;
      answer.hidden = true;
      thanks.hidden = false;
      comment.hidden = false;
      thanks.focus();
    } catch {
      postWithoutScript(answer, 'helpful', helpful);
    }
  });
  comment.addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      await post(`/api/feedback/${encodeURIComponent(comment.elements.id.value)}/comment`, { comment: comment.elements.comment.value });
      comment.hidden = true;
      thanks.focus();
    } catch {
      postWithoutScript(comment);
    }
  });
}
