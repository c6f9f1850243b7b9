// Gallery pages: ← and → and a horizontal swipe follow the previous and next links, which work without this script.
(() => {
  const follow = (rel) => {
    const link = document.querySelector(`.gallery-nav a[rel="${rel}"]`);
    if (link) {
      window.location.assign(link.href);
    }
  };

  // Says the keys work from now on (tests wait for it rather than for a load event).
  document.documentElement.dataset.galleryKeys = 'on';
  document.addEventListener('keydown', (event) => {
    const typing = event.target instanceof HTMLElement && event.target.closest('input, textarea, select, [contenteditable]');
    if (typing || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) {
      return;
    }

    if (event.key === 'ArrowLeft') {
      follow('prev');
    } else if (event.key === 'ArrowRight') {
      follow('next');
    }
  });

  // A swipe is mostly sideways and at least 50 px; the photo scrolls vertically as usual.
  let start = null;
  document.addEventListener('touchstart', (event) => {
    start = event.touches.length === 1 ? { x: event.touches[0].clientX, y: event.touches[0].clientY } : null;
  }, { passive: true });
  document.addEventListener('touchend', (event) => {
    if (!start) {
      return;
    }

    const dx = event.changedTouches[0].clientX - start.x;
    const dy = event.changedTouches[0].clientY - start.y;
    start = null;
    if (Math.abs(dx) > 50 && Math.abs(dx) > 2 * Math.abs(dy)) {
      follow(dx > 0 ? 'prev' : 'next');
    }
  }, { passive: true });
})();
