// The test's IAB TCF v2.2 CMP: __tcfapi answers addEventListener as a CMP does once its own dialog is answered, with the
// decision the page's fragment names: cmp=accept (every purpose), cmp=reject (none) or cmp=silent (the dialog stays open).
(() => {
  const answer = new URLSearchParams(location.hash.slice(1)).get('cmp') || 'accept';
  const consents = Object.fromEntries(Array.from({ length: 11 }, (_, i) => [i + 1, answer === 'accept']));
  window.__tcfapi = (command, version, callback) => {
    if (command !== 'addEventListener' || version !== 2) {
      callback(null, false);
      return;
    }
    callback({ eventStatus: 'cmpuishown', gdprApplies: true, listenerId: 1 }, true);
    if (answer === 'silent') return;
    setTimeout(() => callback({
      tcString: 'stub', eventStatus: 'useractioncomplete', gdprApplies: true, listenerId: 1, purpose: { consents, legitimateInterests: {} },
    }, true), 300);
  };
})();
