// Marquee's consent banner (docs/decisions/0063). The page is the same for every reader, so the decision is read here,
// from a first-party cookie, and no tag URL is in the page: they are fetched from /api/consent/tags once allowed.
(() => {
  'use strict';
  const banner = document.getElementById('consent');
  if (!banner) return;
  const cookieName = 'marquee_consent';
  const keepDays = 180;
  const policy = banner.dataset.policy;
  const tagged = (banner.dataset.tagged || '').split(' ').filter(Boolean);
  const gpc = navigator.globalPrivacyControl === true;
  const tcf = banner.dataset.tcf !== undefined;
  const form = banner.querySelector('.consent-form');
  const purposes = banner.querySelector('.consent-purposes');
  const box = name => form.elements.namedItem(name);
  const button = value => form.querySelector(`button[value="${value}"]`);
  const loaded = new Set();
  let current = null;

  // Google Consent Mode v2: denied by default, then updated; only where a tag that reads it is configured.
  if (tagged.length > 0) {
    window.dataLayer = window.dataLayer || [];
    window.gtag = window.gtag || function gtag() { window.dataLayer.push(arguments); };
    window.gtag('consent', 'default', {
      ad_storage: 'denied', ad_user_data: 'denied', ad_personalization: 'denied', analytics_storage: 'denied',
      wait_for_update: Number(banner.dataset.timeout) * 1000,
    });
  }

  // A malformed or outdated cookie counts as no decision: the banner asks again.
  function read() {
    const raw = document.cookie.split('; ').find(part => part.startsWith(cookieName + '='));
    if (!raw) return null;
    const fields = new URLSearchParams(raw.slice(cookieName.length + 1));
    const flag = name => ({ '0': false, '1': true })[fields.get(name)];
    const analytics = flag('a');
    const advertising = flag('d');
    if (fields.get('v') !== policy || analytics === undefined || advertising === undefined) return null;
    return { analytics, advertising: advertising && !gpc, decided: true };
  }

  function store(choice) {
    const value = new URLSearchParams({ v: policy, a: choice.analytics ? '1' : '0', d: choice.advertising ? '1' : '0', t: String(Math.floor(Date.now() / 1000)) });
    const secure = location.protocol === 'https:' ? '; Secure' : '';
    document.cookie = `${cookieName}=${value}; Max-Age=${keepDays * 86400}; Path=/; SameSite=Lax${secure}`;
  }

  async function loadTags(choice) {
    const wanted = tagged.filter(purpose => choice[purpose] && !loaded.has(purpose));
    if (wanted.length === 0) return;
    const response = await fetch('/api/consent/tags', { credentials: 'same-origin' });
    if (!response.ok) return;
    const urls = await response.json();
    for (const purpose of wanted) {
      if (!urls[purpose] || loaded.has(purpose)) continue;
      loaded.add(purpose);
      const script = document.createElement('script');
      script.src = urls[purpose];
      script.async = true;
      document.head.appendChild(script);
    }
  }

  function apply(choice) {
    current = choice;
    if (window.gtag && tagged.length > 0) {
      const state = allowed => (allowed ? 'granted' : 'denied');
      window.gtag('consent', 'update', {
        ad_storage: state(choice.advertising), ad_user_data: state(choice.advertising), ad_personalization: state(choice.advertising),
        analytics_storage: state(choice.analytics),
      });
    }
    document.dispatchEvent(new CustomEvent('marquee:consent', { detail: Object.freeze({ ...choice }) }));
    loadTags(choice).catch(() => { /* an unreachable tag list leaves the page as it is, without tags */ });
  }

  // A signed-in reader's decision is kept as a receipt (docs/decisions/0094); the server drops anyone else's.
  function sendReceipt(choice) {
    const body = JSON.stringify({ version: policy, analytics: choice.analytics, advertising: choice.advertising, globalPrivacyControl: gpc });
    fetch('/account/consent', { method: 'POST', credentials: 'same-origin', keepalive: true, headers: { 'Content-Type': 'application/json' }, body })
      .catch(() => { /* a missing receipt is no reason to keep the reader waiting */ });
  }

  function decide(choice) {
    const stored = { analytics: choice.analytics, advertising: choice.advertising && !gpc };
    store(stored);
    sendReceipt(stored);
    close();
    apply({ ...stored, decided: true });
  }

  function open(withSettings, focus = true) {
    form.hidden = false;
    banner.hidden = false;
    purposes.hidden = !withSettings;
    button('settings').hidden = withSettings;
    button('save').hidden = !withSettings;
    box('analytics').checked = current ? current.analytics : false;
    box('advertising').checked = current ? current.advertising : false;
    box('advertising').disabled = gpc;
    if (focus) (withSettings ? box('analytics') : button('accept')).focus({ preventScroll: true });
  }

  function close() {
    banner.hidden = true;
    if (location.hash === '#consent') history.replaceState(null, '', location.pathname + location.search);
  }

  banner.querySelector('.consent-gpc').hidden = !gpc;
  banner.querySelector('.consent-nojs').hidden = true;
  form.addEventListener('click', event => {
    const value = event.target.closest('button')?.value;
    if (value === 'accept') decide({ analytics: true, advertising: true });
    else if (value === 'reject') decide({ analytics: false, advertising: false });
    else if (value === 'settings') open(true);
    else if (value === 'save') decide({ analytics: box('analytics').checked, advertising: box('advertising').checked });
  });
  banner.addEventListener('keydown', event => {
    if (event.key === 'Escape' && current) close();
  });
  for (const link of document.querySelectorAll('.consent-open')) {
    link.addEventListener('click', event => {
      event.preventDefault();
      // A CMP shows its own dialog again ('displayConsentUi', as InMobi Choice names it; others add their own control).
      if (tcf && typeof window.__tcfapi === 'function') window.__tcfapi('displayConsentUi', 2, () => {});
      else if (!tcf) open(true);
    });
  }

  // An IAB TCF v2.2 CMP asks in place of the banner (docs/decisions/0064): its purposes 1 (store on a device) and 8
  // (measure content) allow analytics, 1 and 2 (select ads) advertising; where GDPR does not apply, both are allowed.
  function fromTcData(data) {
    const consents = (data.purpose && data.purpose.consents) || {};
    const applies = data.gdprApplies !== false;
    return {
      analytics: !applies || (consents[1] === true && consents[8] === true),
      advertising: (!applies || (consents[1] === true && consents[2] === true)) && !gpc,
      decided: true,
    };
  }

  async function followCmp() {
    const response = await fetch('/api/consent/tags', { credentials: 'same-origin' });
    const urls = response.ok ? await response.json() : {};
    if (!urls.cmp) return;
    const script = document.createElement('script');
    script.src = urls.cmp;
    script.addEventListener('load', () => {
      if (typeof window.__tcfapi !== 'function') return;
      window.__tcfapi('addEventListener', 2, (data, success) => {
        if (success && data && (data.eventStatus === 'tcloaded' || data.eventStatus === 'useractioncomplete')) apply(fromTcData(data));
      });
    });
    document.head.appendChild(script);
  }

  // Nobody answered in time: go on as refused (nothing stored), so slots stop waiting.
  function refuseAfterTimeout() {
    setTimeout(() => { if (!current) apply({ analytics: false, advertising: false, decided: false }); }, Number(banner.dataset.timeout) * 1000);
  }

  // For ad loaders and a TCF CMP adapter: the decision so far, and a way to hear of the next (docs/decisions/0064).
  window.marqueeConsent = Object.freeze({
    current: () => current,
    open: () => open(true),
  });

  const decided = tcf ? null : read();
  if (tcf) {
    followCmp().catch(() => { /* no CMP: the timeout refuses */ });
    refuseAfterTimeout();
  } else if (decided) {
    apply(decided);
  } else if (tagged.length === 0) {
    // No tag to allow: nothing to ask until the reader opens the settings.
    apply({ analytics: false, advertising: false, decided: false });
  } else {
    open(false, false);
    refuseAfterTimeout();
  }
})();
