/* Perhekeskus: progressive enhancement only. Loaded with defer; every page works without it. */
(function () {
  "use strict";
  var root = document.documentElement;
  root.classList.remove("no-js");
  root.classList.add("js");

  /* The palvelupuu: a disclosure button beside each parent link shows and hides its list.
     The server marks the current branch open (data-open); other branches start closed.
     Native buttons give Enter and Space; Escape closes the branch holding the focus and
     returns focus to its button. Tab order stays the document's own. */
  function setOpen(button, list, open) {
    button.setAttribute("aria-expanded", open ? "true" : "false");
    list.hidden = !open;
  }

  function listOf(button) {
    return document.getElementById(button.getAttribute("aria-controls"));
  }

  Array.prototype.forEach.call(document.querySelectorAll("[data-pk-palvelupuu]"), function (nav) {
    Array.prototype.forEach.call(nav.querySelectorAll("button[aria-controls]"), function (button) {
      var list = listOf(button);
      if (!list) return;
      setOpen(button, list, list.hasAttribute("data-open"));
      button.hidden = false;
      button.addEventListener("click", function () {
        setOpen(button, list, button.getAttribute("aria-expanded") !== "true");
      });
    });

    nav.addEventListener("keydown", function (event) {
      if (event.key !== "Escape" && event.key !== "Esc") return;
      var target = event.target;
      var button = null;
      if (target.matches("button[aria-controls]") && target.getAttribute("aria-expanded") === "true") {
        button = target;
      } else {
        var branch = target.closest("[data-pk-branch]");
        if (branch && nav.contains(branch)) {
          button = nav.querySelector('button[aria-controls="' + branch.id + '"]');
        }
      }
      if (!button || button.hidden) return;
      event.preventDefault();
      setOpen(button, listOf(button), false);
      button.focus();
    });
  });

  /* GOV.UK error summary: move focus to it so that screen readers announce the errors. */
  var summary = document.querySelector("[data-pk-error-summary]");
  if (summary) summary.focus();
})();
