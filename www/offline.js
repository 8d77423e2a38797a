// Registers the service worker (sw.js) that keeps the widget working
// offline. Browsers allow service workers only in secure contexts (https,
// or http on localhost); elsewhere, such as plain http on an intranet host,
// the page still works while it is online and simply is not kept.
//
// When a release cannot be kept (a file did not arrive as the build made
// it), sw.js refuses to install it and tells this page; the page says so in
// its polite status line #update-notice, since the reader is then on the
// previous version (or, on a first visit, not kept for offline use).

const NOTICES = {
  update: 'An update of Nutshell could not be installed: one of its files did not arrive intact. '
    + 'You are using the previous version, which still works offline. The update is tried again on your next visit.',
  first: 'Nutshell could not be kept for offline use: one of its files did not arrive intact. '
    + 'It works while you are online, and is tried again on your next visit.',
};

if ('serviceWorker' in navigator && window.isSecureContext) {
  // Listening before registering: the worker's message may come early, and
  // the browser holds it until the page has been read.
  navigator.serviceWorker.addEventListener('message', ({ data }) => {
    const notice = document.getElementById('update-notice');
    if (data?.type === 'nutshell:install-failed' && notice) {
      notice.textContent = data.update ? NOTICES.update : NOTICES.first;
    }
  });
  navigator.serviceWorker.register(new URL('./sw.js', import.meta.url)).catch(() => {
    // Not kept for offline use; everything else works as before.
  });
}
