// As-you-type suggestions for the search page's box (marked data-suggest): after a pause in
// typing, asks our suggestion endpoint for titles and lists them as links under the box.
// Searching works the same without this; it only saves a step.
(function () {
  "use strict";
  var input = document.querySelector("input[data-suggest]");
  var list = document.getElementById("search-suggestions");
  if (!input || !list || !window.fetch) {
    return;
  }
  var timer = null;
  var asked = "";

  function show(suggestions) {
    list.textContent = "";
    if (!suggestions.length) {
      list.hidden = true;
      return;
    }
    var items = document.createElement("ul");
    suggestions.forEach(function (suggestion) {
      var item = document.createElement("li");
      var link = document.createElement("a");
      link.href = suggestion.href;
      link.textContent = suggestion.title;
      link.dir = "auto";
      var section = document.createElement("span");
      section.className = "muted";
      section.textContent = " · " + suggestion.section;
      item.appendChild(link);
      item.appendChild(section);
      items.appendChild(item);
    });
    list.appendChild(items);
    list.hidden = false;
  }

  function ask() {
    var typed = input.value.trim();
    if (typed === asked) {
      return;
    }
    asked = typed;
    if (typed.length < 2) {
      show([]);
      return;
    }
    fetch(input.getAttribute("data-suggest") + "?q=" + encodeURIComponent(typed), {
      credentials: "same-origin",
      headers: { Accept: "application/json" }
    })
      .then(function (response) {
        return response.ok ? response.json() : [];
      })
      .then(function (suggestions) {
        if (input.value.trim() === typed) {
          show(suggestions);
        }
      })
      .catch(function () {
        show([]);
      });
  }

  input.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(ask, 200);
  });
  input.addEventListener("keydown", function (event) {
    if (event.key === "Escape") {
      show([]);
    }
  });
})();
