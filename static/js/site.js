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

/* "What is new" on board pages and the front page: posts published since the reader's
   previous visit get an "Uusi" badge (its text comes translated from the list's
   data-pk-new-label). The visit times stay in this browser's localStorage and nothing is
   sent to the server. The first visit marks nothing, as everything would be new. A visit
   lasts while the list is opened again within 30 minutes, so that coming back from a post
   keeps this visit's badges instead of clearing them. */
(function () {
  "use strict";
  var VISIT_GAP = 30 * 60 * 1000;
  var lists = document.querySelectorAll("[data-pk-new-since]");
  if (!lists.length) return;

  var storage;
  try {
    // Reading localStorage throws when the browser blocks it (private modes, policies).
    storage = window.localStorage;
    storage.setItem("pk-storage-test", "1");
    storage.removeItem("pk-storage-test");
  } catch (error) {
    return;
  }

  function readVisits(key) {
    try {
      var visits = JSON.parse(storage.getItem(key));
      if (visits && typeof visits.since === "number" && typeof visits.last === "number") {
        return visits;
      }
    } catch (error) {
      // A value this script did not write: start again as on a first visit.
    }
    return null;
  }

  function addBadge(item, label) {
    var slot = item.querySelector("[data-pk-new-slot]") || item;
    var badge = document.createElement("strong");
    badge.className = "pk-new-badge";
    badge.textContent = label;
    slot.insertBefore(document.createTextNode(" "), slot.firstChild);
    slot.insertBefore(badge, slot.firstChild);
  }

  Array.prototype.forEach.call(lists, function (list) {
    var key = "pk-visits:" + list.getAttribute("data-pk-new-since");
    var label = list.getAttribute("data-pk-new-label") || "";
    var now = Date.now();
    var visits = readVisits(key);
    var since = now;
    if (visits) {
      since = now - visits.last < VISIT_GAP ? visits.since : visits.last;
      Array.prototype.forEach.call(list.querySelectorAll("[data-pk-published]"), function (item) {
        var published = Date.parse(item.getAttribute("data-pk-published"));
        if (label && published > since) addBadge(item, label);
      });
    }
    try {
      storage.setItem(key, JSON.stringify({ since: since, last: now }));
    } catch (error) {
      // Storage full: the badges are a nicety, the page is complete without them.
    }
  });
})();
