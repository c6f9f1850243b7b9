// Forms marked data-work (decision 0096): find a proof of work before sending, in the form's hidden Work field.
// Without a proof (no JavaScript, or the work failed) the form still posts and meets the site-wide budget instead.
(function () {
    'use strict';

    for (const form of document.querySelectorAll('form[data-work]')) {
        const field = form.querySelector('input[name=Work]');
        form.addEventListener('submit', (event) => {
            if (field.value || !window.marqueeWork) {
                return;
            }
            event.preventDefault();
            const button = form.querySelector('button[type=submit]');
            button.disabled = true;
            window.marqueeWork.solve(form.dataset.work)
                .then((proof) => { field.value = proof; })
                .catch(() => { field.value = ''; })
                .finally(() => {
                    button.disabled = false;
                    // submit() sends without firing this handler again; the browser's own checks already passed.
                    form.submit();
                });
        });
    }
})();
