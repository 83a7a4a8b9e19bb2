/* Quote page: a button that copies the embed code. Without JavaScript the
 * code stays selectable in its text box. */
(function () {
  'use strict';
  var buttons = document.querySelectorAll('button[data-copy]');
  for (var i = 0; i < buttons.length; i++) {
    (function (button) {
      var box = document.getElementById(button.getAttribute('data-copy'));
      var status = button.parentNode.querySelector('.copied');
      if (!box) { return; }
      button.hidden = false;
      button.addEventListener('click', function () {
        box.focus();
        box.select();
        var done = function () { if (status) { status.textContent = 'Copied.'; } };
        if (navigator.clipboard && window.isSecureContext) {
          navigator.clipboard.writeText(box.value).then(done, function () { document.execCommand('copy'); done(); });
        } else {
          document.execCommand('copy');
          done();
        }
      });
    }(buttons[i]));
  }
}());
