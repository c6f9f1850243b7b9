// Live stories: asks the story's update resource at the cadence the server names, offers "N new updates", and puts
// new, edited and deleted entries in place without moving what the reader is reading. The page works without it.
(() => {
  const story = document.querySelector('[data-live-updates]');
  const stream = document.getElementById('live-entries');
  const clock = new Intl.DateTimeFormat(undefined, { hour: 'numeric', minute: '2-digit' });

  // Entry times arrive in UTC; the reader reads them in their own zone.
  const localise = (root) => {
    for (const time of root.querySelectorAll('time[data-local-time]')) {
      time.textContent = clock.format(new Date(time.dateTime));
    }
  };

  localise(document);
  if (!story || !stream || story.dataset.firstPage !== 'true') {
    return;
  }

  // The entry nearest the top of the window stays where it is on screen while entries above it come, change or go.
  // The browser's own scroll anchoring would then move it a second time, a frame later: this script keeps the place.
  document.documentElement.style.overflowAnchor = 'none';
  const keepPlace = (change) => {
    const entries = [...document.querySelectorAll('.live-stream .live-entry')];
    const anchor = entries.find((entry) => entry.getBoundingClientRect().bottom > 0);
    const before = anchor ? anchor.getBoundingClientRect().top : 0;
    change();
    if (anchor && anchor.isConnected) {
      window.scrollBy(0, anchor.getBoundingClientRect().top - before);
    }
  };

  const pending = new Map();
  const button = document.createElement('button');
  button.type = 'button';
  button.id = 'live-new-updates';
  button.className = 'live-new-updates';
  button.hidden = true;
  stream.before(button);

  const showPending = () => {
    button.hidden = pending.size === 0;
    button.textContent = pending.size === 1 ? '1 new update' : `${pending.size} new updates`;
  };

  button.addEventListener('click', () => {
    const newest = [...pending.values()].sort((a, b) => Number(b.dataset.entry) - Number(a.dataset.entry));
    pending.clear();
    keepPlace(() => {
      stream.prepend(...newest);
      showPending();
      document.getElementById('no-entries')?.remove();
    });
  });

  const apply = (update) => {
    keepPlace(() => {
      for (const gone of update.querySelectorAll('[data-deleted]')) {
        pending.delete(gone.dataset.deleted);
        document.getElementById(`entry-${gone.dataset.deleted}`)?.remove();
      }

      for (const entry of update.querySelectorAll('article[data-entry]')) {
        const shown = document.getElementById(entry.id);
        if (shown) {
          shown.replaceWith(entry);
        } else {
          pending.set(entry.dataset.entry, entry);
        }
      }

      // The button appearing above the reader is a change too.
      showPending();
    });
  };

  let next = story.dataset.liveUpdates;
  const poll = async () => {
    try {
      // Asked afresh each time: pages allow a browser stale-while-revalidate, which would show a reader the last answer
      // for one poll more (a CDN and the output cache still answer; an unchanged answer is a 304).
      const response = await fetch(next, { cache: 'no-cache', headers: { Accept: 'text/html' } });
      if (response.ok) {
        const update = new DOMParser().parseFromString(await response.text(), 'text/html').getElementById('live-update');
        if (update.dataset.reload === 'true') {
          window.location.reload();
          return;
        }

        localise(update);
        apply(update);
        next = update.dataset.next;
        story.dataset.pollSeconds = update.dataset.pollSeconds;
      }
    } finally {
      schedule();
    }
  };

  // The server sets the cadence in every answer; 0 stops asking (readers reload instead).
  const schedule = () => {
    const seconds = Number(story.dataset.pollSeconds);
    if (seconds > 0) {
      window.setTimeout(poll, seconds * 1000);
    }
  };

  document.documentElement.dataset.liveUpdates = 'on';
  schedule();
})();
