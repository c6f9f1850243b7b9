// Fills the masthead's account slot from GET /me: every reader gets the same cached page, and only this
// private answer says who they are. The slot keeps its size, so nothing on the page moves.
(() => {
  const slot = document.getElementById("account-slot");
  if (!slot) return;
  fetch("/me", { credentials: "same-origin", headers: { Accept: "application/json" } })
    .then((response) => (response.ok ? response.json() : null))
    .then((me) => {
      if (me && me.signedIn) {
        slot.textContent = me.name;
        slot.title = "Your account";
        slot.classList.add("signed-in");
      }
    })
    .catch(() => {});
})();
