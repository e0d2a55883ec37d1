// The venue screen: reload when the check-in code turns (every 30 s) and every few seconds for the live count.
// A script rather than <meta http-equiv="refresh">, which screen readers cannot pause (WCAG 2.2.1).
(function () {
  var s = document.currentScript;
  var seconds = parseInt(s && s.getAttribute("data-seconds"), 10) || 10;
  setTimeout(function () { location.reload(); }, seconds * 1000);
})();
