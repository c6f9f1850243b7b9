// Between libsodium and libsodium-wrappers on /tips: gives back the ready promise libsodium's asm.js switch dropped.
window.libsodium.ready = window.libsodium.ready || window.marqueeSodiumReady();
