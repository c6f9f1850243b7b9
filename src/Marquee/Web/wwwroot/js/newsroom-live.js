// The live desk: Ctrl+Enter (or Cmd+Enter) in an entry's text posts it, as reporters type fast; the button still works without it.
document.addEventListener('keydown', (event) => {
  const form = event.target instanceof HTMLTextAreaElement ? event.target.closest('form[data-live-post]') : null;
  if (form && event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
    event.preventDefault();
    form.requestSubmit();
  }
});
