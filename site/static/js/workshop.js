/* Workshop mode on a board and its presentation view: the facilitator's timer and focus, and full screen.
   #workshop-state comes with the page and again with every live poll that found a change (htmx swaps it out of
   band). The countdown ticks here from the server's end time, corrected by the server's clock, and says
   "time is up" once, politely; changes of the timer and of the focus are announced once each. The focus scrolls
   the board to the column or post, and moves the keyboard focus only for members who asked for that. */
(function () {
  "use strict";

  var FOLLOW_KEY = "mallipaja.workshop.follow-focus";
  var status = document.getElementById("workshop-status");
  var seen = null;
  var ticking = null;

  function say(text) {
    if (!status || !text) return;
    status.textContent = "";
    window.setTimeout(function () { status.textContent = text; }, 50);
  }

  function clock(ms) {
    var seconds = Math.max(0, Math.ceil(ms / 1000));
    var minutes = Math.floor(seconds / 60);
    seconds = seconds % 60;
    return (minutes < 10 ? "0" : "") + minutes + ":" + (seconds < 10 ? "0" : "") + seconds;
  }

  function readState(element) {
    var data = element.dataset;
    return {
      timer: data.timer,
      ends: Number(data.ends) || 0,
      left: Number(data.left) || 0,
      // Milliseconds to add to this browser's clock to read the server's.
      skew: (Number(data.now) || Date.now()) - Date.now(),
      focus: data.focus || "",
      focusText: data.focusText || ""
    };
  }

  function leftNow(state) {
    if (state.timer === "running") return state.ends - (Date.now() + state.skew);
    return state.left;
  }

  function tick(element, state) {
    var shown = element.querySelector(".workshop-timer__clock");
    var note = element.querySelector(".workshop-timer__note");
    if (!shown || state.timer !== "running") return;
    var left = leftNow(state);
    shown.textContent = clock(left);
    if (left <= 0) {
      window.clearInterval(ticking);
      ticking = null;
      if (note && status) note.textContent = status.dataset.timeUp;
      if (!state.announcedUp) {
        state.announcedUp = true;
        say(status && status.dataset.timeUp);
      }
    }
  }

  function announceTimer(previous, state) {
    if (!status || !previous) return;
    if (previous.timer === state.timer && previous.ends === state.ends && previous.left === state.left) return;
    var message = status.dataset[state.timer];
    if (message) say(message.replace("%(clock)s", clock(leftNow(state))));
  }

  function showFacilitatorButtons(state) {
    document.querySelectorAll("[data-timer-shows]").forEach(function (button) {
      var wasFocused = document.activeElement === button;
      button.hidden = button.dataset.timerShows.split(" ").indexOf(state.timer) === -1;
      if (wasFocused && button.hidden) {
        var next = button.parentElement.querySelector("[data-timer-shows]:not([hidden])");
        if (next) next.focus();
      }
    });
  }

  function followsFocus() {
    try { return window.localStorage.getItem(FOLLOW_KEY) === "yes"; } catch (error) { return false; }
  }

  function turnTo(previous, state) {
    document.querySelectorAll(".workshop-focused").forEach(function (element) {
      element.classList.remove("workshop-focused");
    });
    var target = state.focus && document.getElementById(state.focus);
    if (target) target.classList.add("workshop-focused");
    if (!previous || previous.focus === state.focus) return;
    if (!state.focus) {
      say(status && status.dataset.focusCleared);
      return;
    }
    say(state.focusText);
    if (!target) return;
    var still = window.matchMedia("(prefers-reduced-motion: reduce)").matches;
    target.scrollIntoView({ behavior: still ? "auto" : "smooth", block: "start" });
    if (followsFocus()) {
      if (!target.hasAttribute("tabindex")) target.setAttribute("tabindex", "-1");
      target.focus({ preventScroll: true });
    }
  }

  function update() {
    var element = document.getElementById("workshop-state");
    if (!element) return;
    var state = readState(element);
    if (seen && seen.element === element) return;
    state.element = element;
    var previous = seen;
    if (previous && previous.timer === state.timer && previous.ends === state.ends) {
      state.announcedUp = previous.announcedUp;
    } else if (!previous && state.timer === "running" && leftNow(state) <= 0) {
      state.announcedUp = true;  // Up before this page opened: shown, not announced.
    }
    seen = state;
    announceTimer(previous, state);
    turnTo(previous, state);
    showFacilitatorButtons(state);
    if (ticking) window.clearInterval(ticking);
    ticking = null;
    if (state.timer === "running") {
      tick(element, state);
      if (leftNow(state) > 0) ticking = window.setInterval(function () { tick(element, state); }, 1000);
    }
  }

  function setUpFollowChoice() {
    var box = document.getElementById("workshop-follow");
    if (!box) return;
    box.checked = followsFocus();
    box.closest(".workshop-follow").hidden = false;
    box.addEventListener("change", function () {
      try { window.localStorage.setItem(FOLLOW_KEY, box.checked ? "yes" : "no"); } catch (error) { /* kept off */ }
    });
  }

  function setUpFullScreen() {
    var button = document.querySelector(".workshop-fullscreen");
    if (!button || !document.fullscreenEnabled) return;
    button.hidden = false;
    button.addEventListener("click", function () {
      if (document.fullscreenElement) document.exitFullscreen();
      else document.documentElement.requestFullscreen();
    });
    document.addEventListener("fullscreenchange", function () {
      button.setAttribute("aria-pressed", document.fullscreenElement ? "true" : "false");
    });
  }

  // A refused timer or focus form sent by htmx: say why, as the page would after a normal post.
  document.addEventListener("htmx:responseError", function (event) {
    var form = event.detail.elt && event.detail.elt.closest && event.detail.elt.closest(".workshop-controls, .moderation__focus");
    if (form) say(event.detail.xhr.responseText);
  });
  document.addEventListener("htmx:afterSettle", update);
  document.addEventListener("htmx:oobAfterSwap", update);

  setUpFollowChoice();
  setUpFullScreen();
  update();
})();
