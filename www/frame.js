// When the widget page is shown in an <iframe>, it tells the host page its
// height (only its height: no text ever leaves the frame), so the host can
// size the frame to fit; see the README's iframe snippet.
if (window.parent !== window) {
  document.documentElement.classList.add('in-frame');
  let last = 0;
  new ResizeObserver(() => {
    const height = document.documentElement.scrollHeight;
    if (height !== last) {
      last = height;
      window.parent.postMessage({ type: 'nutshell:resize', height }, '*');
    }
  }).observe(document.body);
}
