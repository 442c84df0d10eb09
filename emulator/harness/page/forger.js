// A page on another origin than the portal (the harness loads it from the other loopback host
// name). Asked by the harness, it answers the app's pending command with a token of its own and
// sends the portal a command in the app's name: the app and the portal must both ignore it.
(() => {
  'use strict';
  const portal = new URLSearchParams(location.search).get('portal');
  if (!portal) return;

  window.addEventListener('message', (e) => {
    if (e.origin !== portal || e.source !== window.parent) return;
    const d = e.data;
    if (!d || d.type !== 'forge') return;
    const app = window.parent.frames[0];
    // A reply to the app's real callback id, from the wrong origin.
    app.postMessage(`${d.callback}:${JSON.stringify(d.payload)}`, '*');
    // A command to the portal in the app's name, from the wrong origin.
    window.parent.postMessage(
      `setTitle:${JSON.stringify({ title: 'Forged title' })}:${d.callback}:${d.appSid}`,
      portal,
    );
  });

  window.parent.postMessage({ type: 'forger-ready' }, portal);
})();
