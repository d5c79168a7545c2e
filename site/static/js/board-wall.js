/* The board as a wall: column tabs on a narrow screen, and writing in place in each column.
   Without JavaScript all columns stack and "+ Write" is a link to the board with that column's form
   open; this only makes both nicer:
   - on a narrow screen one column shows at a time, chosen with tabs (the ARIA tabs pattern: arrow
     keys, Home and End move between the tabs);
   - "+ Write" fetches the column's form with htmx, the form posts with htmx, and the new post goes to
     the top of its column (under the pinned ones) and gets the focus; Cancel (or Escape, before
     anything is written) gives the focus back to "+ Write". */
(function () {
  "use strict";

  var board = document.querySelector(".board");
  if (!board) return;
  var status = document.getElementById("board-live-status");

  // Column tabs.
  var tablist = board.querySelector(".board-tabs");
  var tabs = tablist ? Array.prototype.slice.call(tablist.querySelectorAll('[role="tab"]')) : [];
  var panels = tabs.map(function (tab) { return document.getElementById(tab.getAttribute("aria-controls")); });
  var narrow = window.matchMedia("(max-width: 47.99rem)");

  function tabbed() { return tabs.length > 1 && narrow.matches; }

  function select(index, focus) {
    tabs.forEach(function (tab, at) {
      var on = at === index;
      tab.setAttribute("aria-selected", on ? "true" : "false");
      tab.tabIndex = on ? 0 : -1;
      if (tabbed()) panels[at].hidden = !on;
    });
    if (focus) tabs[index].focus();
  }

  function layout() {
    var on = tabbed();
    board.classList.toggle("board--tabbed", on);
    if (tablist) tablist.hidden = !on;
    panels.forEach(function (panel, at) {
      if (on) {
        panel.setAttribute("role", "tabpanel");
        panel.setAttribute("aria-labelledby", tabs[at].id);
        panel.hidden = tabs[at].getAttribute("aria-selected") !== "true";
      } else {
        panel.removeAttribute("role");
        panel.setAttribute("aria-labelledby", panel.id + "-heading");
        panel.hidden = false;
      }
    });
  }

  function reveal(element) {
    var at = panels.findIndex(function (panel) { return panel.contains(element); });
    if (at >= 0 && tabbed() && panels[at].hidden) select(at, false);
  }

  if (tabs.length) {
    tablist.addEventListener("click", function (event) {
      var at = tabs.indexOf(event.target.closest('[role="tab"]'));
      if (at >= 0) select(at, false);
    });
    tablist.addEventListener("keydown", function (event) {
      var at = tabs.indexOf(document.activeElement);
      if (at < 0) return;
      var next = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: tabs.length - 1 }[event.key];
      if (next === undefined) return;
      event.preventDefault();
      select((next + tabs.length) % tabs.length, true);
    });
    narrow.addEventListener("change", layout);
    // Back at a post after posting, or at a refused post's form: show the column it is in.
    var target = (window.location.hash && document.getElementById(window.location.hash.slice(1))) ||
      board.querySelector(".compose__form form");
    var first = target ? panels.findIndex(function (panel) { return panel.contains(target); }) : -1;
    select(first >= 0 ? first : 0, false);
    layout();
    if (first >= 0) target.scrollIntoView();
  }
  board.addEventListener("board:reveal", function (event) { reveal(event.target); });

  // Writing in place.
  function openLink(slot) { return document.getElementById(slot.id.replace(/-form$/, "-open")); }

  function close(slot) {
    var link = openLink(slot);
    if (!link) return false;
    slot.replaceChildren();
    link.hidden = false;
    return true;
  }

  document.addEventListener("htmx:afterSwap", function (event) {
    var slot = event.detail.target;
    if (!slot || !slot.classList || !slot.classList.contains("compose__form")) return;
    var posted = slot.querySelector("template[data-posted]");
    if (!posted) {
      var link = openLink(slot);
      if (link) link.hidden = true;
      var field = slot.querySelector('[aria-invalid="true"]') || slot.querySelector("textarea");
      if (field) field.focus();
      return;
    }
    var id = "post-" + posted.dataset.posted;
    if (window.boardLive) window.boardLive.place(posted);
    if (status) status.textContent = posted.dataset.message;
    if (!close(slot)) slot.replaceChildren();
    var post = document.getElementById(id);
    if (post) {
      post.setAttribute("tabindex", "-1");
      post.focus();
    }
  });

  // Escape in a form that "+ Write" opened closes it, as Cancel does, while nothing is written yet.
  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape") return;
    var slot = event.target.closest && event.target.closest(".compose__form");
    var link = slot && openLink(slot);
    var text = slot && slot.querySelector("textarea[name=body]");
    if (!link || link.hidden === false || (text && text.value.trim())) return;
    close(slot);
    link.focus();
  });

  document.addEventListener("click", function (event) {
    var cancel = event.target.closest("[data-compose-cancel]");
    if (!cancel) return;
    var slot = document.getElementById("compose-" + cancel.dataset.composeCancel + "-form");
    var link = slot && openLink(slot);
    if (!link) return;  // opened by the page itself: the link reloads the board without the form
    event.preventDefault();
    close(slot);
    link.focus();
  });
})();
