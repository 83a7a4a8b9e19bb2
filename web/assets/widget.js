/* saidwho embed widget: upgrades each pasted quote snippet
 *   <figure data-saidwho-embed="https://…/embed/quotes/ID">…</figure>
 * into a sandboxed iframe that resizes itself to its content.
 *
 * The frame is sandboxed with allow-scripts but never allow-same-origin, so
 * its messages come from origin "null": a message is taken as the frame's
 * only when event.source is that frame's window. The figure stays in place
 * until the frame has said how tall it is, so a frame that never loads
 * leaves the readable quote behind. */
(function () {
  'use strict';
  if (window.saidwhoWidget) { window.saidwhoWidget.scan(); return; }

  var frames = [];
  var SANDBOX = 'allow-scripts allow-popups allow-popups-to-escape-sandbox';

  function embedURL(fig) {
    var u;
    try { u = new URL(fig.getAttribute('data-saidwho-embed'), document.baseURI); } catch (e) { return null; }
    if ((u.protocol !== 'https:' && u.protocol !== 'http:') || !/\/embed\/quotes\/\d+$/.test(u.pathname)) { return null; }
    var theme = fig.getAttribute('data-theme');
    u.search = '';
    u.searchParams.set('theme', theme === 'light' || theme === 'dark' ? theme : 'auto');
    if (fig.getAttribute('data-hide-source') === 'true') { u.searchParams.set('hide_source', '1'); }
    return u;
  }

  function upgrade(fig) {
    if (fig.hasAttribute('data-saidwho-state')) { return; }
    var u = embedURL(fig);
    if (!u) { return; }
    fig.setAttribute('data-saidwho-state', 'loading');
    var width = parseInt(fig.getAttribute('data-width'), 10);
    width = width > 0 ? Math.max(220, Math.min(width, 1000)) : 550;
    var cite = fig.querySelector('figcaption cite');
    var frame = document.createElement('iframe');
    frame.setAttribute('sandbox', SANDBOX);
    frame.setAttribute('title', 'Quote' + (cite ? ' by ' + cite.textContent.trim() : '') + ' (saidwho)');
    frame.setAttribute('scrolling', 'no');
    frame.setAttribute('referrerpolicy', 'strict-origin-when-cross-origin');
    frame.className = 'saidwho-frame';
    frame.style.cssText = 'display:block;box-sizing:border-box;border:0;margin:0;padding:0;overflow:hidden;' +
      'width:100%;max-width:' + width + 'px;min-width:220px;height:0;border-radius:12px;color-scheme:normal;';
    var rec = { frame: frame, figure: fig, origin: u.origin, shown: false };
    frames.push(rec);
    frame.addEventListener('load', function () {
      // Say hello so that the frame learns which window and origin to
      // answer; its origin is opaque, so no target origin can name it.
      if (frame.contentWindow) { frame.contentWindow.postMessage({ saidwho: 'hello' }, '*'); }
    });
    frame.src = u.href;
    fig.parentNode.insertBefore(frame, fig);
  }

  function onMessage(event) {
    var d = event.data;
    if (!d || d.saidwho !== 'resize') { return; }
    for (var i = 0; i < frames.length; i++) {
      var rec = frames[i];
      if (event.source !== rec.frame.contentWindow) { continue; }
      if (event.origin !== 'null' && event.origin !== rec.origin) { return; }
      var h = Math.ceil(Number(d.height));
      if (!(h > 0 && h < 20000)) { return; }
      rec.frame.style.height = h + 'px';
      if (!rec.shown) {
        rec.shown = true;
        rec.frame.style.margin = '1em 0';
        rec.figure.style.display = 'none';
        rec.figure.setAttribute('data-saidwho-state', 'upgraded');
      }
      return;
    }
  }

  function scan() {
    var figs = document.querySelectorAll('figure[data-saidwho-embed]');
    for (var i = 0; i < figs.length; i++) { upgrade(figs[i]); }
  }

  window.addEventListener('message', onMessage);
  window.saidwhoWidget = { scan: scan };
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', scan);
  } else {
    scan();
  }
}());
