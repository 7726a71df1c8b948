// For the page that holds repatria iframes (embed.html): sizes each iframe to the height its
// page reports with postMessage({"repatria-height": {"<id>": px}}). Include it once:
//   <script src="…/repatria/lib/embed-parent.js" async></script>
// Only the iframe that sent a message is sized (matched by its window, not by the id).
(function () {
  'use strict';
  if (window.repatriaEmbedParent) return;
  window.repatriaEmbedParent = true;
  window.addEventListener('message', function (event) {
    var heights = event.data && event.data['repatria-height'];
    if (!heights || typeof heights !== 'object') return;
    var frames = document.querySelectorAll('iframe');
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow !== event.source) continue;
      for (var id in heights) {
        var h = Number(heights[id]);
        if (isFinite(h) && h > 0 && h < 20000) frames[i].style.height = Math.ceil(h) + 'px';
      }
    }
  });
  // Ask iframes that loaded before this script for their height.
  var frames = document.querySelectorAll('iframe');
  for (var i = 0; i < frames.length; i++) {
    try { frames[i].contentWindow.postMessage({ 'repatria-get-height': true }, '*'); } catch (e) { /* gone */ }
  }
})();
