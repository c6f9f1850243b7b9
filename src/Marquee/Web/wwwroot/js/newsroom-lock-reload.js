// Runs (synchronously) before the editor's "open in another tab" notice is parsed. After a reload that notice is
// about this same tab, whose leaving page left its lock token in sessionStorage (under newsroom-editor.js's key):
// the notice then stays hidden until newsroom-editor.js has asked the server, instead of flashing and going.
(() => {
    "use strict";
    const article = document.currentScript.dataset.article;
    if (sessionStorage.getItem(`marquee-edit-lock-${article}`)) {
        document.documentElement.dataset.lockReopening = article;
    }
})();
