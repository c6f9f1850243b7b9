// Loaded before libsodium on /tips. The page's policy refuses WebAssembly (no 'wasm-unsafe-eval', decision 0077), so
// libsodium is told at once that it cannot have it and switches to its asm.js build, with no refused attempt logged.
// That switch drops libsodium.ready, which libsodium-wrappers reads: it is kept here for tips-sodium-ready.js.
(function () {
    'use strict';

    let ready;
    window.libsodium_mod = {
        instantiateWasm: function () {
            this.onAbort(new Error('WebAssembly is not allowed on this page'));
            return {};
        },
    };
    Object.defineProperty(window.libsodium_mod, 'ready', {
        configurable: true,
        enumerable: true,
        get: () => ready,
        set: (promise) => {
            ready = promise;
        },
    });
    window.marqueeSodiumReady = () => ready;
})();
