// Registers the service worker (sw.js) that keeps the widget working
// offline. Browsers allow service workers only in secure contexts (https,
// or http on localhost); elsewhere, such as plain http on an intranet host,
// the page still works while it is online and simply is not kept.
if ('serviceWorker' in navigator && window.isSecureContext) {
  navigator.serviceWorker.register(new URL('./sw.js', import.meta.url)).catch(() => {
    // Not kept for offline use; everything else works as before.
  });
}
