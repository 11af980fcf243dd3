/* Search page: loads Pagefind's UI from the site's own pagefind/ folder (built by `sitegen build`).
   Nothing is fetched from elsewhere; if the index is missing the page says so. */
(function () {
  "use strict";
  var box = document.getElementById("search");
  var status = document.getElementById("search-status");
  if (!box) { return; }
  var bundle = box.getAttribute("data-bundle");
  var css = document.createElement("link");
  css.rel = "stylesheet";
  css.href = bundle + "pagefind-ui.css";
  document.head.appendChild(css);
  var script = document.createElement("script");
  script.src = bundle + "pagefind-ui.js";
  script.onload = function () {
    if (status) { status.remove(); }
    var ui = new window.PagefindUI({ element: "#search", showSubResults: true, showImages: false, resetStyles: false });
    var input = box.querySelector("input[type=text], input[type=search]");
    if (input) { input.setAttribute("aria-label", "Search articles, people, statements and figures"); }
    var q = new URLSearchParams(window.location.search).get("q");
    if (q) { ui.triggerSearch(q); }
  };
  script.onerror = function () {
    if (status) { status.textContent = "Search is not available on this copy of the site (its index was not built)."; }
  };
  document.head.appendChild(script);
})();
