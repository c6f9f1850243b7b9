// Share bars: the phone's own share sheet where the browser has one, and Copy link. The plain links beside them work
// without this script; both buttons keep their place hidden until it shows them, so nothing moves (CLS 0).
(() => {
  for (const button of document.querySelectorAll('[data-share-native]')) {
    if (typeof navigator.share !== 'function') {
      continue;
    }

    button.classList.add('ready');
    button.addEventListener('click', () => {
      navigator.share({ title: button.dataset.shareTitle, url: button.dataset.shareNative }).catch(() => {});
    });
  }

  for (const button of document.querySelectorAll('[data-share-copy]')) {
    if (!navigator.clipboard) {
      continue;
    }

    button.classList.add('ready');
    button.addEventListener('click', async () => {
      await navigator.clipboard.writeText(button.dataset.shareCopy);
      button.textContent = 'Link copied';
    });
  }

  // Tests wait for this rather than for a load event.
  document.documentElement.dataset.shareBar = 'on';
})();
