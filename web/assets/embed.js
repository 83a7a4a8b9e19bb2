/* saidwho embed page: tells the page that frames it how tall the quote is.
 * It answers only its parent window, and only once the parent has said
 * hello, so that it learns the parent's origin and sends to that origin
 * alone. The height is the body's bounding box: documentElement.scrollHeight
 * never drops below the frame's current height, so it could only grow. */
(function () {
  'use strict';
  if (window.parent === window) { return; }
  var target = null;
  var last = 0;

  function send(force) {
    if (target === null) { return; }
    var h = Math.ceil(document.body.getBoundingClientRect().height);
    if (!force && h === last) { return; }
    last = h;
    window.parent.postMessage({ saidwho: 'resize', height: h }, target);
  }

  window.addEventListener('message', function (event) {
    if (event.source !== window.parent) { return; }
    if (!event.data || event.data.saidwho !== 'hello') { return; }
    // A parent with an opaque origin can only be reached with '*'.
    target = event.origin === 'null' ? '*' : event.origin;
    send(true);
  });
  if (window.ResizeObserver) {
    new ResizeObserver(function () { send(false); }).observe(document.body);
  }
  window.addEventListener('resize', function () { send(false); });
  window.addEventListener('load', function () { send(false); });
}());
