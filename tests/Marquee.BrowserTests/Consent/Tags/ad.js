// The test's ad server, filling each slot as the page's fragment says: late (after a second), other (a size the slot
// did not ask for), never (no answer at all), throw (a broken tag).
(() => {
  const mode = new URLSearchParams(location.hash.slice(1)).get('ads') || 'late';
  window.marqueeAds.serve(ad => {
    if (mode === 'throw') throw new Error('a broken ad tag');
    if (mode === 'never') return;
    const [width, height] = mode === 'other' ? [970, 400] : ad.sizes[0];
    setTimeout(() => {
      const creative = document.createElement('div');
      creative.className = 'test-creative';
      creative.style.width = `${width}px`;
      creative.style.height = `${height}px`;
      creative.style.flex = 'none';
      creative.style.background = '#0a7';
      creative.textContent = `${ad.slot} ${width}x${height}`;
      ad.container.appendChild(creative);
      ad.filled();
    }, mode === 'late' ? 1000 : 0);
  });
})();
