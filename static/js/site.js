/* Perhekeskus: progressive enhancement only. Loaded with defer; every page works without it. */
(function () {
  "use strict";
  var root = document.documentElement;
  root.classList.remove("no-js");
  root.classList.add("js");
})();
