// Ad slots (docs/decisions/0065). Every slot's height is reserved by /ads/slots.css, so nothing here can move the page.
// A slot near the viewport asks the ad server only once consent allows advertising; otherwise, or when the server
// does not answer in time, the house ad stays, or a slot without one collapses while it is still below the viewport.
(() => {
  'use strict';
  const script = document.currentScript;
  const slots = [...document.querySelectorAll('[data-ad-slot]')];
  if (!script || slots.length === 0) return;
  const fillMs = Number(script.dataset.fillSeconds) * 1000;
  const margin = Number(script.dataset.lazyMargin);
  const pending = [];
  const waiting = new Set();
  let consent = null;
  let handler = null;

  // The sizes this screen takes: the list of the widest breakpoint not wider than the window.
  function sizes(slot) {
    const lists = slot.dataset.adSizes.split(' ').map(entry => entry.split(':')).map(([width, list]) => [Number(width), list]);
    const list = lists.filter(([width]) => width <= window.innerWidth).pop()[1];
    return list.split(',').map(size => size.split('x').map(Number));
  }

  function settle(slot) {
    slot.dataset.adState = 'house';
    if (slot.querySelector('.house-ad')) return;
    // Only a slot wholly below the viewport may collapse: what moves then is out of sight, so nothing visible shifts.
    if (slot.getBoundingClientRect().top > window.innerHeight) slot.hidden = true;
    else slot.dataset.adState = 'empty';
  }

  function request(slot) {
    if (!consent.advertising) { settle(slot); return; }
    const frame = slot.querySelector('.ad-frame');
    const creative = document.createElement('div');
    creative.className = 'ad-creative';
    let done = false;
    const finish = filled => {
      if (done) return;
      done = true;
      if (filled) {
        slot.dataset.adState = 'filled';
        for (const child of [...frame.children]) if (child !== creative) child.remove();
      } else {
        creative.remove();
        settle(slot);
      }
    };
    frame.appendChild(creative);
    setTimeout(() => finish(false), fillMs);
    pending.push({ slot: slot.dataset.adSlot, sizes: sizes(slot), container: creative, filled: () => finish(true), empty: () => finish(false) });
    serve();
  }

  // The ad server's tag hands its function to marqueeAds.serve; a tag that throws leaves the slot to its house ad.
  function serve() {
    while (handler && pending.length > 0) {
      const ad = pending.shift();
      try { handler(ad); } catch { ad.empty(); }
    }
  }

  window.marqueeAds = Object.freeze({
    serve: fn => { handler = fn; serve(); },
  });

  const observer = new IntersectionObserver(entries => {
    for (const entry of entries) {
      if (!entry.isIntersecting) continue;
      observer.unobserve(entry.target);
      if (consent) request(entry.target); else waiting.add(entry.target);
    }
  }, { rootMargin: `${margin}px 0px` });

  document.addEventListener('marquee:consent', event => {
    const first = consent === null;
    consent = event.detail;
    if (!first) return;
    for (const slot of waiting) request(slot);
    waiting.clear();
  });
  if (window.marqueeConsent && window.marqueeConsent.current()) consent = window.marqueeConsent.current();
  for (const slot of slots) observer.observe(slot);
})();
