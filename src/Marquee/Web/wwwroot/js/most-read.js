// The most-read rail: counts this story's read once the page is seen (a beacon, no cookie), and fills the rail with the
// first entries of /most-read's list, a page cached a minute. Without this script the rail is a link to that page.
(() => {
  const rail = document.currentScript?.closest(".most-read");
  if (!rail || !window.fetch) return;

  const read = rail.dataset.read;
  if (read && navigator.sendBeacon) {
    let counted = false;
    // A tab opened in the background or prerendered is counted when it is first seen, if ever.
    const count = () => {
      if (counted || document.visibilityState !== "visible") return;
      counted = true;
      navigator.sendBeacon(read);
    };
    count();
    document.addEventListener("visibilitychange", count);
  }

  fetch(rail.dataset.source)
    .then((response) => (response.ok ? response.text() : ""))
    .then((html) => {
      const list = new DOMParser().parseFromString(html, "text/html").getElementById("most-read-list");
      if (!list) return;
      rail.querySelector(".most-read-list")
        ?.append(...[...list.children].slice(0, Number(rail.dataset.size)).map((item) => document.importNode(item, true)));
    })
    .catch(() => {});
})();
