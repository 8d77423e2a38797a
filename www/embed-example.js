// The example host page's script: logs what the widgets report, and sizes
// the iframe to the height the widget page posts (only same-origin frames).

const log = document.getElementById('log');
window.nutshellEvents = [];

for (const type of ['nutshell:analyzed', 'nutshell:error']) {
  document.addEventListener(type, (event) => {
    const who = event.target.id;
    const what = type === 'nutshell:analyzed'
      ? `${event.detail.sentences.length} sentences, ${event.detail.entities.length} names`
      : `${event.detail.code}: ${event.detail.message}`;
    window.nutshellEvents.push({ who, type, detail: event.detail });
    log.textContent = `${who}: ${type.slice(9)} (${what})`;
  });
}

const frame = document.getElementById('frame');
window.addEventListener('message', (event) => {
  if (event.source === frame.contentWindow && event.origin === location.origin && event.data?.type === 'nutshell:resize') {
    frame.style.height = `${Math.ceil(event.data.height)}px`;
  }
});
