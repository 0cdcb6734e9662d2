// The translation editor, better with JavaScript: a paragraph translated before, offered from
// the translation memory, goes into its box with one press. Without this script the
// suggestions are there to read and copy, and the buttons stay hidden.
(function () {
  "use strict";
  var buttons = document.querySelectorAll("button[data-fill]");
  Array.prototype.forEach.call(buttons, function (button) {
    var box = document.getElementById(button.getAttribute("data-fill"));
    if (!box) {
      return;
    }
    button.hidden = false;
    button.addEventListener("click", function () {
      box.value = button.getAttribute("data-text");
      box.focus();
    });
  });
})();
