/*
 * Borderlines embed loader: sizes every <iframe data-borderlines> on the page to the height
 * its map reports. It accepts only messages that come from one of those iframes and carry a
 * finite number, ignores everything else, and keeps the height between MIN and MAX.
 */
(function () {
  'use strict';
  if (window.__borderlinesEmbedLoader) return;
  window.__borderlinesEmbedLoader = true;

  var MIN = 120;
  var MAX = 20000;

  function heightOf(data) {
    if (data && typeof data === 'object' && data.sentinel === 'amp' && data.type === 'embed-size') return data.height;
    return null;
  }

  window.addEventListener('message', function (event) {
    var height = heightOf(event.data);
    if (typeof height !== 'number' || !isFinite(height)) return;
    var frames = document.querySelectorAll('iframe[data-borderlines]');
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source) {
        frames[i].style.height = Math.round(Math.min(MAX, Math.max(MIN, height))) + 'px';
        frames[i].setAttribute('scrolling', 'no');
        return;
      }
    }
  });
})();
