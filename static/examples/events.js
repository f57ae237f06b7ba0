// Example analytics hook: logs every Berth host event into #event-log.
// (An external file, so the strict-CSP example can use it too.)
const log = document.getElementById('event-log');
for (const name of ['berth:answer', 'berth:recommendation', 'berth:quiz-complete']) {
  document.addEventListener(name, (e) => {
    window.berthEvents = window.berthEvents ?? [];
    window.berthEvents.push({ type: e.type, detail: e.detail });
    if (log) log.textContent = `${e.type} ${JSON.stringify(e.detail)}\n` + log.textContent.slice(0, 2000);
  });
}
// Content-Security-Policy violations, for the strict-CSP example and its tests
// in browsers whose driver cannot add a script before the page's own.
document.addEventListener('securitypolicyviolation', (e) => {
  window.berthCspViolations = window.berthCspViolations ?? [];
  window.berthCspViolations.push(`${e.violatedDirective} ${e.blockedURI}`);
});
