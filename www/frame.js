// When the widget page is shown in an <iframe>, it tells the host page its
// height (only its height: no text ever leaves the frame), so the host can
// size the frame to fit; see the README's iframe snippet.
//
// The message goes to the embedding page's origin, never to '*': the
// browser then delivers it only while that origin is the frame's parent.
// The origin is the one the browser reports for the parent
// (location.ancestorOrigins: Chromium, Safari) or, elsewhere, the origin of
// the page that opened the frame (document.referrer, which a host's
// default referrer policy sends as its origin). Where neither is known
// (Firefox with referrerpolicy="no-referrer" on the iframe), nothing is
// posted and the frame keeps the height the host gave it.

/** The origin of the page embedding this one, if the browser tells it. */
function parentOrigin() {
  const reported = window.location.ancestorOrigins?.[0];
  if (reported) return reported;
  try {
    return document.referrer ? new URL(document.referrer).origin : null;
  } catch {
    return null;
  }
}

const target = window.parent !== window ? parentOrigin() : null;
if (window.parent !== window) document.documentElement.classList.add('in-frame');
// An opaque origin ("null", a sandboxed host) cannot be addressed.
if (target && target !== 'null') {
  let last = 0;
  new ResizeObserver(() => {
    const height = document.documentElement.scrollHeight;
    if (height !== last) {
      last = height;
      window.parent.postMessage({ type: 'nutshell:resize', height }, target);
    }
  }).observe(document.body);
}
