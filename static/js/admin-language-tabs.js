/*
 * Language tabs for translated fields in the admin (fi, sv, en).
 * Without JavaScript every language's field is shown, labelled "[fi]", "[sv]", "[en]".
 * With it, the three rows of one field become a tab panel each, following the WAI-ARIA
 * tabs pattern: buttons with role=tab, arrow keys move between them, Home and End jump.
 */
(function () {
  "use strict";
  var LANGUAGES = [["fi", "Suomi"], ["sv", "Svenska"], ["en", "English"]];

  function rowOf(input) {
    return input && input.closest(".form-row, .fieldBox");
  }

  function selectTab(tabs, panels, index, moveFocus) {
    tabs.forEach(function (tab, i) {
      var selected = i === index;
      tab.setAttribute("aria-selected", selected ? "true" : "false");
      tab.tabIndex = selected ? 0 : -1;
      panels[i].hidden = !selected;
    });
    if (moveFocus) {
      tabs[index].focus();
    }
  }

  function buildTabs(base) {
    var inputs = LANGUAGES.map(function (language) {
      return document.getElementById(base + "_" + language[0]);
    });
    var panels = inputs.map(rowOf);
    if (panels.some(function (panel) { return !panel; })) {
      return;
    }
    if (new Set(panels).size !== panels.length || panels[0].closest(".tabular")) {
      return;
    }
    var label = panels[0].querySelector("label");
    var name = label ? label.textContent.replace(/\s*\[\w+\]\s*:?\s*$/, "").trim() : base;
    var list = document.createElement("div");
    list.className = "pk-lang-tabs";
    list.setAttribute("role", "tablist");
    list.setAttribute("aria-label", name);

    var tabs = LANGUAGES.map(function (language, i) {
      var panel = panels[i];
      panel.id = panel.id || "panel-" + base + "-" + language[0];
      panel.setAttribute("role", "tabpanel");
      var tab = document.createElement("button");
      tab.type = "button";
      tab.className = "pk-lang-tabs__tab";
      tab.id = "tab-" + base + "-" + language[0];
      tab.lang = language[0];
      tab.setAttribute("role", "tab");
      tab.setAttribute("aria-controls", panel.id);
      tab.textContent = language[1];
      if (panel.querySelector(".errorlist")) {
        tab.classList.add("pk-lang-tabs__tab--error");
      }
      panel.setAttribute("aria-labelledby", tab.id);
      list.appendChild(tab);
      return tab;
    });

    list.addEventListener("click", function (event) {
      var index = tabs.indexOf(event.target.closest("[role=tab]"));
      if (index >= 0) {
        selectTab(tabs, panels, index, false);
      }
    });
    list.addEventListener("keydown", function (event) {
      var current = tabs.indexOf(document.activeElement);
      var next = {
        ArrowRight: current + 1,
        ArrowLeft: current - 1,
        Home: 0,
        End: tabs.length - 1,
      }[event.key];
      if (current < 0 || next === undefined) {
        return;
      }
      event.preventDefault();
      selectTab(tabs, panels, (next + tabs.length) % tabs.length, true);
    });

    panels[0].parentNode.insertBefore(list, panels[0]);
    // Open the first language with an error, so that the error is not hidden.
    var withError = panels.findIndex(function (panel) {
      return panel.querySelector(".errorlist");
    });
    selectTab(tabs, panels, Math.max(withError, 0), false);
  }

  document.addEventListener("DOMContentLoaded", function () {
    var bases = new Set();
    document.querySelectorAll("input.mt, textarea.mt, select.mt").forEach(function (input) {
      var match = /^(.+)_(fi|sv|en)$/.exec(input.id || "");
      if (match && !/__prefix__/.test(match[1])) {
        bases.add(match[1]);
      }
    });
    bases.forEach(buildTabs);
  });
})();
