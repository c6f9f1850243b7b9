// The test's analytics tag: it only says that it ran.
document.documentElement.dataset.analyticsRan = 'yes';
