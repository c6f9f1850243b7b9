// The tip line with JavaScript: a proof of work (decision 0076), then the form sent without cookies. Any failure
// before sending falls back to the plain form post, which the server seals on arrival as it does without JavaScript.
(function () {
    'use strict';

    const form = document.querySelector('form.tip-form');
    if (!form || !window.marqueeWork) {
        return;
    }
    const status = form.querySelector('.tip-status');
    const button = form.querySelector('button[type="submit"]');

    function showAnswer(html) {
        const answer = new DOMParser().parseFromString(html, 'text/html');
        const receipt = answer.querySelector('.tip-receipt');
        if (receipt) {
            document.querySelector('main').replaceChildren(...answer.querySelector('main').childNodes);
            document.getElementById('receipt-heading').focus();
            return;
        }
        const error = answer.querySelector('.tip-error');
        status.textContent = error ? error.textContent : 'The tip could not be sent: please try again.';
        button.disabled = false;
    }

    async function send() {
        let proof;
        try {
            proof = await window.marqueeWork.solve('/tips/work');
        } catch {
            form.submit();
            return;
        }
        status.textContent = 'Sending your tip…';
        const response = await fetch(form.action, {
            method: 'POST',
            body: new FormData(form),
            headers: { 'Marquee-Work': proof },
            credentials: 'omit',
        });
        showAnswer(await response.text());
    }

    form.addEventListener('submit', (event) => {
        event.preventDefault();
        button.disabled = true;
        status.textContent = 'Preparing your tip…';
        send().catch(() => {
            status.textContent = 'The tip could not be sent: check your connection and try again.';
            button.disabled = false;
        });
    });
})();
